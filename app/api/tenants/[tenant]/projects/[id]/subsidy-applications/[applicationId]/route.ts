import { route } from "@/lib/http/route";
import { updateSubsidyApplication } from "@/lib/subsidies/schemas";
import { applicationFor, subsidyApplicationDetail, updateSubsidyApplication as update } from "@/lib/subsidies/service";

export const dynamic = "force-dynamic";

type Params = { tenant: string; id: string; applicationId: string };

/** One application: items, materials with their files, the policy's conditions checked now, history, the moves allowed. */
export const GET = route<Params>(async (ctx) => {
  const detail = await subsidyApplicationDetail(ctx.db, await ctx.actor(), ctx.params.tenant, ctx.params.id, ctx.params.applicationId);
  return Response.json(detail, { headers: { "Cache-Control": "no-store" } });
});

/** A draft's batch, deadline, items, amount and materials (handed in on paper, with a note). */
export const PATCH = route<Params>(async (ctx) => {
  const actor = await ctx.actor();
  await applicationFor(ctx.db, actor, ctx.params.tenant, ctx.params.id, ctx.params.applicationId);
  const body = await ctx.body(updateSubsidyApplication);
  return Response.json(await update(ctx.db, actor, ctx.params.tenant, ctx.params.id, ctx.params.applicationId, body));
});
