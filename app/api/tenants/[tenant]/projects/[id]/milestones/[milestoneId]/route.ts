import { reportMilestone } from "@/lib/projects/service";
import { milestoneReport } from "@/lib/projects/schemas";
import { projectFor } from "@/lib/projects/access";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Report a milestone done (or not done after all). */
export const PATCH = route<{ tenant: string; id: string; milestoneId: string }>(async (ctx) => {
  const actor = await ctx.actor();
  await projectFor(ctx.db, actor, ctx.params.tenant, ctx.params.id, "project.apply");
  const body = await ctx.body(milestoneReport);
  return Response.json(await reportMilestone(ctx.db, actor, ctx.params.tenant, ctx.params.id, ctx.params.milestoneId, body));
});
