import { db } from "@/lib/db";
import { bearerToken } from "@/lib/http/body";
import { handler } from "@/lib/http/errors";
import { requestLocale } from "@/lib/http/locale";
import { reportPdf } from "@/lib/reports/pdf";

export const dynamic = "force-dynamic";

/** The current version of the report as a branded PDF (409 while it is still being written). */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const { pdf, fileName } = await reportPdf(await db(), id, bearerToken(request), requestLocale(request));
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.length),
      // ASCII fallback plus the UTF-8 name (RFC 6266 / 5987) for the Chinese file name.
      "Content-Disposition": `attachment; filename="report.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "no-store",
    },
  });
});
