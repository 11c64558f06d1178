import { replyRequest, staffReply } from "@/lib/assistant/tickets";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** A reply from the portal or the consultant: the asker reads it in the assistant and by mail. */
export const POST = route<{ tenant: string; id: string }>(async (ctx) => {
  const actor = await ctx.actor();
  const { message } = await ctx.body(replyRequest);
  return Response.json(await staffReply(ctx.db, actor, ctx.params.tenant, ctx.params.id, message), { status: 201 });
});
