import { reassess } from "@/lib/assessments/service";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** A new assessment of the same firm, prefilled with the submitted answers. */
export const POST = route<{ id: string }>(async (ctx) => {
  const { id } = ctx.params;
  return Response.json(await reassess(ctx.db, id, await ctx.caller()), { status: 201 });
});
