import { projectFor } from "@/lib/projects/access";
import { DOCUMENT_LIMITS, listProjectDocuments, uploadProjectDocument } from "@/lib/projects/documents";
import { readUpload } from "@/lib/http/upload";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The project's files. */
export const GET = route<{ tenant: string; id: string }>(async (ctx) => {
  const { project } = await projectFor(ctx.db, await ctx.actor(), ctx.params.tenant, ctx.params.id);
  return Response.json({ documents: await listProjectDocuments(ctx.db, project.id), limits: DOCUMENT_LIMITS }, { headers: { "Cache-Control": "no-store" } });
});

/** Add a file (multipart: file, slot = contract | invoice | delivery | other, label). */
export const POST = route<{ tenant: string; id: string }>(async (ctx) => {
  const actor = await ctx.actor();
  // Who may upload is settled before 10 MB are read (the service checks again, with the file).
  await projectFor(ctx.db, actor, ctx.params.tenant, ctx.params.id, "project.apply");
  const upload = await readUpload(ctx.request, DOCUMENT_LIMITS.maxFileBytes);
  return Response.json(await uploadProjectDocument(ctx.db, actor, ctx.params.tenant, ctx.params.id, upload), { status: 201 });
});
