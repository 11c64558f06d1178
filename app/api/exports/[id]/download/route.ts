import { db } from "@/lib/db";
import { bearerToken } from "@/lib/http/body";
import { fileResponse } from "@/lib/http/download";
import { handler } from "@/lib/http/errors";
import { exportArchive } from "@/lib/reports/export";

export const dynamic = "force-dynamic";

/** The finished archive (409 until the export is done; 404 once it has expired). */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { data, fileName } = await exportArchive(await db(), id, bearerToken(request));
  return fileResponse(data, "application/zip", fileName, "reports.zip");
});
