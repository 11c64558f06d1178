import { db } from "@/lib/db";
import { callerOf } from "@/lib/http/caller";
import { handler } from "@/lib/http/errors";
import { planForAssessment } from "@/lib/recommendations/service";

export const dynamic = "force-dynamic";

/** The costed plan to the next level (and to 二级), solutions to compare and matched policies. */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  return Response.json(await planForAssessment(await db(), id, await callerOf(await db(), request)), { headers: { "Cache-Control": "no-store" } });
});
