import { createProject, listProjects } from "@/lib/projects/service";
import { createProjectRequest, listProjectsQuery } from "@/lib/projects/schemas";
import { tenantFor } from "@/lib/auth/guard";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The portal's transformation projects the caller may read (all of them for its administrators). */
export const GET = route<{ tenant: string }>(async (ctx) => {
  const actor = await ctx.actor();
  const filter = ctx.query(listProjectsQuery);
  return Response.json({ projects: await listProjects(ctx.db, actor, ctx.params.tenant, filter) }, { headers: { "Cache-Control": "no-store" } });
});

/** File a project for a firm after its diagnosis (its owner, or a consultant serving it). */
export const POST = route<{ tenant: string }>(async (ctx) => {
  const actor = await ctx.actor();
  await tenantFor(ctx.db, actor, ctx.params.tenant, "project.apply");
  const body = await ctx.body(createProjectRequest);
  return Response.json(await createProject(ctx.db, actor, ctx.params.tenant, body), { status: 201 });
});
