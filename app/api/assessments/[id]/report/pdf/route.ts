import { fileResponse } from "@/lib/http/download";
import { reportPdf, reportPdfQuery } from "@/lib/reports/pdf";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The current version of the report as a branded PDF, or its one-page summary (?variant=summary); 409 while it is still being written. */
export const GET = route<{ id: string }>(async (ctx) => {
  const { id } = ctx.params;
  const { variant } = ctx.query(reportPdfQuery);
  const { pdf, fileName } = await reportPdf(ctx.db, id, await ctx.caller(), ctx.locale, variant);
  return fileResponse(pdf, "application/pdf", fileName, "report.pdf");
});
