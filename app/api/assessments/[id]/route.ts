import { patchAssessmentRequest } from "@/lib/assessments/schemas";
import { getAssessmentState, patchAssessment } from "@/lib/assessments/service";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The saved state and the template, in the requested language. */
export const GET = route<{ id: string }>(async (ctx) => {
  const { id } = ctx.params;
  return Response.json(await getAssessmentState(ctx.db, id, await ctx.caller(), ctx.locale), {
    headers: { "Cache-Control": "no-store" },
  });
});

/** Save answers, figures, the current step and time spent. */
export const PATCH = route<{ id: string }>(async (ctx) => {
  const { id } = ctx.params;
  const caller = await ctx.caller();
  const body = await ctx.body(patchAssessmentRequest);
  return Response.json(await patchAssessment(ctx.db, id, caller, body));
});
