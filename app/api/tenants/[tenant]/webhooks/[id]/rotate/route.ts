import { route } from "@/lib/http/route";
import { rotateSecret } from "@/lib/webhooks/service";

export const dynamic = "force-dynamic";

/** A new signing secret, in this answer only; the old one still signs for a day. */
export const POST = route<{ tenant: string; id: string }>(async (ctx) => {
  const actor = await ctx.actor();
  return Response.json(await rotateSecret(ctx.db, actor, ctx.params.tenant, ctx.params.id), { headers: { "Cache-Control": "no-store" } });
});
