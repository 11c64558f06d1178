import { kickJobs } from "@/lib/jobs/runtime";
import { recordReportRead } from "@/lib/dashboard/service";
import { getReportView, requestReport } from "@/lib/reports/service";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The report in the requested language: sections as they are written, then the current version. A read never queues work: a language not asked for yet is a 404 naming `language`. */
export const GET = route<{ id: string }>(async (ctx) => {
  const { view, tenantId } = await getReportView(ctx.db, ctx.params.id, await ctx.caller(), ctx.locale);
  if (view.status === "ready") await recordReportRead(ctx.db, tenantId, view.assessmentId);
  return Response.json(view, { headers: { "Cache-Control": "no-store" } });
});

/** Ask for the report in the requested language (?lang=): 202 when this request queued it, 200 when it was already asked for. */
export const POST = route<{ id: string }>(async (ctx) => {
  const { view, queued } = await requestReport(ctx.db, ctx.params.id, await ctx.caller(), ctx.locale);
  if (queued) kickJobs();
  return Response.json(view, { status: queued ? 202 : 200, headers: { "Cache-Control": "no-store" } });
});
