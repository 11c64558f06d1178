import { route } from "@/lib/http/route";
import { kickJobs } from "@/lib/jobs/runtime";
import { replayDelivery } from "@/lib/webhooks/service";

export const dynamic = "force-dynamic";

/** Send the event again now (same event id), with a new day of retries. */
export const POST = route<{ tenant: string; id: string; deliveryId: string }>(async (ctx) => {
  const actor = await ctx.actor();
  const delivery = await replayDelivery(ctx.db, actor, ctx.params.tenant, ctx.params.id, ctx.params.deliveryId);
  kickJobs();
  return Response.json(delivery, { status: 202 });
});
