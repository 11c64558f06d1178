import { db } from "@/lib/db";
import { bearerToken, readJson } from "@/lib/http/body";
import { handler } from "@/lib/http/errors";
import { editReport, editReportRequest } from "@/lib/reports/service";

export const dynamic = "force-dynamic";

/** Save edited sections as a new version (409 if the report moved on since `basedOn`). */
export const POST = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const token = bearerToken(request);
  const body = await readJson(request, editReportRequest);
  return Response.json(await editReport(await db(), id, token, body), { status: 201 });
});
