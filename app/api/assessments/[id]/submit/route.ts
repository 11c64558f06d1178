import { submitAssessmentRequest } from "@/lib/assessments/schemas";
import { submitAssessment } from "@/lib/assessments/service";
import { db } from "@/lib/db";
import { readJson } from "@/lib/http/body";
import { callerOf } from "@/lib/http/caller";
import { handler } from "@/lib/http/errors";
import { kickJobs } from "@/lib/jobs/runtime";

export const dynamic = "force-dynamic";

/** Score and freeze, and queue the report; repeating it returns the same result (200 instead of 201). */
export const POST = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const caller = await callerOf(await db(), request);
  await readJson(request, submitAssessmentRequest);
  const outcome = await submitAssessment(await db(), id, caller);
  // The report job was queued with the result; start it now rather than at the next poll.
  if (!outcome.alreadySubmitted) kickJobs();
  return Response.json(outcome, { status: outcome.alreadySubmitted ? 200 : 201 });
});
