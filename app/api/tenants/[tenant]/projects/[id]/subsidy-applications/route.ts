import { projectFor } from "@/lib/projects/access";
import { route } from "@/lib/http/route";
import { createSubsidyApplication } from "@/lib/subsidies/schemas";
import { createSubsidyApplication as create, projectSubsidyApplications, subsidyOptions } from "@/lib/subsidies/service";

export const dynamic = "force-dynamic";

/** The project's subsidy applications, and the policies it may apply to (checked, with the items each may fund). */
export const GET = route<{ tenant: string; id: string }>(async (ctx) => {
  const actor = await ctx.actor();
  const [applications, options] = await Promise.all([
    projectSubsidyApplications(ctx.db, actor, ctx.params.tenant, ctx.params.id),
    subsidyOptions(ctx.db, actor, ctx.params.tenant, ctx.params.id),
  ]);
  return Response.json({ applications, options }, { headers: { "Cache-Control": "no-store" } });
});

/** Apply for a policy's money: `{policyId, batch, deadline?, itemIds?, amountYuan?}` → 201 `{id}`. */
export const POST = route<{ tenant: string; id: string }>(async (ctx) => {
  const actor = await ctx.actor();
  await projectFor(ctx.db, actor, ctx.params.tenant, ctx.params.id);
  const body = await ctx.body(createSubsidyApplication);
  return Response.json(await create(ctx.db, actor, ctx.params.tenant, ctx.params.id, body), { status: 201 });
});
