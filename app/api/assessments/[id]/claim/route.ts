import { claimAssessment } from "@/lib/assessments/claim";
import { bearerToken } from "@/lib/http/body";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Keep an anonymously started assessment in the signed-in account (resume token + session). */
export const POST = route<{ id: string }>(async (ctx) => {
  const { id } = ctx.params;
  const token = bearerToken(ctx.request);
  const outcome = await claimAssessment(ctx.db, id, token, await ctx.optionalActor());
  return Response.json(outcome, { status: outcome.claimed ? 201 : 200 });
});
