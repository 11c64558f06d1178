import { kickJobs } from "@/lib/jobs/runtime";
import { regenerateReport, regenerateReportRequest } from "@/lib/reports/service";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Write the report again (fresh facts), keeping the edited sections not listed in `sections`; 202, then poll GET …/report. */
export const POST = route<{ id: string }>(async (ctx) => {
  const { id } = ctx.params;
  const caller = await ctx.caller();
  const body = await ctx.body(regenerateReportRequest);
  const queued = await regenerateReport(ctx.db, id, caller, body);
  kickJobs();
  return Response.json(queued, { status: 202 });
});
