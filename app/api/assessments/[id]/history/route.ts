import { enterpriseHistory } from "@/lib/assessments/service";
import { db } from "@/lib/db";
import { bearerToken } from "@/lib/http/body";
import { handler } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

/** The firm's assessments with their scores, newest first. */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  return Response.json({ assessments: await enterpriseHistory(await db(), id, bearerToken(request)) }, { headers: { "Cache-Control": "no-store" } });
});
