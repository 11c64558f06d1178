import { route } from "@/lib/http/route";
import { listSubsidyQuery } from "@/lib/subsidies/schemas";
import { portalSubsidyApplications } from "@/lib/subsidies/service";

export const dynamic = "force-dynamic";

/** The portal's subsidy applications the caller may read (`?status=`), with totals per state. */
export const GET = route<{ tenant: string }>(async (ctx) => {
  const query = ctx.query(listSubsidyQuery);
  return Response.json(await portalSubsidyApplications(ctx.db, await ctx.actor(), ctx.params.tenant, query), { headers: { "Cache-Control": "no-store" } });
});
