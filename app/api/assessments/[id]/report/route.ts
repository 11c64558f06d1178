import { db } from "@/lib/db";
import { callerOf } from "@/lib/http/caller";
import { handler } from "@/lib/http/errors";
import { requestLocale } from "@/lib/http/locale";
import { kickJobs } from "@/lib/jobs/runtime";
import { recordReportRead } from "@/lib/dashboard/service";
import { getReportView } from "@/lib/reports/service";

export const dynamic = "force-dynamic";

/** The report in the requested language: sections as they are written, then the current version. */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const database = await db();
  const { view, queued, tenantId } = await getReportView(database, id, await callerOf(database, request), requestLocale(request));
  if (queued) kickJobs();
  if (view.status === "ready") await recordReportRead(database, tenantId, view.assessmentId);
  return Response.json(view, { headers: { "Cache-Control": "no-store" } });
});
