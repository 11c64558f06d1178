import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { policyDocumentView } from "@/lib/admin/policy-documents";
import { signedInActor } from "@/lib/http/caller";

export const dynamic = "force-dynamic";

/** The extracted text beside the draft entry (the model's proposal, or a blank form). */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ tenant: string; id: string }> }) => {
  const { tenant, id } = await params;
  const database = await db();
  return Response.json(await policyDocumentView(database, await signedInActor(database, request), tenant, id), { headers: { "Cache-Control": "no-store" } });
});
