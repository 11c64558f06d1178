import { dashboardFilters } from "@/lib/dashboard/filters";
import { dashboard } from "@/lib/dashboard/service";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The portal's dashboard figures under the filters (?from&to&segment&industry&district&size&aboveScale). */
export const GET = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  const actor = await ctx.actor();
  return Response.json(await dashboard(ctx.db, actor, tenant, ctx.query(dashboardFilters)), { headers: { "Cache-Control": "no-store" } });
});
