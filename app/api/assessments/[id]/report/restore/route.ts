import { db } from "@/lib/db";
import { bearerToken, readJson } from "@/lib/http/body";
import { handler } from "@/lib/http/errors";
import { restoreReport, restoreReportRequest } from "@/lib/reports/service";

export const dynamic = "force-dynamic";

/** Make an earlier version (e.g. the generated draft, version 1) current again, as a new version. */
export const POST = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const token = bearerToken(request);
  const body = await readJson(request, restoreReportRequest);
  return Response.json(await restoreReport(await db(), id, token, body), { status: 201 });
});
