import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { dashboardCells, dashboardDirtyDays } from "@/db/schema";
import { rowsOf } from "@/lib/db/rows";
import { getTemplate, TEMPLATE_IDS } from "@/scoring";
import type { DashboardFilters } from "./filters";

/**
 * The dashboard's figures kept as results arrive, in `dashboard_cells`: per portal, scope (each firm's
 * latest result, or every result), China day, one grouping (none, 细分行业, district or 大类, with its
 * value), template, size class and 规上, the counts and sums every dashboard query adds up. A write
 * that changes results marks their days dirty (`markDirtySql`, one cheap insert in the same
 * statement); the next read recomputes those days from the results (`refreshCells`), under a lock
 * per portal. A view then adds up a few thousand cells instead of scanning every result.
 *
 * What the cells cannot answer — two of 细分行业, 大类 and district filtered at once, or grouped by one
 * while filtered on another — the queries answer from the results themselves (lib/dashboard/queries.ts).
 */

const c = dashboardCells;

/** Positions of the capability vectors (the longest template's dimensions and scenes). */
export const VECTOR_LENGTH = Math.max(
  ...TEMPLATE_IDS.map((id) => {
    const t = getTemplate(id);
    return t.dimensionCodes.length + t.scenes.length;
  }),
);

/** An array parameter of the given type, passed as JSON (an array in drizzle's sql template would expand into a list). */
const arrayOf = (values: readonly string[], type: "date" | "timestamptz") =>
  sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))::${sql.raw(type)}[]`;

/** The China day of a timestamp column or value, as the cells key it. */
export const chinaDay = (at: SQL) => sql`(${at} at time zone 'Asia/Shanghai')::date`;

/**
 * One step of a write's statement: the days of the given timestamps (a common table's column) marked
 * dirty for the portal. `from` is a common table or subquery yielding a column `at`.
 */
export function markDirtySql(tenantId: string | SQL, from: SQL): SQL {
  const tenant = typeof tenantId === "string" ? sql`${tenantId}::uuid` : tenantId;
  return sql`insert into ${dashboardDirtyDays} (tenant_id, day)
    select distinct ${tenant}, ${chinaDay(sql`d.at`)} from ${from} as d where d.at is not null
    on conflict do nothing`;
}

/** Marks days dirty outside a larger statement (a result's subsidies matched, a bulk load). */
export async function markDirty(db: Db, tenantId: string, at: Date | Date[]): Promise<void> {
  const list = (Array.isArray(at) ? at : [at]).map((d) => d.toISOString());
  if (list.length === 0) return;
  await db.execute(markDirtySql(tenantId, sql`(select unnest(${arrayOf(list, "timestamptz")}) as at)`));
}

/**
 * The cells of the given days (all of the portal's when null) recomputed from the results, in one pass:
 * grouping sets give the four groupings (none, 细分行业, district, 大类) and FILTER (latest) the two scopes
 * from the same aggregate, which is then unpivoted into a row per scope.
 */
function recomputeSql(tenantId: string, days: string[] | null): SQL[] {
  const t = sql`${tenantId}::uuid`;
  const inDays = days
    ? sql`join unnest(${arrayOf(days, "date")}) as d(day) on r.submitted_at >= (d.day::timestamp at time zone 'Asia/Shanghai')
          and r.submitted_at < ((d.day + 1)::timestamp at time zone 'Asia/Shanghai')`
    : sql``;
  const latest = sql`filter (where s.is_latest)`;
  const caps = sql.join(
    Array.from({ length: VECTOR_LENGTH }, (_, i) => sql`sum(s.capability_vector[${sql.raw(String(i + 1))}]) ${latest}`),
    sql`, `,
  );
  const levels = (filter: SQL) =>
    sql`array[${sql.join(
      [0, 1, 2, 3, 4].map((l) => sql`count(*) filter (where s.level = ${sql.raw(String(l))} ${filter})`),
      sql`, `,
    )}]::int[]`;
  // The ungrouped cells keep size and 规上 as keys; a grouping's cells only the day and template (size "*", 规上 -1).
  const sets = (extra: SQL) =>
    sql`grouping sets ((s.day, s.template_id, s.size_class, s.above${extra}), (s.day, s.template_id, s.seg${extra}), (s.day, s.template_id, s.dist${extra}), (s.day, s.template_id, s.ind${extra}))`;
  const base = sql`s.day, s.template_id, coalesce(s.size_class, '*') as size_class, coalesce(s.above, -1) as above`;
  const dimKey = sql`case when grouping(s.seg) = 0 then 'segment' when grouping(s.dist) = 0 then 'district' when grouping(s.ind) = 0 then 'industry' else '' end as dim,
    coalesce(case when grouping(s.seg) = 0 then s.seg when grouping(s.dist) = 0 then s.dist when grouping(s.ind) = 0 then s.ind end, '') as key`;
  return [
    sql`delete from ${c} where ${c.tenantId} = ${t} ${days ? sql`and ${c.day} = any(${arrayOf(days, "date")})` : sql``}`,
    sql`
      with s as materialized (
        select r.template_id, r.level, r.total, r.is_latest, r.capability_vector, r.previous_level, r.previous_total,
          r.subsidies_matched_at, r.subsidy_eligible, r.subsidy_possible, r.subsidy_best_yuan,
          coalesce(r.industry_segment, 'industry:' || r.industry_code) as seg, coalesce(r.district_code, '') as dist, r.industry_code as ind,
          ${chinaDay(sql`r.submitted_at`)} as day,
          coalesce(r.size_class::text, '') as size_class,
          case r.above_scale when true then 1 when false then 0 else 2 end as above
        from assessment_results r ${inDays}
        where r.tenant_id = ${t}
      ), g as (
        select ${base}, ${dimKey},
          count(*)::int as n_all, ${levels(sql``)} as levels_all, sum(s.total)::float8 as total_all,
          (count(*) ${latest})::int as n, ${levels(sql`and s.is_latest`)} as levels, coalesce(sum(s.total) ${latest}, 0)::float8 as sum_total,
          (count(*) filter (where s.is_latest and s.above = 1))::int as above_n,
          (count(*) filter (where s.is_latest and s.above = 1 and s.level >= 2))::int as above_at2,
          (count(s.capability_vector) ${latest})::int as cap_n, array[${caps}]::float8[] as cap_sum,
          (count(s.previous_level) ${latest})::int as prev_n,
          (count(*) filter (where s.is_latest and s.level > s.previous_level))::int as up,
          (count(*) filter (where s.is_latest and s.level = s.previous_level))::int as same,
          (count(*) filter (where s.is_latest and s.level < s.previous_level))::int as down,
          (count(*) filter (where s.is_latest and s.level >= 2 and s.previous_level < 2))::int as reached2,
          coalesce(sum(s.total - s.previous_total) ${latest}, 0)::float8 as sum_delta,
          (count(s.subsidies_matched_at) ${latest})::int as matched,
          (count(*) filter (where s.is_latest and cardinality(s.subsidy_eligible) > 0))::int as eligible,
          (count(*) filter (where s.is_latest and cardinality(s.subsidy_eligible) = 0 and cardinality(s.subsidy_possible) > 0))::int as possible_only,
          coalesce(sum(s.subsidy_best_yuan) ${latest}, 0)::float8 as best_yuan
        from s group by ${sets(sql``)}
      ), per_policy as (
        select ${base}, ${dimKey}, s.policy, count(*) filter (where s.verdict = 'e')::int as e, count(*) filter (where s.verdict = 'p')::int as p
        from (
          select s.*, u.policy, u.verdict from s cross join lateral (
            select unnest(s.subsidy_eligible) as policy, 'e' as verdict union all select unnest(s.subsidy_possible), 'p'
          ) as u where s.is_latest
        ) as s
        group by ${sets(sql`, s.policy`)}
      ), pol as (
        select x.day, x.template_id, x.size_class, x.above, x.dim, x.key, jsonb_object_agg(x.policy, jsonb_build_array(x.e, x.p)) as policies
        from per_policy as x group by 1, 2, 3, 4, 5, 6
      )
      insert into ${c} (tenant_id, scope, dim, key, day, template_id, size_class, above, n, levels, sum_total, above_n, above_at2, cap_n, cap_sum,
        prev_n, up, same, down, reached2, sum_delta, matched, eligible, possible_only, best_yuan, policies)
      select ${t}, 0, g.dim, g.key, g.day, g.template_id, g.size_class, g.above, g.n, g.levels, g.sum_total, g.above_n, g.above_at2, g.cap_n, g.cap_sum,
        g.prev_n, g.up, g.same, g.down, g.reached2, g.sum_delta, g.matched, g.eligible, g.possible_only, g.best_yuan, coalesce(p.policies, '{}'::jsonb)
      from g left join pol as p
        on p.day = g.day and p.template_id = g.template_id and p.size_class = g.size_class and p.above = g.above and p.dim = g.dim and p.key = g.key
      where g.n > 0
      union all
      select ${t}, 1, g.dim, g.key, g.day, g.template_id, g.size_class, g.above, g.n_all, g.levels_all, g.total_all, 0, 0, 0, null,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '{}'::jsonb
      from g`,
  ];
}

/**
 * Brings the portal's cells up to date: the dirty days recomputed from the results, in one transaction
 * under a lock per portal (a second reader waits, then finds nothing to do). Cheap when nothing is
 * dirty: one indexed read. Returns the days recomputed.
 */
export async function refreshCells(db: Db, tenantId: string): Promise<number> {
  const pending = rowsOf<{ day: string }>(
    await db.execute(sql`select day::text as day from ${dashboardDirtyDays} where tenant_id = ${tenantId}::uuid limit 1`),
  );
  if (pending.length === 0) return 0;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`dashboard-cells:${tenantId}`}))`);
    const days = rowsOf<{ day: string }>(
      await tx.execute(sql`delete from ${dashboardDirtyDays} where tenant_id = ${tenantId}::uuid returning day::text as day`),
    ).map((d) => d.day);
    if (days.length === 0) return 0;
    for (let i = 0; i < days.length; i += 400) for (const statement of recomputeSql(tenantId, days.slice(i, i + 400))) await tx.execute(statement);
    return days.length;
  });
}

/** Every cell of the portal computed again (after a bulk load). */
export async function rebuildCells(db: Db, tenantId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`dashboard-cells:${tenantId}`}))`);
    await tx.execute(sql`delete from ${dashboardDirtyDays} where tenant_id = ${tenantId}::uuid`);
    for (const statement of recomputeSql(tenantId, null)) await tx.execute(statement);
  });
}

export type GroupDim = "segment" | "district" | "industry";

/**
 * The cells a query over `scope` reads under these filters (grouped by `group` when given), or null
 * when they cannot answer it: two of 细分行业, 大类 and district at once, a grouping other than the one
 * filtered on, or a grouping with a size or 规上 filter. A 细分行业 filter that names a 大类 fallback
 * ("industry:34") is answered by the results.
 */
export function cellsWhere(tenantId: string, f: DashboardFilters, scope: 0 | 1, group?: GroupDim): SQL | null {
  if (f.segment?.startsWith("industry:")) return null;
  const filtered = (
    [
      ["segment", f.segment],
      ["industry", f.industry],
      ["district", f.district],
    ] as const
  ).filter((x): x is readonly [GroupDim, string] => x[1] !== undefined);
  if (filtered.length > 1) return null;
  const on = filtered[0];
  if (group && on && on[0] !== group) return null;
  const dim = group ?? on?.[0] ?? "";
  // A grouping's cells are not split by size or 规上: those filters with a grouping read the results.
  if (dim !== "" && (f.size || f.aboveScale)) return null;
  return sql.join(
    [
      sql`${c.tenantId} = ${tenantId}::uuid`,
      sql`${c.scope} = ${scope}`,
      sql`${c.dim} = ${dim}`,
      on ? sql`${c.key} = ${on[1]}` : null,
      f.from ? sql`${c.day} >= ${f.from}::date` : null,
      f.to ? sql`${c.day} <= ${f.to}::date` : null,
      f.size ? sql`${c.sizeClass} = ${f.size}` : null,
      f.aboveScale ? sql`${c.above} = ${f.aboveScale === "yes" ? 1 : 0}` : null,
    ].filter((x): x is SQL => x !== null),
    sql` and `,
  );
}

/** Where a query reads from: the cells (brought up to date first) when they can answer it, else the results. */
export interface Source {
  /** Tests compare the two: "results" forces the scan of the results. */
  source?: "cells" | "results";
}

export async function cellsFor(db: Db, tenantId: string, f: DashboardFilters, scope: 0 | 1, o: Source, group?: GroupDim): Promise<SQL | null> {
  if (o.source === "results") return null;
  const where = cellsWhere(tenantId, f, scope, group);
  if (where) await refreshCells(db, tenantId);
  return where;
}
