import { z } from "zod";
import { EXPORT_TABLES, exportXlsx, nationalJson } from "@/lib/firm-import/exports";
import { tenantFor } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { zodText } from "@/lib/i18n/zod";

export const dynamic = "force-dynamic";

const exportQuery = z.object({
  table: z
    .enum(EXPORT_TABLES, { error: zodText({ "zh-CN": "只能是 firms、results、projects 或 national", en: "firms, results, projects or national" }) })
    .default("firms"),
  format: z.enum(["xlsx", "json"], { error: zodText({ "zh-CN": "只能是 xlsx 或 json", en: "xlsx or json" }) }).default("xlsx"),
  lang: z.enum(["zh-CN", "en"], { error: zodText({ "zh-CN": "只能是 zh-CN 或 en", en: "zh-CN or en" }) }).optional(),
});

const attachment = (fileName: string, ascii: string) => `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** The portal's firms, results or projects as .xlsx; `table=national` in the national evaluation's structure, also as JSON. */
export const GET = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  const actor = await ctx.actor();
  await tenantFor(ctx.db, actor, tenant, "firm.export");
  const { table, format, lang } = ctx.query(exportQuery);
  const common = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
  if (format === "json") {
    if (table !== "national")
      throw AppError.validation([{ field: "format", message: { "zh-CN": "只有 national 可导出为 json", en: "only table=national comes as json" } }]);
    const data = await nationalJson(ctx.db, actor, tenant);
    return new Response(JSON.stringify(data, null, 1), {
      headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": attachment(`${tenant}-national.json`, "national.json"), ...common },
    });
  }
  const { bytes, fileName } = await exportXlsx(ctx.db, actor, tenant, table, lang ?? ctx.locale);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": attachment(fileName, `${table}.xlsx`),
      ...common,
    },
  });
});
