import "server-only";
import { and, asc, eq, gt, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessmentResults, enterprises, usageEvents } from "@/db/schema";
import { tenantFor } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { isoDateTime, isoDay } from "@/lib/i18n/figures";
import { loadCatalogues } from "@/lib/recommendations/catalogue-store";
import { resultsWhere, type DashboardFilters } from "./filters";
import { subsidiesMatched } from "./subsidies";
import { breakdown, capabilities, funnel, levelDistribution, overview, questionUsage, reassessed, trend } from "./queries";

/** The city dashboard (信息看板) of a portal, for its administrators. */
export async function dashboard(db: Db, actor: Actor, slug: string, f: DashboardFilters) {
  const tenant = await tenantFor(db, actor, slug, "dashboard.read");
  const [summary, levels, bySegment, byDistrict, bySize, caps, months, progress, usage, questions, subsidies, catalogues] = await Promise.all([
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
  ]);
  // Titles of the matched policies; one retired since keeps its id.
  const titles = new Map(catalogues.policies.map((p) => [p.id, { "zh-CN": p.title, en: p.titleEn, demo: p.demo }]));
  const subsidyPolicies = subsidies.policies.map((p) => ({ ...p, title: titles.get(p.policyId) ?? null }));
  return {
    tenant: { slug: tenant.slug, nameZh: tenant.nameZh, nameEn: tenant.nameEn },
    filters: f,
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
  };
}

const CSV_COLUMNS = [
  "submitted_at",
  "firm",
  "credit_code",
  "industry_code",
  "industry_segment",
  "district_code",
  "size_class",
  "above_scale",
  "level",
  "total",
  "previous_level",
  "foundation",
  "management",
  "effect",
];
const BATCH = 2000;

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  // Quote when needed; a leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Every firm's latest result under the filters, as CSV (UTF-8 with BOM for Excel), streamed in
 * keyset-paged batches so that memory stays flat at any size.
 */
export async function dashboardCsv(
  db: Db,
  actor: Actor,
  slug: string,
  f: DashboardFilters,
  batchSize = BATCH,
): Promise<{ stream: ReadableStream<Uint8Array>; fileName: string }> {
  const tenant = await tenantFor(db, actor, slug, "dashboard.read");
  const encoder = new TextEncoder();
  const r = assessmentResults;
  const batch = (after: { at: Date; id: string } | null) =>
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
        total: r.total,
        previous: r.previousLevel,
        dims: r.dimensionScores,
      })
      .from(r)
      .innerJoin(enterprises, eq(enterprises.id, r.enterpriseId))
      .where(
        and(
          resultsWhere(tenant.id, f, true),
          after ? or(gt(r.submittedAt, after.at), and(eq(r.submittedAt, after.at), gt(r.assessmentId, after.id))) : undefined,
        ),
      )
      .orderBy(asc(r.submittedAt), asc(r.assessmentId))
      .limit(batchSize);
  type Row = Awaited<ReturnType<typeof batch>>[number];
  const lines = (rows: Row[]) =>
    rows
      .map(
        (x) =>
          [
            isoDateTime(x.at),
            x.firm,
            x.creditCode,
            x.industry,
            x.segment,
            x.district,
            x.size,
            x.above === null ? "" : x.above ? "yes" : "no",
            x.level,
            x.total,
            x.previous,
            x.dims.FOUNDATION,
            x.dims.MANAGEMENT,
            x.dims.EFFECT,
          ]
            .map(cell)
            .join(",") + "\r\n",
      )
      .join("");
  // The first batch is read before the response starts: a query that fails is an error status, not a
  // download cut after its header.
  let rows: Row[] | null = await batch(null);
  let text = `\uFEFF${CSV_COLUMNS.join(",")}\r\n`;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (rows === null) {
        return controller.close();
      }
      controller.enqueue(encoder.encode(text + lines(rows)));
      text = "";
      const last = rows.length === batchSize ? rows[rows.length - 1]! : null;
      rows = last ? await batch({ at: last.at, id: last.id }) : null;
      if (rows?.length === 0) rows = null;
    },
  });
  return { stream, fileName: `${tenant.slug}-dashboard-${isoDay()}.csv` };
}

/** A report opened by its reader counts once in the usage funnel (a unique index keeps the first). */
export async function recordReportRead(db: Db, tenantId: string, assessmentId: string): Promise<void> {
  await db.insert(usageEvents).values({ tenantId, assessmentId, kind: "report_read" }).onConflictDoNothing();
}
