import { bearerToken } from "@/lib/http/body";
import { exportStatus } from "@/lib/reports/export";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Progress of an export (reports done of total), then the archive's name and size. */
export const GET = route<{ id: string }>(async (ctx) => {
  const { id } = ctx.params;
  return Response.json(await exportStatus(ctx.db, id, bearerToken(ctx.request)), { headers: { "Cache-Control": "no-store" } });
});
