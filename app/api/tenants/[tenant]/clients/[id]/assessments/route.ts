import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { readJson } from "@/lib/http/body";
import { signedInActor } from "@/lib/http/caller";
import { startClientAssessment, startClientAssessmentRequest } from "@/lib/consultants/clients";

export const dynamic = "force-dynamic";

/** Start a visit: a new assessment of the client, prefilled with its last answers. */
export const POST = handler(async (request: Request, { params }: { params: Promise<{ tenant: string; id: string }> }) => {
  const { tenant, id } = await params;
  const database = await db();
  const actor = await signedInActor(database, request);
  const body = await readJson(request, startClientAssessmentRequest);
  return Response.json(await startClientAssessment(database, actor, tenant, id, body), { status: 201 });
});
