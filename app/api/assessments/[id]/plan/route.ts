import { planForAssessment } from "@/lib/recommendations/service";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The costed plan to the next level (and to 二级), solutions to compare and matched policies. */
export const GET = route<{ id: string }>(async (ctx) => {
  const { id } = ctx.params;
  return Response.json(await planForAssessment(ctx.db, id, await ctx.caller()), { headers: { "Cache-Control": "no-store" } });
});
