import { patchAssessmentRequest } from "@/lib/assessments/schemas";
import { getAssessmentState, patchAssessment } from "@/lib/assessments/service";
import { db } from "@/lib/db";
import { readJson } from "@/lib/http/body";
import { callerOf } from "@/lib/http/caller";
import { handler } from "@/lib/http/errors";
import { requestLocale } from "@/lib/http/locale";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The saved state and the template, in the requested language. */
export const GET = handler(async (request: Request, { params }: Context) => {
  const { id } = await params;
  return Response.json(await getAssessmentState(await db(), id, await callerOf(await db(), request), requestLocale(request)), {
    headers: { "Cache-Control": "no-store" },
  });
});

/** Save answers, figures, the current step and time spent. */
export const PATCH = handler(async (request: Request, { params }: Context) => {
  const { id } = await params;
  const caller = await callerOf(await db(), request);
  const body = await readJson(request, patchAssessmentRequest);
  return Response.json(await patchAssessment(await db(), id, caller, body));
});
