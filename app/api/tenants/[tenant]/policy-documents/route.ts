import { tenantFor } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { kickJobs } from "@/lib/jobs/runtime";
import { listPolicyDocuments, POLICY_DOCUMENT_MAX_BYTES, uploadPolicyDocument } from "@/lib/admin/policy-documents";
import { llmConfig } from "@/lib/llm/config";
import { readUpload } from "@/lib/http/upload";
import { signedInActor } from "@/lib/http/caller";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ tenant: string }> };

export const GET = handler(async (request: Request, { params }: Context) => {
  const { tenant } = await params;
  const database = await db();
  return Response.json({ documents: await listPolicyDocuments(database, await signedInActor(database, request), tenant) }, { headers: { "Cache-Control": "no-store" } });
});

/** Upload a policy document (PDF or text): its text now, the model's proposal in the background. */
export const POST = handler(async (request: Request, { params }: Context) => {
  const { tenant } = await params;
  const database = await db();
  const actor = await signedInActor(database, request);
  await tenantFor(database, actor, tenant, "policy_document.interpret"); // before 10 MB are read
  const upload = await readUpload(request, POLICY_DOCUMENT_MAX_BYTES);
  const created = await uploadPolicyDocument(database, actor, tenant, upload, llmConfig() !== null);
  if (created.status === "proposing") kickJobs();
  return Response.json(created, { status: 201 });
});
