import { enterpriseHistory } from "@/lib/assessments/service";
import { db } from "@/lib/db";
import { callerOf } from "@/lib/http/caller";
import { handler } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

/** The firm's assessments with their scores, newest first. */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  return Response.json({ assessments: await enterpriseHistory(await db(), id, await callerOf(await db(), request)) }, { headers: { "Cache-Control": "no-store" } });
});
