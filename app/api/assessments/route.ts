import { createAssessment } from "@/lib/assessments/service";
import { createAssessmentRequest } from "@/lib/assessments/schemas";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Start an assessment: enterprise basics in, id and resume token out. */
export const POST = route(async (ctx) => {
  const body = await ctx.body(createAssessmentRequest);
  return Response.json(await createAssessment(ctx.db, body), { status: 201 });
});
