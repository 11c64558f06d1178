import { z } from "zod";
import { inbox } from "@/lib/assistant/tickets";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The portal's hand-overs (a consultant: its clients'), newest change first. */
export const GET = route<{ tenant: string }>(async (ctx) => {
  const actor = await ctx.actor();
  const { status } = ctx.query(z.object({ status: z.enum(["open", "answered", "closed"]).optional() }));
  const { tickets } = await inbox(ctx.db, actor, ctx.params.tenant, status);
  return Response.json({ tickets }, { headers: { "Cache-Control": "no-store" } });
});
