import { db } from "@/lib/db";
import { readJson } from "@/lib/http/body";
import { callerOf } from "@/lib/http/caller";
import { handler } from "@/lib/http/errors";
import { editReport, editReportRequest } from "@/lib/reports/service";

export const dynamic = "force-dynamic";

/** Save edited sections as a new version (409 if the report moved on since `basedOn`). */
export const POST = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const caller = await callerOf(await db(), request);
  const body = await readJson(request, editReportRequest);
  return Response.json(await editReport(await db(), id, caller, body), { status: 201 });
});
