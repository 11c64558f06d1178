import { fileResponse } from "@/lib/http/download";
import { route } from "@/lib/http/route";
import { deleteProjectDocument, projectDocumentContent } from "@/lib/projects/documents";

export const dynamic = "force-dynamic";

type Params = { tenant: string; id: string; documentId: string };

/** The file itself, as a download that never renders as one of our pages. */
export const GET = route<Params>(async (ctx) => {
  const file = await projectDocumentContent(ctx.db, await ctx.actor(), ctx.params.tenant, ctx.params.id, ctx.params.documentId);
  return fileResponse(file.content, file.mimeType, file.fileName, "document");
});

/** Remove a file uploaded by mistake (firm, provider; until the acceptance pack is submitted). */
export const DELETE = route<Params>(async (ctx) => {
  await deleteProjectDocument(ctx.db, await ctx.actor(), ctx.params.tenant, ctx.params.id, ctx.params.documentId);
  return new Response(null, { status: 204 });
});
