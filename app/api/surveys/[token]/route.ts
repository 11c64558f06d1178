import { answerSurvey, surveyAnswer, surveyView } from "@/lib/projects/outcome-survey";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The outcome survey a year after acceptance, reached with its mailed link's secret (no account needed). */
export const GET = route<{ token: string }>(async (ctx) => {
  return Response.json(await surveyView(ctx.db, ctx.params.token), { headers: { "Cache-Control": "no-store" } });
});

/** Answer it once: `{"rating": 1–5, "stillInUse": true|false, "comment"?: "…"}`. */
export const POST = route<{ token: string }>(async (ctx) => {
  await surveyView(ctx.db, ctx.params.token);
  await answerSurvey(ctx.db, ctx.params.token, await ctx.body(surveyAnswer));
  return new Response(null, { status: 204 });
});
