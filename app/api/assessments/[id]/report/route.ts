import { kickJobs } from "@/lib/jobs/runtime";
import { recordReportRead } from "@/lib/dashboard/service";
import { getReportView } from "@/lib/reports/service";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The report in the requested language: sections as they are written, then the current version. */
export const GET = route<{ id: string }>(async (ctx) => {
  const { id } = ctx.params;
  const { view, queued, tenantId } = await getReportView(ctx.db, id, await ctx.caller(), ctx.locale);
  if (queued) kickJobs();
  if (view.status === "ready") await recordReportRead(ctx.db, tenantId, view.assessmentId);
  return Response.json(view, { headers: { "Cache-Control": "no-store" } });
});
