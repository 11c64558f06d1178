import { enterpriseHistory } from "@/lib/assessments/service";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The firm's assessments with their scores, newest first. */
export const GET = route<{ id: string }>(async (ctx) => {
  const { id } = ctx.params;
  return Response.json({ assessments: await enterpriseHistory(ctx.db, id, await ctx.caller()) }, { headers: { "Cache-Control": "no-store" } });
});
