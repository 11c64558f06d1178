import { deleteEvidence, evidenceContent } from "@/lib/assessments/evidence-files";
import { fileResponse } from "@/lib/http/download";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The file itself, as a download that never renders as one of our pages. */
export const GET = route<{ id: string; fileId: string }>(async (ctx) => {
  const { id, fileId } = ctx.params;
  const file = await evidenceContent(ctx.db, id, fileId, await ctx.caller());
  return fileResponse(file.content, file.mimeType, file.fileName, "evidence");
});

export const DELETE = route<{ id: string; fileId: string }>(async (ctx) => {
  const { id, fileId } = ctx.params;
  await deleteEvidence(ctx.db, id, fileId, await ctx.caller());
  return new Response(null, { status: 204 });
});
