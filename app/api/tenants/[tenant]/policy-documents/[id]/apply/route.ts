import { applyDocumentRequest, applyPolicyDocument } from "@/lib/admin/policy-documents";
import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { readJson } from "@/lib/http/body";
import { signedInActor } from "@/lib/http/caller";

export const dynamic = "force-dynamic";

/** Put the reviewed entry into the portal's catalogue. */
export const POST = handler(async (request: Request, { params }: { params: Promise<{ tenant: string; id: string }> }) => {
  const { tenant, id } = await params;
  const database = await db();
  const actor = await signedInActor(database, request);
  const body = await readJson(request, applyDocumentRequest, 256 * 1024);
  return Response.json(await applyPolicyDocument(database, actor, tenant, id, body), { status: 201 });
});
