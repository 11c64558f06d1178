import { route } from "@/lib/http/route";
import { subsidyTransitionRequest } from "@/lib/subsidies/schemas";
import { applicationFor, transitionSubsidyApplication } from "@/lib/subsidies/service";

export const dynamic = "force-dynamic";

/** Move the application (409 naming the moves the caller may make when this one is not allowed). */
export const POST = route<{ tenant: string; id: string; applicationId: string }>(async (ctx) => {
  const actor = await ctx.actor();
  await applicationFor(ctx.db, actor, ctx.params.tenant, ctx.params.id, ctx.params.applicationId);
  const body = await ctx.body(subsidyTransitionRequest);
  return Response.json(await transitionSubsidyApplication(ctx.db, actor, ctx.params.tenant, ctx.params.id, ctx.params.applicationId, body));
});
