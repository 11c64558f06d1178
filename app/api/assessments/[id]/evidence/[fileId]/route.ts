import { callerOf } from "@/lib/http/caller";
import { db } from "@/lib/db";
import { deleteEvidence, evidenceContent } from "@/lib/assessments/evidence-files";
import { fileResponse } from "@/lib/http/download";
import { handler } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; fileId: string }> };

/** The file itself, as a download that never renders as one of our pages. */
export const GET = handler(async (request: Request, { params }: Context) => {
  const { id, fileId } = await params;
  const database = await db();
  const file = await evidenceContent(database, id, fileId, await callerOf(database, request));
  return fileResponse(file.content, file.mimeType, file.fileName, "evidence");
});

export const DELETE = handler(async (request: Request, { params }: Context) => {
  const { id, fileId } = await params;
  const database = await db();
  await deleteEvidence(database, id, fileId, await callerOf(database, request));
  return new Response(null, { status: 204 });
});
