import { getResultView } from "@/lib/assessments/result-view";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Level, scores, explanations, cheapest paths, peer benchmark and 专精特新 points. */
export const GET = route<{ id: string }>(async (ctx) => {
  const { id } = ctx.params;
  return Response.json(await getResultView(ctx.db, id, await ctx.caller(), ctx.locale), {
    headers: { "Cache-Control": "no-store" },
  });
});
