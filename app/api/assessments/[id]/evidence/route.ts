import { authoriseUpload, EVIDENCE_LIMITS, listEvidence, uploadEvidence } from "@/lib/assessments/evidence-files";
import { readUpload } from "@/lib/http/upload";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The evidence files of an assessment (the report's appendix). */
export const GET = route<{ id: string }>(async (ctx) => {
  const { id } = ctx.params;
  return Response.json({ files: await listEvidence(ctx.db, id, await ctx.caller()), limits: EVIDENCE_LIMITS }, { headers: { "Cache-Control": "no-store" } });
});

/** Attach a file (multipart: file, questionCode, caption) to a question. */
export const POST = route<{ id: string }>(async (ctx) => {
  const { id } = ctx.params;
  const caller = await ctx.caller();
  // Who may upload is settled before 10 MB are read (uploadEvidence checks again, with the file).
  await authoriseUpload(ctx.db, id, caller);
  const upload = await readUpload(ctx.request, EVIDENCE_LIMITS.maxFileBytes);
  return Response.json(await uploadEvidence(ctx.db, id, caller, upload), { status: 201 });
});
