import { kickJobs } from "@/lib/jobs/runtime";
import { exportRequest, startExport } from "@/lib/reports/export";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Queue a zip of many reports; answers with the export's id and its secret (shown once). */
export const POST = route(async (ctx) => {
  const body = await ctx.body(exportRequest, 256 * 1024);
  const started = await startExport(ctx.db, body, await ctx.optionalActor());
  kickJobs();
  return Response.json({ ...started, statusPath: `/api/exports/${started.id}` }, { status: 202 });
});
