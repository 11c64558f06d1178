import { db } from "@/lib/db";
import { bearerToken } from "@/lib/http/body";
import { handler } from "@/lib/http/errors";
import { exportStatus } from "@/lib/reports/export";

export const dynamic = "force-dynamic";

/** Progress of an export (reports done of total), then the archive's name and size. */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  return Response.json(await exportStatus(await db(), id, bearerToken(request)), { headers: { "Cache-Control": "no-store" } });
});
