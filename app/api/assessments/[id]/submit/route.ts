import { submitAssessmentRequest } from "@/lib/assessments/schemas";
import { submitAssessment } from "@/lib/assessments/service";
import { kickJobs } from "@/lib/jobs/runtime";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Score and freeze, and queue the report; repeating it returns the same result (200 instead of 201). */
export const POST = route<{ id: string }>(async (ctx) => {
  const { id } = ctx.params;
  const caller = await ctx.caller();
  await ctx.body(submitAssessmentRequest);
  const outcome = await submitAssessment(ctx.db, id, caller);
  // The report job was queued with the result; start it now rather than at the next poll.
  if (!outcome.alreadySubmitted) kickJobs();
  return Response.json(outcome, { status: outcome.alreadySubmitted ? 200 : 201 });
});
