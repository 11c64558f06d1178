import { limitHandoffs, ticketKey } from "@/lib/assistant/http";
import { askerReply, replyRequest } from "@/lib/assistant/tickets";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The asker writes again in the same conversation. */
export const POST = route<{ id: string }>(async (ctx) => {
  const key = await ticketKey(ctx);
  const { message } = await ctx.body(replyRequest);
  // Each message mails the staff: as limited as new hand-overs.
  await limitHandoffs(ctx.db, ctx.request);
  return Response.json(await askerReply(ctx.db, ctx.params.id, key, message), { status: 201 });
});
