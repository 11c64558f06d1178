import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessmentResults, assessments, enterprises } from "@/db/schema";
import { enqueueJob } from "@/lib/jobs/define";
import { syntheticSubsidiesJob } from "@/lib/jobs/definitions";
import type { JobHandler } from "@/lib/jobs/worker";
import { constrainedScenesFor } from "@/lib/assessments/profile";
import { loadCatalogues } from "@/lib/recommendations/catalogue-store";
import { planFirmColumns } from "@/lib/recommendations/firm-columns";
import { buildPlanOffThread, firmForPlan } from "@/lib/recommendations/plan";
import { subsidyMatch } from "@/lib/recommendations/subsidy-match";
import { isTemplateId, type Answers, type Level } from "@/scoring";
import { recordSubsidyMatch } from "./subsidies";
import { isoDay } from "@/lib/i18n/figures";

/**
 * The subsidies of synthetic results, matched in the background as a real result's report job does:
 * each firm's exact plans (next level and 二级, solved in the heavy-work threads) against its portal's
 * policies, on the day it was submitted. Writing synthetic data stays fast; the dashboard counts
 * matched firms as they come. One run does a batch for at most RUN_MS, then queues the next.
 */

const BATCH = 16;
/** Plans in the heavy-work threads at once: leave room there for users' PDFs and plans. */
const AT_ONCE = 2;
const RUN_MS = 20_000;

export function enqueueSyntheticSubsidies(db: Db): Promise<number | null> {
  return enqueueJob(db, syntheticSubsidiesJob, {});
}

/** Matches up to BATCH waiting synthetic results; the number matched (0 when none wait). */
export async function matchSyntheticBatch(db: Db): Promise<number> {
  const r = assessmentResults;
  const rows = await db
    .select({
      assessmentId: r.assessmentId,
      tenantId: r.tenantId,
      templateId: r.templateId,
      level: r.level,
      submittedAt: r.submittedAt,
      answers: assessments.answers,
      ...planFirmColumns,
    })
    .from(r)
    .innerJoin(assessments, eq(assessments.id, r.assessmentId))
    .innerJoin(enterprises, eq(enterprises.id, r.enterpriseId))
    .where(and(eq(r.engineVersion, "synthetic"), eq(r.isLatest, true), isNull(r.subsidiesMatchedAt)))
    .limit(BATCH);
  const catalogues = new Map<string, Awaited<ReturnType<typeof loadCatalogues>>>();
  for (const row of rows) if (!catalogues.has(row.tenantId)) catalogues.set(row.tenantId, await loadCatalogues(db, row.tenantId));
  const matchOne = async (row: (typeof rows)[number]) => {
    const templateId = row.templateId;
    if (!isTemplateId(templateId)) return;
    // The portal's constrained scenes, as the firm's own plans would use them.
    const profile = await constrainedScenesFor(db, row.tenantId, templateId, row);
    const { solutions, policies } = catalogues.get(row.tenantId)!;
    const plan = (target: Level) =>
      buildPlanOffThread({
        templateId,
        answers: row.answers as Answers,
        profile: profile.scenes,
        target,
        firm: firmForPlan(row),
        catalogue: solutions,
        policies,
        today: isoDay(row.submittedAt),
      });
    const plans = await Promise.all([row.level < 4 ? plan((row.level + 1) as Level) : null, row.level < 1 ? plan(2) : null]);
    await recordSubsidyMatch(db, row.assessmentId, subsidyMatch(plans, policies));
  };
  for (let i = 0; i < rows.length; i += AT_ONCE) await Promise.all(rows.slice(i, i + AT_ONCE).map(matchOne));
  return rows.length;
}

export function syntheticSubsidiesJobHandler(): JobHandler {
  return {
    async run(db: Db) {
      const started = Date.now();
      let matched = 0;
      for (let n = await matchSyntheticBatch(db); n > 0; n = await matchSyntheticBatch(db)) {
        matched += n;
        if (Date.now() - started > RUN_MS) {
          // More wait: a fresh job (this one still holds the dedupe key while it runs).
          await enqueueJob(db, syntheticSubsidiesJob, {}, { skipDedupe: true });
          break;
        }
      }
      return { matched };
    },
  };
}
