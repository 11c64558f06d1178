import { bearerToken } from "@/lib/http/body";
import { fileResponse } from "@/lib/http/download";
import { exportArchive } from "@/lib/reports/export";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The finished archive (409 until the export is done; 404 once it has expired). */
export const GET = route<{ id: string }>(async (ctx) => {
  const { id } = ctx.params;
  const { data, fileName } = await exportArchive(ctx.db, id, bearerToken(ctx.request));
  return fileResponse(data, "application/zip", fileName, "reports.zip");
});
