import { requestActor } from "@/lib/auth/request-actor";
import { db } from "@/lib/db";
import { readJson } from "@/lib/http/body";
import { handler } from "@/lib/http/errors";
import { kickJobs } from "@/lib/jobs/runtime";
import { exportRequest, startExport } from "@/lib/reports/export";

export const dynamic = "force-dynamic";

/** Queue a zip of many reports; answers with the export's id and its secret (shown once). */
export const POST = handler(async (request: Request) => {
  const body = await readJson(request, exportRequest, 256 * 1024);
  const database = await db();
  const started = await startExport(database, body, await requestActor(database, request));
  kickJobs();
  return Response.json({ ...started, statusPath: `/api/exports/${started.id}` }, { status: 202 });
});
