import { route } from "@/lib/http/route";
import { kickJobs } from "@/lib/jobs/runtime";
import { sendTestEvent } from "@/lib/webhooks/service";

export const dynamic = "force-dynamic";

/** A webhook.ping to this endpoint only. */
export const POST = route<{ tenant: string; id: string }>(async (ctx) => {
  const actor = await ctx.actor();
  const sent = await sendTestEvent(ctx.db, actor, ctx.params.tenant, ctx.params.id);
  kickJobs();
  return Response.json(sent, { status: 202 });
});
