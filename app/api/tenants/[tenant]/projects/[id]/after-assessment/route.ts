import { startAfterAssessment } from "@/lib/projects/service";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Start (or continue) the re-assessment after completion; its resume link is handed back once. */
export const POST = route<{ tenant: string; id: string }>(async (ctx) => {
  const actor = await ctx.actor();
  return Response.json(await startAfterAssessment(ctx.db, actor, ctx.params.tenant, ctx.params.id), { status: 201 });
});
