import { db } from "@/lib/db";
import { readJson } from "@/lib/http/body";
import { callerOf } from "@/lib/http/caller";
import { handler } from "@/lib/http/errors";
import { restoreReport, restoreReportRequest } from "@/lib/reports/service";

export const dynamic = "force-dynamic";

/** Make an earlier version (e.g. the generated draft, version 1) current again, as a new version. */
export const POST = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const caller = await callerOf(await db(), request);
  const body = await readJson(request, restoreReportRequest);
  return Response.json(await restoreReport(await db(), id, caller, body), { status: 201 });
});
