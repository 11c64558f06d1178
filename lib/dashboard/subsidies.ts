import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessmentResults, dashboardCells } from "@/db/schema";
import { rowsOf } from "@/lib/db/rows";
import type { SubsidyMatch } from "@/lib/recommendations/subsidy-match";
import { MIN_GROUP, resultsWhere, type DashboardFilters } from "./filters";
import { cellsFor, markDirty, type Source } from "./rollup";

const r = assessmentResults;

/** Kept on the result when its report's facts are computed (the same plans the report shows). */
export async function recordSubsidyMatch(db: Db, assessmentId: string, m: SubsidyMatch): Promise<void> {
  const updated = await db
    .update(r)
    .set({ subsidyEligible: m.eligible, subsidyPossible: m.possible, subsidyBestYuan: m.bestYuan, subsidiesMatchedAt: new Date() })
    .where(eq(r.assessmentId, assessmentId))
    .returning({ tenantId: r.tenantId, submittedAt: r.submittedAt });
  // The dashboard's cells of that day count subsidies: computed again before the next view.
  for (const row of updated) await markDirty(db, row.tenantId, row.submittedAt);
}

export interface SubsidiesMatched {
  firms: number;
  /** Firms whose plans have been matched against the catalogue (their report's facts exist). */
  matched: number;
  eligibleFirms: number;
  /** Firms with no eligible subsidy but one that may be once a fact is confirmed. */
  possibleOnlyFirms: number;
  /** Sum over firms of each one's largest eligible estimate (yuan); an estimate, not a commitment. */
  estimatedYuan: number;
  policies: { policyId: string; eligible: number; possible: number }[];
  hidden: number;
  suppressed: boolean;
}

/** Subsidies matched to the portal's firms (each by its latest result), overall and per policy. */
export async function subsidiesMatched(db: Db, tenantId: string, f: DashboardFilters, o: Source = {}): Promise<SubsidiesMatched> {
  type Totals = { firms: number; matched: number; eligible: number; possible: number; yuan: number | null };
  const cells = await cellsFor(db, tenantId, f, 0, o);
  const where = resultsWhere(tenantId, f, true);
  const [totals] = cells
    ? rowsOf<Totals>(
        await db.execute(sql`
          select coalesce(sum(n), 0)::int as firms, coalesce(sum(matched), 0)::int as matched, coalesce(sum(eligible), 0)::int as eligible,
            coalesce(sum(possible_only), 0)::int as possible, sum(best_yuan)::float8 as yuan
          from ${dashboardCells} where ${cells}`),
      )
    : rowsOf<Totals>(
        await db.execute(sql`
          select count(*)::int as firms, count(${r.subsidiesMatchedAt})::int as matched,
            count(*) filter (where cardinality(${r.subsidyEligible}) > 0)::int as eligible,
            count(*) filter (where cardinality(${r.subsidyEligible}) = 0 and cardinality(${r.subsidyPossible}) > 0)::int as possible,
            sum(${r.subsidyBestYuan})::float8 as yuan
          from ${r} where ${where}`),
      );
  const firms = totals?.firms ?? 0;
  if (firms < MIN_GROUP) {
    return { firms, matched: 0, eligibleFirms: 0, possibleOnlyFirms: 0, estimatedYuan: 0, policies: [], hidden: 0, suppressed: firms > 0 };
  }
  const perPolicy = cells
    ? rowsOf<{ policy: string; eligible: number; possible: number }>(
        await db.execute(sql`
          select p.key as policy, sum((p.value ->> 0)::int)::int as eligible, sum((p.value ->> 1)::int)::int as possible
          from ${dashboardCells} cross join jsonb_each(${dashboardCells.policies}) as p
          where ${cells} group by 1 order by 2 desc, 3 desc, 1`),
      )
    : rowsOf<{ policy: string; eligible: number; possible: number }>(
        await db.execute(sql`
          select policy, count(*) filter (where verdict = 'e')::int as eligible, count(*) filter (where verdict = 'p')::int as possible from (
            select unnest(${r.subsidyEligible}) as policy, 'e' as verdict from ${r} where ${where}
            union all
            select unnest(${r.subsidyPossible}), 'p' from ${r} where ${where}
          ) as m group by 1 order by 2 desc, 3 desc, 1`),
      );
  const shown = perPolicy.filter((p) => p.eligible + p.possible >= MIN_GROUP);
  return {
    firms,
    matched: totals?.matched ?? 0,
    eligibleFirms: totals?.eligible ?? 0,
    possibleOnlyFirms: totals?.possible ?? 0,
    estimatedYuan: Math.round(totals?.yuan ?? 0),
    policies: shown.map((p) => ({ policyId: p.policy, eligible: p.eligible, possible: p.possible })),
    hidden: perPolicy.length - shown.length,
    suppressed: false,
  };
}
