import { dashboardFilters } from "@/lib/dashboard/filters";
import { dashboardCsv } from "@/lib/dashboard/service";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Every firm's latest result under the filters, as a streamed CSV. */
export const GET = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  const actor = await ctx.actor();
  const { stream, fileName } = await dashboardCsv(ctx.db, actor, tenant, ctx.query(dashboardFilters));
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="dashboard.csv"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
