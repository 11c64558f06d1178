import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessmentResults, enterprises, usageEvents } from "@/db/schema";
import { tenantFor } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { XlsxSheet } from "@/lib/files/xlsx";
import { isoDateTime, isoDay } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locales";
import { localize } from "@/lib/i18n/localized";
import { heavyWork } from "@/lib/workers/pool";
import { exportCells, exportHeaders, exportWidths, filterText, type ExportRow } from "./export-table";
import { loadCatalogues } from "@/lib/recommendations/catalogue-store";
import { MIN_GROUP, resultsWhere, type DashboardFilters } from "./filters";
import { refreshCells } from "./rollup";
import { subsidiesMatched } from "./subsidies";
import { assistantUsage } from "@/lib/assistant/usage";
import { breakdown, capabilities, filterOptions, funnel, levelDistribution, overview, questionUsage, reassessed, trend } from "./queries";

/** The city dashboard (信息看板) of a portal, for its administrators. */
export async function dashboard(db: Db, actor: Actor, slug: string, f: DashboardFilters) {
  const tenant = await tenantFor(db, actor, slug, "dashboard.read");
  // Once, before the queries run side by side: the days changed since the last view computed again.
  await refreshCells(db, tenant.id);
  const [summary, levels, bySegment, byDistrict, bySize, caps, months, progress, usage, questions, subsidies, catalogues, options, assistant] =
    await Promise.all([
      overview(db, tenant.id, f),
      levelDistribution(db, tenant.id, f),
      breakdown(db, tenant.id, f, "segment"),
      breakdown(db, tenant.id, f, "district"),
      breakdown(db, tenant.id, f, "size"),
      capabilities(db, tenant.id, f),
      trend(db, tenant.id, f),
      reassessed(db, tenant.id, f),
      funnel(db, tenant.id, f),
      questionUsage(db, tenant.id, f),
      subsidiesMatched(db, tenant.id, f),
      loadCatalogues(db, tenant.id),
      filterOptions(db, tenant.id),
      // Questions are not about a firm: only the period filters them.
      assistantUsage(db, tenant.id, { from: f.from, to: f.to }, MIN_GROUP),
    ]);
  // Titles of the matched policies; one retired since keeps its id.
  const titles = new Map(catalogues.policies.map((p) => [p.id, { "zh-CN": p.title, en: p.titleEn, demo: p.demo }]));
  const subsidyPolicies = subsidies.policies.map((p) => ({ ...p, title: titles.get(p.policyId) ?? null }));
  return {
    tenant: { slug: tenant.slug, nameZh: tenant.nameZh, nameEn: tenant.nameEn },
    filters: f,
    options,
    summary,
    levels,
    bySegment,
    byDistrict,
    bySize,
    capabilities: caps,
    trend: months,
    reassessed: progress,
    subsidies: { ...subsidies, policies: subsidyPolicies },
    funnel: usage,
    questions,
    assistant,
  };
}

const BATCH = 2000;
/** Rows an .xlsx export holds at most (the whole workbook is built in memory); the CSV has no limit. */
export const XLSX_MAX_ROWS = 50_000;

function cell(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  // Quote when needed; a leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Every firm's latest result under the filters, in keyset-paged batches (memory stays flat at any size). */
function exportBatches(db: Db, tenantId: string, f: DashboardFilters, batchSize: number) {
  const r = assessmentResults;
  return (after: { at: Date; id: string } | null): Promise<(ExportRow & { id: string })[]> =>
    db
      .select({
        id: r.assessmentId,
        at: r.submittedAt,
        firm: enterprises.name,
        creditCode: enterprises.creditCode,
        industry: r.industryCode,
        segment: r.industrySegment,
        district: r.districtCode,
        size: r.sizeClass,
        above: r.aboveScale,
        level: r.level,
        reference: r.isReference,
        total: r.total,
        previous: r.previousLevel,
        dims: r.dimensionScores,
      })
      .from(r)
      .innerJoin(enterprises, eq(enterprises.id, r.enterpriseId))
      .where(
        and(
          resultsWhere(tenantId, f, true),
          // A row comparison, which the index on (portal, submitted at) starts from; the equivalent OR scanned from the first firm every batch.
          after ? sql`(${r.submittedAt}, ${r.assessmentId}) > (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)` : undefined,
        ),
      )
      .orderBy(asc(r.submittedAt), asc(r.assessmentId))
      .limit(batchSize);
}

const exportName = (slug: string, ext: string) => `${slug}-dashboard-${isoDay()}.${ext}`;

/**
 * Every firm's latest result under the filters, as CSV (UTF-8 with BOM for Excel), streamed: Chinese
 * headers and values by default, codes in their own columns, times in the portal's zone, and after the
 * rows the filter the file was made with.
 */
export async function dashboardCsv(
  db: Db,
  actor: Actor,
  slug: string,
  f: DashboardFilters,
  locale: Locale = "zh-CN",
  batchSize = BATCH,
): Promise<{ stream: ReadableStream<Uint8Array>; fileName: string }> {
  const tenant = await tenantFor(db, actor, slug, "dashboard.read");
  const encoder = new TextEncoder();
  const batch = exportBatches(db, tenant.id, f, batchSize);
  type Row = Awaited<ReturnType<typeof batch>>[number];
  const lines = (rows: Row[]) => rows.map((x) => exportCells(x, locale).map(cell).join(",") + "\r\n").join("");
  const footer = `\r\n${cell(`${localize({ "zh-CN": "筛选条件：", en: "Filter: " }, locale)}${filterText(f, locale)}`)}\r\n`;
  // The first batch is read before the response starts: a query that fails is an error status, not a
  // download cut after its header.
  let rows: Row[] | null = await batch(null);
  let text = `\uFEFF${exportHeaders(locale).map(cell).join(",")}\r\n`;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (rows === null) {
        controller.enqueue(encoder.encode(text + footer));
        return controller.close();
      }
      controller.enqueue(encoder.encode(text + lines(rows)));
      text = "";
      const last = rows.length === batchSize ? rows[rows.length - 1]! : null;
      rows = last ? await batch({ at: last.at, id: last.id }) : null;
      if (rows?.length === 0) rows = null;
    },
  });
  return { stream, fileName: exportName(tenant.slug, "csv") };
}

/** The same table as an .xlsx workbook (sheet 企业结果, and 说明 with the filter and the time), built off the event loop. */
export async function dashboardXlsx(
  db: Db,
  actor: Actor,
  slug: string,
  f: DashboardFilters,
  locale: Locale = "zh-CN",
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const tenant = await tenantFor(db, actor, slug, "dashboard.read");
  const batch = exportBatches(db, tenant.id, f, BATCH);
  const rows: ExportRow[] = [];
  for (let page = await batch(null); page.length > 0; page = page.length === BATCH ? await batch(page[page.length - 1]!) : []) {
    rows.push(...page);
    if (rows.length > XLSX_MAX_ROWS)
      throw AppError.validation([
        {
          field: "format",
          message: {
            "zh-CN": `超过 ${XLSX_MAX_ROWS} 家企业，请缩小筛选范围或导出 CSV`,
            en: `more than ${XLSX_MAX_ROWS.toLocaleString("en-US")} firms: narrow the filter or export CSV`,
          },
        },
      ]);
  }
  const t = (zh: string, en: string) => localize({ "zh-CN": zh, en }, locale);
  const sheets: XlsxSheet[] = [
    { name: t("企业结果", "Results"), header: exportHeaders(locale), rows: rows.map((r) => exportCells(r, locale)), widths: exportWidths() },
    {
      name: t("说明", "About"),
      header: [t("项目", "Item"), t("内容", "Value")],
      rows: [
        [t("平台", "Portal"), localize({ "zh-CN": tenant.nameZh, en: tenant.nameEn }, locale)],
        [t("筛选条件", "Filter"), filterText(f, locale)],
        [t("企业数", "Firms"), rows.length],
        [t("导出时间（北京时间）", "Exported (China time)"), isoDateTime(new Date()).slice(0, 16).replace("T", " ")],
      ],
      widths: [22, 60],
    },
  ];
  const bytes = await heavyWork().run("xlsx.write", { sheets }, { timeoutMs: 60_000 });
  return { bytes, fileName: exportName(tenant.slug, "xlsx") };
}

/** A report opened by its reader counts once in the usage funnel (a unique index keeps the first). */
export async function recordReportRead(db: Db, tenantId: string, assessmentId: string): Promise<void> {
  await db.insert(usageEvents).values({ tenantId, assessmentId, kind: "report_read" }).onConflictDoNothing();
}
