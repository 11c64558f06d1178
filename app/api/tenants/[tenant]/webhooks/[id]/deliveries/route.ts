import { route } from "@/lib/http/route";
import { listDeliveries } from "@/lib/webhooks/service";

export const dynamic = "force-dynamic";

/** The endpoint's delivery log, newest first, each with its attempts. */
export const GET = route<{ tenant: string; id: string }>(async (ctx) => {
  const actor = await ctx.actor();
  return Response.json({ deliveries: await listDeliveries(ctx.db, actor, ctx.params.tenant, ctx.params.id) }, { headers: { "Cache-Control": "no-store" } });
});
