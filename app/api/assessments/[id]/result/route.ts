import { getResultView } from "@/lib/assessments/result-view";
import { db } from "@/lib/db";
import { callerOf } from "@/lib/http/caller";
import { handler } from "@/lib/http/errors";
import { requestLocale } from "@/lib/http/locale";

export const dynamic = "force-dynamic";

/** Level, scores, explanations, cheapest paths, peer benchmark and 专精特新 points. */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  return Response.json(await getResultView(await db(), id, await callerOf(await db(), request), requestLocale(request)), {
    headers: { "Cache-Control": "no-store" },
  });
});
