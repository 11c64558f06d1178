import { transitionProject } from "@/lib/projects/service";
import { transitionRequest } from "@/lib/projects/schemas";
import { projectFor } from "@/lib/projects/access";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Move the project (409 naming the moves the caller may make when this one is not allowed). */
export const POST = route<{ tenant: string; id: string }>(async (ctx) => {
  const actor = await ctx.actor();
  await projectFor(ctx.db, actor, ctx.params.tenant, ctx.params.id);
  const body = await ctx.body(transitionRequest);
  return Response.json(await transitionProject(ctx.db, actor, ctx.params.tenant, ctx.params.id, body));
});
