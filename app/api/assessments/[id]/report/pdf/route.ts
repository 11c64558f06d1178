import { db } from "@/lib/db";
import { callerOf } from "@/lib/http/caller";
import { fileResponse } from "@/lib/http/download";
import { handler } from "@/lib/http/errors";
import { requestLocale } from "@/lib/http/locale";
import { reportPdf } from "@/lib/reports/pdf";

export const dynamic = "force-dynamic";

/** The current version of the report as a branded PDF (409 while it is still being written). */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { pdf, fileName } = await reportPdf(await db(), id, await callerOf(await db(), request), requestLocale(request));
  return fileResponse(pdf, "application/pdf", fileName, "report.pdf");
});
