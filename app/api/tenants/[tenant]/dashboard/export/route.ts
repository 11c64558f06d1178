import { z } from "zod";
import { dashboardFilters } from "@/lib/dashboard/filters";
import { dashboardCsv, dashboardXlsx } from "@/lib/dashboard/service";
import { route } from "@/lib/http/route";
import { zodText } from "@/lib/i18n/zod";

export const dynamic = "force-dynamic";

const exportQuery = dashboardFilters.extend({
  format: z.enum(["csv", "xlsx"], { error: zodText({ "zh-CN": "只能是 csv 或 xlsx", en: "csv or xlsx" }) }).default("csv"),
  lang: z.enum(["zh-CN", "en"], { error: zodText({ "zh-CN": "只能是 zh-CN 或 en", en: "zh-CN or en" }) }).default("zh-CN"),
});

const attachment = (fileName: string, ascii: string) => `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** Every firm's latest result under the filters: a streamed CSV, or an .xlsx workbook; Chinese unless `lang=en`. */
export const GET = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  const actor = await ctx.actor();
  const { format, lang, ...filters } = ctx.query(exportQuery);
  const common = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
  if (format === "xlsx") {
    const { bytes, fileName } = await dashboardXlsx(ctx.db, actor, tenant, filters, lang);
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": attachment(fileName, "dashboard.xlsx"),
        ...common,
      },
    });
  }
  const { stream, fileName } = await dashboardCsv(ctx.db, actor, tenant, filters, lang);
  return new Response(stream, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachment(fileName, "dashboard.csv"), ...common },
  });
});
