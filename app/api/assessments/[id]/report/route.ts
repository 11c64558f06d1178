import { db } from "@/lib/db";
import { callerOf } from "@/lib/http/caller";
import { handler } from "@/lib/http/errors";
import { requestLocale } from "@/lib/http/locale";
import { kickJobs } from "@/lib/jobs/runtime";
import { getReportView } from "@/lib/reports/service";

export const dynamic = "force-dynamic";

/** The report in the requested language: sections as they are written, then the current version. */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { view, queued } = await getReportView(await db(), id, await callerOf(await db(), request), requestLocale(request));
  if (queued) kickJobs();
  return Response.json(view, { headers: { "Cache-Control": "no-store" } });
});
