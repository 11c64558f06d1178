import { listProjectDocuments } from "@/lib/projects/documents";
import { packReadiness } from "@/lib/projects/pack";
import { projectFor } from "@/lib/projects/access";
import { updateProjectRequest } from "@/lib/projects/schemas";
import { projectDetailWith, updateProject } from "@/lib/projects/service";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** One project: contract, milestones, history, documents, the moves the caller may make, and the pack's readiness. */
export const GET = route<{ tenant: string; id: string }>(async (ctx) => {
  const actor = await ctx.actor();
  const { detail, project } = await projectDetailWith(ctx.db, actor, ctx.params.tenant, ctx.params.id);
  const [documents, pack] = await Promise.all([listProjectDocuments(ctx.db, project.id), packReadiness(ctx.db, project)]);
  return Response.json({ ...detail, documents, acceptancePack: pack.items }, { headers: { "Cache-Control": "no-store" } });
});

/** Edit a draft's terms (everything but the firm), e.g. after a return for changes. */
export const PATCH = route<{ tenant: string; id: string }>(async (ctx) => {
  const actor = await ctx.actor();
  await projectFor(ctx.db, actor, ctx.params.tenant, ctx.params.id, "project.apply");
  const body = await ctx.body(updateProjectRequest);
  return Response.json(await updateProject(ctx.db, actor, ctx.params.tenant, ctx.params.id, body));
});
