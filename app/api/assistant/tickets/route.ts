import { limitHandoffs } from "@/lib/assistant/http";
import { createTicket, handoffRequest, ticketsForAccount } from "@/lib/assistant/tickets";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** 转人工: the conversation goes to the portal's staff (and the firm's consultant); the answer is the ticket's id and its reading key, shown once. */
export const POST = route(async (ctx) => {
  const request = await ctx.body(handoffRequest, 128 * 1024);
  await limitHandoffs(ctx.db, ctx.request);
  const actor = await ctx.optionalActor();
  const caller = request.assessmentId !== undefined ? await ctx.caller() : null;
  return Response.json(await createTicket(ctx.db, request, { caller, actor }), { status: 201, headers: { "Cache-Control": "no-store" } });
});

/** The signed-in account's own hand-overs, from any device (a device keeps the keys of those it asked). */
export const GET = route(async (ctx) => {
  const actor = await ctx.actor();
  return Response.json({ tickets: await ticketsForAccount(ctx.db, actor) }, { headers: { "Cache-Control": "no-store" } });
});
