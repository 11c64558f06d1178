import { claimAssessment } from "@/lib/assessments/claim";
import { requestActor } from "@/lib/auth/request-actor";
import { db } from "@/lib/db";
import { bearerToken } from "@/lib/http/body";
import { handler } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

/** Keep an anonymously started assessment in the signed-in account (resume token + session). */
export const POST = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const token = bearerToken(request);
  const database = await db();
  const outcome = await claimAssessment(database, id, token, await requestActor(database, request));
  return Response.json(outcome, { status: outcome.claimed ? 201 : 200 });
});
