import { tenantFor } from "@/lib/auth/guard";
import { kickJobs } from "@/lib/jobs/runtime";
import { listPolicyDocuments, POLICY_DOCUMENT_MAX_BYTES, uploadPolicyDocument } from "@/lib/admin/policy-documents";
import { llmConfig } from "@/lib/llm/config";
import { readUpload } from "@/lib/http/upload";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  return Response.json({ documents: await listPolicyDocuments(ctx.db, await ctx.actor(), tenant) }, { headers: { "Cache-Control": "no-store" } });
});

/** Upload a policy document (PDF or text): its text now, the model's proposal in the background. */
export const POST = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  const actor = await ctx.actor();
  await tenantFor(ctx.db, actor, tenant, "policy_document.interpret"); // before 10 MB are read
  const upload = await readUpload(ctx.request, POLICY_DOCUMENT_MAX_BYTES);
  const created = await uploadPolicyDocument(ctx.db, actor, tenant, upload, llmConfig() !== null);
  if (created.status === "proposing" || created.status === "reading") kickJobs();
  return Response.json(created, { status: 201 });
});
