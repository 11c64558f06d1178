import { createAssessment } from "@/lib/assessments/service";
import { createAssessmentRequest } from "@/lib/assessments/schemas";
import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { readJson } from "@/lib/http/body";

export const dynamic = "force-dynamic";

/** Start an assessment: enterprise basics in, id and resume token out. */
export const POST = handler(async (request: Request) => {
  const body = await readJson(request, createAssessmentRequest);
  return Response.json(await createAssessment(await db(), body), { status: 201 });
});
