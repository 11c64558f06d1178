import { authorise } from "@/lib/assessments/access";
import { EVIDENCE_LIMITS, listEvidence, uploadEvidence } from "@/lib/assessments/evidence-files";
import { callerOf } from "@/lib/http/caller";
import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { readUpload } from "@/lib/http/upload";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The evidence files of an assessment (the report's appendix). */
export const GET = handler(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const database = await db();
  return Response.json({ files: await listEvidence(database, id, await callerOf(database, request)), limits: EVIDENCE_LIMITS }, { headers: { "Cache-Control": "no-store" } });
});

/** Attach a file (multipart: file, questionCode, caption) to a question. */
export const POST = handler(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const database = await db();
  const caller = await callerOf(database, request);
  // Who may upload is settled before 10 MB are read (uploadEvidence checks again, with the file).
  await authorise(database, id, caller, "evidence.upload");
  const upload = await readUpload(request, EVIDENCE_LIMITS.maxFileBytes);
  return Response.json(await uploadEvidence(database, id, caller, upload), { status: 201 });
});
