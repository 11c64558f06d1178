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

/** The cells of the given days (all of the portal's when null) recomputed from the results. */
function recomputeSql(tenantId: string, days: string[] | null): SQL[] {
  const t = sql`${tenantId}::uuid`;
  const inDays = days
    ? sql`join unnest(${arrayOf(days, "date")}) as d(day) on r.submitted_at >= (d.day::timestamp at time zone 'Asia/Shanghai')
          and r.submitted_at < ((d.day + 1)::timestamp at time zone 'Asia/Shanghai')`
    : sql``;
  const caps = sql.join(
    Array.from({ length: VECTOR_LENGTH }, (_, i) => sql`sum(x.capability_vector[${sql.raw(String(i + 1))}])`),
    sql`, `,
  );
  const keys = sql`x.tenant_id, x.scope, x.dim, x.key, x.day, x.template_id, x.size_class, x.above`;
  return [
    sql`delete from ${c} where ${c.tenantId} = ${t} ${days ? sql`and ${c.day} = any(${arrayOf(days, "date")})` : sql``}`,
    sql`
      with src as (
        select r.tenant_id, r.template_id, r.level, r.total, r.is_latest, r.capability_vector, r.previous_level, r.previous_total,
          r.subsidies_matched_at, r.subsidy_eligible, r.subsidy_possible, r.subsidy_best_yuan,
          r.industry_segment, r.industry_code, r.district_code,
          ${chinaDay(sql`r.submitted_at`)} as day,
          coalesce(r.size_class::text, '') as size_class,
          case r.above_scale when true then 1 when false then 0 else 2 end as above
        from assessment_results r ${inDays}
        where r.tenant_id = ${t}
      ), x as (
        select s.*, g.dim, g.key, sc.scope from src s
        cross join lateral (values ('', ''), ('segment', coalesce(s.industry_segment, 'industry:' || s.industry_code)),
          ('district', coalesce(s.district_code, '')), ('industry', s.industry_code)) as g(dim, key)
        cross join lateral (select 0 as scope where s.is_latest union all select 1) as sc
      ), agg as (
        select ${keys}, count(*)::int as n,
          array[count(*) filter (where x.level = 0), count(*) filter (where x.level = 1), count(*) filter (where x.level = 2),
            count(*) filter (where x.level = 3), count(*) filter (where x.level = 4)]::int[] as levels,
          sum(x.total)::float8 as sum_total,
          count(x.capability_vector)::int as cap_n, array[${caps}]::float8[] as cap_sum,
          count(x.previous_level)::int as prev_n,
          count(*) filter (where x.level > x.previous_level)::int as up,
          count(*) filter (where x.level = x.previous_level)::int as same,
          count(*) filter (where x.level < x.previous_level)::int as down,
          count(*) filter (where x.level >= 2 and x.previous_level < 2)::int as reached2,
          coalesce(sum(x.total - x.previous_total), 0)::float8 as sum_delta,
          count(x.subsidies_matched_at)::int as matched,
          count(*) filter (where cardinality(x.subsidy_eligible) > 0)::int as eligible,
          count(*) filter (where cardinality(x.subsidy_eligible) = 0 and cardinality(x.subsidy_possible) > 0)::int as possible_only,
          coalesce(sum(x.subsidy_best_yuan), 0)::float8 as best_yuan
        from x group by ${keys}
      ), per_policy as (
        select ${keys}, u.policy, count(*) filter (where u.verdict = 'e')::int as e, count(*) filter (where u.verdict = 'p')::int as p
        from x cross join lateral (
          select unnest(x.subsidy_eligible) as policy, 'e' as verdict union all select unnest(x.subsidy_possible), 'p'
        ) as u
        where x.scope = 0
        group by ${keys}, u.policy
      ), pol as (
        select ${keys}, jsonb_object_agg(x.policy, jsonb_build_array(x.e, x.p)) as policies from per_policy as x group by ${keys}
      )
      insert into ${c} (tenant_id, scope, dim, key, day, template_id, size_class, above, n, levels, sum_total, cap_n, cap_sum,
        prev_n, up, same, down, reached2, sum_delta, matched, eligible, possible_only, best_yuan, policies)
      select a.tenant_id, a.scope, a.dim, a.key, a.day, a.template_id, a.size_class, a.above, a.n, a.levels, a.sum_total, a.cap_n, a.cap_sum,
        a.prev_n, a.up, a.same, a.down, a.reached2, a.sum_delta, a.matched, a.eligible, a.possible_only, a.best_yuan, coalesce(p.policies, '{}'::jsonb)
      from agg as a left join pol as p
        on p.tenant_id = a.tenant_id and p.scope = a.scope and p.dim = a.dim and p.key = a.key and p.day = a.day
        and p.template_id = a.template_id and p.size_class = a.size_class and p.above = a.above`,
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
 * when they cannot answer it: two of 细分行业, 大类 and district at once, or a grouping other than the
 * one filtered on. A 细分行业 filter that names a 大类 fallback ("industry:34") is answered by the results.
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
