import { setTicketStatus, staffTicket, statusRequest } from "@/lib/assistant/tickets";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route<{ tenant: string; id: string }>(async (ctx) => {
  const actor = await ctx.actor();
  return Response.json(await staffTicket(ctx.db, actor, ctx.params.tenant, ctx.params.id), { headers: { "Cache-Control": "no-store" } });
});

/** Close a conversation, or open it again. */
export const PATCH = route<{ tenant: string; id: string }>(async (ctx) => {
  const actor = await ctx.actor();
  const { status } = await ctx.body(statusRequest);
  return Response.json(await setTicketStatus(ctx.db, actor, ctx.params.tenant, ctx.params.id, status));
});
