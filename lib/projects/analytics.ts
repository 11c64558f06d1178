import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { tenantFor } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { rowsOf } from "@/lib/db/rows";
import { MIN_GROUP } from "@/lib/dashboard/filters";
import { cellsFor } from "@/lib/dashboard/rollup";
import { isoDay } from "@/lib/i18n/figures";
import { scorecard, type ScorecardFacts, type Scorecard } from "./scorecard";

/**
 * The programme's figures for a portal's administrators: the pipeline (diagnosed → filed → contracted
 * → accepted → paid) with conversion and time in each stage, by district, 细分行业 and provider, the
 * overdue projects, and each provider's scorecard. Queries over the project tables; groups under
 * MIN_GROUP projects are left out of the breakdowns, as on the rest of the dashboard.
 */

/** The stages counted: a project counts at every stage it has reached (its events), paid included. */
export const PIPELINE_STAGES = ["filed", "contracted", "completed", "accepted", "paid"] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export interface Pipeline {
  /** Firms with a submitted result (each once): the top of the funnel. */
  diagnosed: number;
  stages: { stage: PipelineStage; projects: number; conversion: number | null; medianDaysToReach: number | null }[];
  /** Projects in each present state, and how long they have been in it (median days). */
  current: { state: string; projects: number; medianDaysInState: number | null }[];
  byGroup: { kind: "district" | "segment" | "provider"; key: string; projects: number; accepted: number; paid: number }[];
  overdue: { id: string; title: string; enterprise: string; milestone: string; due: string; daysLate: number }[];
  suppressed: number;
}

export async function pipeline(db: Db, tenantId: string, today = isoDay()): Promise<Pipeline> {
  // Every firm the portal has diagnosed (each once), as the rest of the dashboard counts them: from its cells.
  const cells = await cellsFor(db, tenantId, {}, 0, {});
  // Side by side (each its own connection on PostgreSQL): the page waits for the slowest, not the sum.
  const [diagnosedRows, reachedRows, currentRows, groupRows, overdueRows] = await Promise.all([
    db.execute(
      cells
        ? sql`select coalesce(sum(n), 0)::int as n from dashboard_cells where ${cells}`
        : sql`select count(*)::int as n from assessment_results where tenant_id = ${tenantId} and is_latest`,
    ),
    // First time each project reached each stage, from its created_at: the history's first event of each
    // state, kept on the project as the events are written (reached_at, a trigger of migration 0016).
    // One pass over the projects, one count and median per stage (an ordered-set aggregate skips the nulls).
    db.execute(sql`
      select ${sql.join(
        PIPELINE_STAGES.map((stage) => {
          const days = sql`extract(epoch from ((p.reached_at ->> ${stage})::timestamptz - p.created_at)) / 86400`;
          return sql`count(p.reached_at -> ${stage})::int as ${sql.identifier(`${stage}_n`)}, percentile_cont(0.5) within group (order by ${days}) as ${sql.identifier(`${stage}_days`)}`;
        }),
        sql`, `,
      )}
      from projects p where p.tenant_id = ${tenantId}`),
    db.execute(sql`
      select status as state, count(*)::int as projects,
             percentile_cont(0.5) within group (order by extract(epoch from (now() - state_since)) / 86400) as median_days
      from projects where tenant_id = ${tenantId} group by status`),
    db.execute(sql`
      with p as (
        -- The firm's district and 细分行业 as filed, kept on the project: no join with every firm.
        select p.id, p.status, coalesce(p.district_code, '') as district, coalesce(p.industry_segment, '') as segment, p.provider_name as provider
        from projects p where p.tenant_id = ${tenantId})
      select 'district' as kind, district as key, count(*)::int as projects,
             count(*) filter (where status in ('accepted', 'paid'))::int as accepted, count(*) filter (where status = 'paid')::int as paid from p group by district
      union all
      select 'segment', segment, count(*)::int, count(*) filter (where status in ('accepted', 'paid'))::int, count(*) filter (where status = 'paid')::int from p group by segment
      union all
      select 'provider', provider, count(*)::int, count(*) filter (where status in ('accepted', 'paid'))::int, count(*) filter (where status = 'paid')::int from p group by provider`),
    db.execute(sql`
      select o.id, o.title, e.name as enterprise, o.milestone, o.due::text as due, (${today}::date - o.due)::int as days_late
      from (
        -- The fifty most overdue first, then their firms' names (not every firm's).
        select p.id, p.title, p.enterprise_id, m.name as milestone, m.due
        from projects p join project_milestones m on m.project_id = p.id
        where p.tenant_id = ${tenantId} and p.status in ('contracted', 'implementing') and m.done_on is null and m.due < ${today}::date
        order by m.due limit 50
      ) as o join enterprises e on e.id = o.enterprise_id
      order by o.due`),
  ]);
  const [diagnosed] = rowsOf<{ n: number }>(diagnosedRows);
  const [firstTimes] = rowsOf<Record<string, number | null>>(reachedRows);
  const reached = PIPELINE_STAGES.map((stage) => ({
    stage,
    projects: Number(firstTimes?.[`${stage}_n`] ?? 0),
    median_days: firstTimes?.[`${stage}_days`] ?? null,
  }));
  const current = rowsOf<{ state: string; projects: number; median_days: number | null }>(currentRows);
  const groups = rowsOf<{ kind: "district" | "segment" | "provider"; key: string | null; projects: number; accepted: number; paid: number }>(groupRows);
  const overdue = rowsOf<{ id: string; title: string; enterprise: string; milestone: string; due: string; days_late: number }>(overdueRows);
  const byStage = new Map(reached.map((r) => [r.stage, r]));
  let previous = diagnosed?.n ?? 0;
  const stages = PIPELINE_STAGES.map((stage) => {
    const r = byStage.get(stage);
    const projects = r?.projects ?? 0;
    const conversion = previous > 0 ? projects / previous : null;
    previous = projects;
    return { stage, projects, conversion, medianDaysToReach: r?.median_days ?? null };
  });
  const kept = groups.filter((g) => g.projects >= MIN_GROUP);
  return {
    diagnosed: diagnosed?.n ?? 0,
    stages,
    current: current.map((c) => ({ state: c.state, projects: c.projects, medianDaysInState: c.median_days })),
    byGroup: kept.map((g) => ({ ...g, key: g.key ?? "" })),
    overdue: overdue.map((o) => ({ id: o.id, title: o.title, enterprise: o.enterprise, milestone: o.milestone, due: o.due, daysLate: o.days_late })),
    suppressed: groups.length - kept.length,
  };
}

export async function projectPipeline(db: Db, actor: Actor, slug: string): Promise<Pipeline> {
  const tenant = await tenantFor(db, actor, slug, "dashboard.read");
  return pipeline(db, tenant.id);
}

/** Every provider's scorecard in the portal, best first. */
export async function providerScorecards(db: Db, actor: Actor, slug: string, today = isoDay()): Promise<Scorecard[]> {
  const tenant = await tenantFor(db, actor, slug, "dashboard.read");
  const rows = rowsOf<{
    provider: string;
    projects: number;
    with_after: number;
    level_gain: number | null;
    reached_target: number;
    milestones_done: number;
    milestones_on_time: number;
    decided: number;
    first_pass: number;
    satisfaction_n: number;
    satisfaction_avg: number | null;
    outcome_n: number;
    outcome_avg: number | null;
  }>(
    await db.execute(sql`
      with p as (
        select p.id, p.provider_name as provider, p.target_level, p.status,
               b.level as before_level, case when a.status = 'submitted' then r.level end as after_level
        from projects p
        left join assessment_results b on b.assessment_id = p.baseline_assessment_id
        left join assessments a on a.id = p.after_assessment_id
        left join assessment_results r on r.assessment_id = p.after_assessment_id
        where p.tenant_id = ${tenant.id}),
      m as (
        -- Done, and open past their date: both are judged (an overdue one counts as late).
        select p.provider, count(*) filter (where m.done_on is not null or m.due < ${today}::date)::int as done, count(*) filter (where m.done_on <= m.due)::int as on_time
        from project_milestones m join p on p.id = m.project_id group by p.provider),
      d as (
        -- The first acceptance decision of each project: passed at once, or rejected first.
        select p.provider, count(*)::int as decided, count(*) filter (where first.to_status = 'accepted')::int as first_pass
        from p join lateral (
          select to_status from project_events e where e.project_id = p.id and e.to_status in ('accepted', 'rejected') order by e.at, e.id limit 1) first on true
        group by p.provider),
      s as (
        -- A portal may retype the field in its form: only answers 1–5 count.
        select p.provider, count(*)::int as n, avg((f.values ->> 'overall')::numeric)::float8 as avg
        from project_forms f join p on p.id = f.project_id
        where f.key = 'satisfaction' and (f.values ->> 'overall') ~ '^[1-5]$' group by p.provider),
      o as (
        select p.provider, count(*)::int as n, avg(s.rating)::float8 as avg
        from project_outcome_surveys s join p on p.id = s.project_id where s.rating is not null group by p.provider)
      select p.provider, count(*)::int as projects,
             count(p.after_level)::int as with_after,
             avg(p.after_level - p.before_level)::float8 as level_gain,
             count(*) filter (where p.after_level >= p.target_level)::int as reached_target,
             coalesce(max(m.done), 0)::int as milestones_done, coalesce(max(m.on_time), 0)::int as milestones_on_time,
             coalesce(max(d.decided), 0)::int as decided, coalesce(max(d.first_pass), 0)::int as first_pass,
             coalesce(max(s.n), 0)::int as satisfaction_n, max(s.avg) as satisfaction_avg,
             coalesce(max(o.n), 0)::int as outcome_n, max(o.avg) as outcome_avg
      from p left join m on m.provider = p.provider left join d on d.provider = p.provider
             left join s on s.provider = p.provider left join o on o.provider = p.provider
      group by p.provider`),
  );
  const facts: ScorecardFacts[] = rows.map((r) => ({
    provider: r.provider,
    projects: r.projects,
    withAfter: r.with_after,
    levelGain: r.level_gain,
    reachedTarget: r.reached_target,
    milestonesDone: r.milestones_done,
    milestonesOnTime: r.milestones_on_time,
    decided: r.decided,
    firstPass: r.first_pass,
    satisfactionCount: r.satisfaction_n,
    satisfactionAverage: r.satisfaction_avg,
    outcomeCount: r.outcome_n,
    outcomeAverage: r.outcome_avg,
  }));
  return facts.map(scorecard).sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || b.facts.projects - a.facts.projects);
}
