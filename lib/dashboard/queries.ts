import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessmentResults, assessments, dashboardCells, questionTimeDaily, usageDaily, usageEvents } from "@/db/schema";
import { getTemplate, isTemplateId } from "@/scoring";
import { capabilityCodes } from "./capability-vector";
import { MIN_GROUP, resultsWhere, type DashboardFilters } from "./filters";
import { rowsOf } from "@/lib/db/rows";
import { cellsFor, cellsWhere, VECTOR_LENGTH, type Source } from "./rollup";

/**
 * The city dashboard's figures, one query each. They add up the cells kept as results arrive
 * (`dashboard_cells`, lib/dashboard/rollup.ts) whenever the cells can answer — no grouping filter, or
 * one of 细分行业, 大类 and district (grouped by it, or not grouped) — so a view reads a few thousand cells
 * at any scale; otherwise they scan the results themselves, each firm counted once by its latest
 * result, from the covering indexes of migration 0007. Both give the same figures (tested side by
 * side). Groups under MIN_GROUP firms are dropped here, before anything leaves the server.
 */

const r = assessmentResults;
const TARGET_SHARE = 0.9;
/** Firms (or results) at 二级 or above in a cell. */
const AT2 = sql`(${dashboardCells.levels}[3] + ${dashboardCells.levels}[4] + ${dashboardCells.levels}[5])`;
/** The cells of every result under the filters (the first query of a view has brought them up to date). */
const cellsWhereAll = (tenantId: string, f: DashboardFilters, o: Source) => (o.source === "results" ? null : cellsWhere(tenantId, f, 1));

export interface Overview {
  firms: number;
  assessments: number;
  atLeastLevel2: number;
  shareLevel2: number | null;
  averageTotal: number | null;
  aboveScaleFirms: number;
  aboveScaleAtLeastLevel2: number;
  /** Too few firms for any figure to be shown. */
  suppressed: boolean;
}

export async function overview(db: Db, tenantId: string, f: DashboardFilters, o: Source = {}): Promise<Overview> {
  type Latest = { firms: number; at2: number; avg: number | null; above: number; above2: number };
  let latest: Latest | undefined;
  let all: { n: number } | undefined;
  const [cells, cellsAll] = [await cellsFor(db, tenantId, f, 0, o), cellsWhereAll(tenantId, f, o)];
  if (cells && cellsAll) {
    [latest] = rowsOf<Latest>(
      await db.execute(sql`
        select coalesce(sum(n), 0)::int as firms, coalesce(sum(${AT2}), 0)::int as at2, (sum(sum_total) / nullif(sum(n), 0))::float8 as avg,
          coalesce(sum(above_n), 0)::int as above, coalesce(sum(above_at2), 0)::int as above2
        from ${dashboardCells} where ${cells}`),
    );
    [all] = rowsOf<{ n: number }>(await db.execute(sql`select coalesce(sum(n), 0)::int as n from ${dashboardCells} where ${cellsAll}`));
  } else {
    [latest] = rowsOf<Latest>(
      await db.execute(sql`
        select count(*)::int as firms, count(*) filter (where ${r.level} >= 2)::int as at2, avg(${r.total})::float8 as avg,
          count(*) filter (where ${r.aboveScale})::int as above, count(*) filter (where ${r.aboveScale} and ${r.level} >= 2)::int as above2
        from ${r} where ${resultsWhere(tenantId, f, true)}`),
    );
    [all] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from ${r} where ${resultsWhere(tenantId, f, false)}`));
  }
  const firms = latest?.firms ?? 0;
  const suppressed = firms > 0 && firms < MIN_GROUP;
  return {
    firms,
    assessments: all?.n ?? 0,
    atLeastLevel2: suppressed ? 0 : (latest?.at2 ?? 0),
    shareLevel2: firms >= MIN_GROUP ? (latest?.at2 ?? 0) / firms : null,
    averageTotal: firms >= MIN_GROUP ? (latest?.avg ?? null) : null,
    aboveScaleFirms: suppressed ? 0 : (latest?.above ?? 0),
    aboveScaleAtLeastLevel2: suppressed ? 0 : (latest?.above2 ?? 0),
    suppressed,
  };
}

export async function levelDistribution(db: Db, tenantId: string, f: DashboardFilters, o: Source = {}): Promise<{ level: number; firms: number }[]> {
  const cells = await cellsFor(db, tenantId, f, 0, o);
  const rows = cells
    ? rowsOf<{ level: number; firms: number }>(
        await db.execute(sql`
          select l.level - 1 as level, sum(${dashboardCells.levels}[l.level])::int as firms
          from ${dashboardCells} cross join generate_series(1, 5) as l(level) where ${cells} group by 1 order by 1`),
      ).filter((x) => x.firms > 0)
    : rowsOf<{ level: number; firms: number }>(
        await db.execute(sql`select ${r.level}::int as level, count(*)::int as firms from ${r} where ${resultsWhere(tenantId, f, true)} group by 1 order by 1`),
      );
  const total = rows.reduce((s, x) => s + x.firms, 0);
  if (total < MIN_GROUP) return [];
  return [0, 1, 2, 3, 4].map((level) => ({ level, firms: rows.find((x) => x.level === level)?.firms ?? 0 }));
}

export interface Breakdown {
  key: string;
  firms: number;
  atLeastLevel2: number;
  share: number;
  averageTotal: number;
  aboveScaleFirms: number;
  aboveScaleAtLeastLevel2: number;
  /** For 规上 firms: the pilot target is 90 % at 二级 or above; how many more firms that needs. */
  toTarget: number;
}

const GROUPS = {
  // A firm outside the city's named segments falls under its 大类 (labelled by the page, per language).
  segment: sql`coalesce(${r.industrySegment}, 'industry:' || ${r.industryCode})`,
  industry: sql`${r.industryCode}`,
  district: sql`coalesce(${r.districtCode}, '')`,
  size: sql`coalesce(${r.sizeClass}::text, 'unknown')`,
} as const;

/**
 * What the filters can be set to: every district, segment and industry among the portal's latest
 * results, unfiltered — a list read from the filtered figures shrank to the chosen district, and lost
 * a chosen group under the minimum size while its filter was still on.
 */
export async function filterOptions(db: Db, tenantId: string, o: Source = {}): Promise<{ districts: string[]; segments: string[]; industries: string[] }> {
  const cells = await cellsFor(db, tenantId, {}, 0, o);
  const rows = cells
    ? rowsOf<{ kind: string; value: string }>(
        await db.execute(sql`
          select distinct ${dashboardCells.dim} as kind, ${dashboardCells.key} as value from ${dashboardCells}
          where ${dashboardCells.tenantId} = ${tenantId}::uuid and ${dashboardCells.scope} = 0 and ${dashboardCells.dim} in ('segment', 'district', 'industry')
            and ${dashboardCells.key} <> '' and ${dashboardCells.key} not like 'industry:%' and ${dashboardCells.n} > 0
          order by 1, 2`),
      )
    : rowsOf<{ kind: string; value: string }>(
        await db.execute(sql`
          select distinct 'district' as kind, ${r.districtCode} as value from ${r} where ${r.tenantId} = ${tenantId} and ${r.isLatest} and ${r.districtCode} is not null
          union select distinct 'segment', ${r.industrySegment} from ${r} where ${r.tenantId} = ${tenantId} and ${r.isLatest} and ${r.industrySegment} is not null
          union select distinct 'industry', ${r.industryCode} from ${r} where ${r.tenantId} = ${tenantId} and ${r.isLatest}
          order by 1, 2`),
      );
  const of = (kind: string) => rows.filter((x) => x.kind === kind).map((x) => x.value);
  return { districts: of("district"), segments: of("segment"), industries: of("industry") };
}

export async function breakdown(
  db: Db,
  tenantId: string,
  f: DashboardFilters,
  by: keyof typeof GROUPS,
  o: Source = {},
): Promise<{ groups: Breakdown[]; hidden: number }> {
  type Row = { key: string; firms: number; at2: number; avg: number; above: number; above2: number };
  // By size under a grouping's filter: a grouping's cells are not split by size, so the results answer.
  const bySizeInGroup = by === "size" && (f.segment !== undefined || f.industry !== undefined || f.district !== undefined);
  const cells = bySizeInGroup ? null : await cellsFor(db, tenantId, f, 0, o, by === "size" ? undefined : by);
  const key = by === "size" ? sql`case when ${dashboardCells.sizeClass} = '' then 'unknown' else ${dashboardCells.sizeClass} end` : sql`${dashboardCells.key}`;
  const rows = cells
    ? rowsOf<Row>(
        await db.execute(sql`
          select ${key} as key, sum(n)::int as firms, sum(${AT2})::int as at2, (sum(sum_total) / sum(n))::float8 as avg,
            coalesce(sum(above_n), 0)::int as above, coalesce(sum(above_at2), 0)::int as above2
          from ${dashboardCells} where ${cells} group by 1 having sum(n) > 0 order by 2 desc, 1`),
      )
    : rowsOf<Row>(
        await db.execute(sql`
          select ${GROUPS[by]} as key, count(*)::int as firms, count(*) filter (where ${r.level} >= 2)::int as at2, avg(${r.total})::float8 as avg,
            count(*) filter (where ${r.aboveScale})::int as above, count(*) filter (where ${r.aboveScale} and ${r.level} >= 2)::int as above2
          from ${r} where ${resultsWhere(tenantId, f, true)} group by 1 order by 2 desc, 1`),
      );
  const shown = rows.filter((x) => x.firms >= MIN_GROUP);
  return {
    hidden: rows.length - shown.length,
    groups: shown.map((x) => ({
      key: x.key,
      firms: x.firms,
      atLeastLevel2: x.at2,
      share: x.at2 / x.firms,
      averageTotal: x.avg,
      aboveScaleFirms: x.above,
      aboveScaleAtLeastLevel2: x.above2,
      toTarget: Math.max(0, Math.ceil(TARGET_SHARE * x.above) - x.above2),
    })),
  };
}

/**
 * Average score per dimension and average level per scene, per model template (scenes differ by
 * template): averaged by position over each result's capability vector, read from the covering index.
 */
export async function capabilities(db: Db, tenantId: string, f: DashboardFilters, o: Source = {}) {
  const cells = await cellsFor(db, tenantId, f, 0, o);
  const rows = cells
    ? rowsOf<Record<string, number | string | null>>(
        await db.execute(sql`
          select ${dashboardCells.templateId} as template, sum(n)::int as firms,
            ${sql.join(
              Array.from(
                { length: VECTOR_LENGTH },
                (_, i) => sql`(sum(cap_sum[${sql.raw(String(i + 1))}]) / nullif(sum(cap_n), 0))::float8 as ${sql.raw(`v${i}`)}`,
              ),
              sql`, `,
            )}
          from ${dashboardCells} where ${cells} group by 1 having sum(n) > 0`),
      )
    : rowsOf<Record<string, number | string | null>>(
        await db.execute(
          sql`select ${r.templateId} as template, count(*)::int as firms, ${sql.join(
            Array.from({ length: VECTOR_LENGTH }, (_, i) => sql`avg(${r.capabilityVector}[${sql.raw(String(i + 1))}])::float8 as ${sql.raw(`v${i}`)}`),
            sql`, `,
          )} from ${r} where ${resultsWhere(tenantId, f, true)} group by 1`,
        ),
      );
  const dimensions: { template: string; code: string; avg: number; firms: number }[] = [];
  const scenes: { template: string; code: string; avg: number; firms: number }[] = [];
  for (const row of rows) {
    const firms = Number(row.firms);
    const template = String(row.template);
    if (firms < MIN_GROUP || !isTemplateId(template)) continue;
    const codes = capabilityCodes(getTemplate(template));
    const at = (i: number) => (row[`v${i}`] == null ? null : Number(row[`v${i}`]));
    codes.dimensions.forEach((code, i) => {
      const avg = at(i);
      if (avg !== null) dimensions.push({ template, code, avg, firms });
    });
    codes.scenes.forEach((code, i) => {
      const avg = at(codes.dimensions.length + i);
      if (avg !== null) scenes.push({ template, code, avg, firms });
    });
  }
  scenes.sort((a, b) => a.avg - b.avg || a.code.localeCompare(b.code));
  dimensions.sort((a, b) => a.template.localeCompare(b.template) || a.code.localeCompare(b.code));
  return { dimensions, scenes };
}

/** Submissions per month (every result, reassessments included), in China time. */
export async function trend(db: Db, tenantId: string, f: DashboardFilters, o: Source = {}) {
  type Row = { month: string; submitted: number; at2: number; avg: number };
  const cells = await cellsFor(db, tenantId, f, 1, o);
  const rows = cells
    ? rowsOf<Row>(
        await db.execute(sql`
          select to_char(${dashboardCells.day}, 'YYYY-MM') as month, sum(n)::int as submitted, sum(${AT2})::int as at2, (sum(sum_total) / sum(n))::float8 as avg
          from ${dashboardCells} where ${cells} group by 1 having sum(n) > 0 order by 1`),
      )
    : rowsOf<Row>(
        await db.execute(sql`
          select to_char(date_trunc('month', ${r.submittedAt} at time zone 'Asia/Shanghai'), 'YYYY-MM') as month, count(*)::int as submitted,
            count(*) filter (where ${r.level} >= 2)::int as at2, avg(${r.total})::float8 as avg
          from ${r} where ${resultsWhere(tenantId, f, false)} group by 1 order by 1`),
      );
  return rows
    .filter((x) => x.submitted >= MIN_GROUP)
    .map((x) => ({ month: x.month, submitted: x.submitted, shareLevel2: x.at2 / x.submitted, averageTotal: x.avg }));
}

/** Firms assessed again: how their level moved from the previous result to the latest. */
export async function reassessed(db: Db, tenantId: string, f: DashboardFilters, o: Source = {}) {
  type Row = { firms: number; up: number; same: number; down: number; reached2: number; delta: number | null };
  const cells = await cellsFor(db, tenantId, f, 0, o);
  const [row] = cells
    ? rowsOf<Row>(
        await db.execute(sql`
          select coalesce(sum(prev_n), 0)::int as firms, coalesce(sum(up), 0)::int as up, coalesce(sum(same), 0)::int as same,
            coalesce(sum(down), 0)::int as down, coalesce(sum(reached2), 0)::int as reached2, (sum(sum_delta) / nullif(sum(prev_n), 0))::float8 as delta
          from ${dashboardCells} where ${cells}`),
      )
    : rowsOf<Row>(
        await db.execute(sql`
          select count(*)::int as firms, count(*) filter (where ${r.level} > ${r.previousLevel})::int as up,
            count(*) filter (where ${r.level} = ${r.previousLevel})::int as same, count(*) filter (where ${r.level} < ${r.previousLevel})::int as down,
            count(*) filter (where ${r.level} >= 2 and ${r.previousLevel} < 2)::int as reached2, avg(${r.total} - ${r.previousTotal})::float8 as delta
          from ${r} where ${resultsWhere(tenantId, f, true)} and ${r.previousLevel} is not null`),
      );
  if (!row || row.firms < MIN_GROUP)
    return { firms: row?.firms ?? 0, suppressed: (row?.firms ?? 0) > 0, up: 0, same: 0, down: 0, reachedLevel2: 0, averageChange: null };
  return { firms: row.firms, suppressed: false, up: row.up, same: row.same, down: row.down, reachedLevel2: row.reached2, averageChange: row.delta };
}

/**
 * 产品使用分析: assessments started → submitted → report read → PDF downloaded in the period, each
 * counted once per assessment (a unique index keeps only the first event of each step), read from
 * the index on tenant, kind and time.
 */
export async function funnel(db: Db, tenantId: string, f: Pick<DashboardFilters, "from" | "to">, o: Source = {}) {
  const e = usageEvents;
  const u = usageDaily;
  const from = f.from ? sql`and ${e.at} >= ${`${f.from}T00:00:00+08:00`}::timestamptz` : sql``;
  const to = f.to ? sql`and ${e.at} < ${`${f.to}T00:00:00+08:00`}::timestamptz + interval '1 day'` : sql``;
  // The steps counted per day as they are written (a trigger, migration 0016); the events themselves only for tests' comparison.
  const counts = rowsOf<{ kind: string; n: number }>(
    await db.execute(
      o.source === "results"
        ? sql`
          select ${e.kind} as kind, count(*)::int as n from ${e}
          where ${e.tenantId} = ${tenantId}::uuid and ${e.kind} in ('started', 'report_read', 'pdf_downloaded') ${from} ${to}
          group by 1`
        : sql`
          select ${u.kind} as kind, sum(${u.n})::int as n from ${u}
          where ${u.tenantId} = ${tenantId}::uuid and ${u.kind} in ('started', 'report_read', 'pdf_downloaded')
            ${f.from ? sql`and ${u.day} >= ${f.from}::date` : sql``} ${f.to ? sql`and ${u.day} <= ${f.to}::date` : sql``}
          group by 1`,
    ),
  );
  const period = { from: f.from, to: f.to };
  const cells = await cellsFor(db, tenantId, period, 1, o);
  const [submitted] = rowsOf<{ n: number }>(
    await db.execute(
      cells
        ? sql`select coalesce(sum(n), 0)::int as n from ${dashboardCells} where ${cells}`
        : sql`select count(*)::int as n from ${r} where ${resultsWhere(tenantId, period, false)}`,
    ),
  );
  const n = (kind: string) => counts.find((c) => c.kind === kind)?.n ?? 0;
  return { started: n("started"), submitted: submitted?.n ?? 0, reportRead: n("report_read"), pdfDownloaded: n("pdf_downloaded") };
}

/**
 * Time spent per question (mean seconds over the submitted assessments that spent any, each capped at
 * ten minutes, from the daily rollup) and where unfinished drafts stopped, for assessments started in
 * the period (the last 90 days when none is given).
 */
export async function questionUsage(db: Db, tenantId: string, f: Pick<DashboardFilters, "from" | "to"> = {}) {
  const q = questionTimeDaily;
  const firstDay = f.from ? sql`${f.from}::date` : sql`(now() at time zone 'Asia/Shanghai')::date - 90`;
  const lastDay = f.to ? sql`and ${q.day} <= ${f.to}::date` : sql``;
  const rows = rowsOf<{ code: string; seconds: number; n: number }>(
    await db.execute(sql`
      select ${q.code} as code, (sum(${q.seconds}) / sum(${q.assessments}))::float8 as seconds, sum(${q.assessments})::int as n
      from ${q} where ${q.tenantId} = ${tenantId}::uuid and ${q.day} >= ${firstDay} ${lastDay}
      group by 1`),
  );
  const times = rows.filter((x) => x.n >= MIN_GROUP).sort((x, y) => y.seconds - x.seconds || x.code.localeCompare(y.code));
  const a = assessments;
  const since = f.from ? sql`${`${f.from}T00:00:00+08:00`}::timestamptz` : sql`now() - interval '90 days'`;
  const until = f.to ? sql`and ${a.startedAt} < ${`${f.to}T00:00:00+08:00`}::timestamptz + interval '1 day'` : sql``;
  const stops = rowsOf<{ step: string; drafts: number }>(
    await db.execute(sql`
      select coalesce(${a.currentStep}, 'start') as step, count(*)::int as drafts from ${a}
      where ${a.tenantId} = ${tenantId}::uuid and ${a.status} = 'draft' and coalesce(${a.lastAnsweredAt}, ${a.startedAt}) < now() - interval '7 days'
        and ${a.startedAt} >= ${since} ${until}
      group by 1 order by 2 desc`),
  );
  return { times, abandonedAt: stops.filter((x) => x.drafts >= MIN_GROUP) };
}
