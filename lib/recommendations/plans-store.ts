import "server-only";
import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessmentPlans } from "@/db/schema";
import { getTemplate, scoredAnswers, type Answers, type Level, type Result, type TemplateId } from "@/scoring";
import type { Catalogues } from "./catalogue-store";
import { painPointScenes, type PainPoint } from "./pain-points";
import { buildPlanOffThread, type FirmForPlan, type Plan } from "./plan";

/**
 * An assessment's plans, computed once and stored (assessment_plans): the report job computes them
 * right after submit, the result page and the PDF read the same ones. They are computed again only
 * when what they rest on changed: the tenant's catalogues, the day (policy windows), the firm's
 * stated problems or level, or this code's version.
 */

/** Bump when a change to the planner should recompute stored plans. */
const PLAN_CODE_VERSION = "plan/2026-12-01";

export interface AssessmentPlans {
  next: Plan | null;
  level2: Plan | null;
  painNext: Plan | null;
  painLevel2: Plan | null;
  painPoints: PainPoint[];
  today: string;
}

export interface PlanSubject {
  assessmentId: string;
  tenantId: string;
  templateId: TemplateId;
  answers: Answers;
  context: { description?: string; painPoints?: string };
  firm: FirmForPlan;
  /** The level now (under the firm's constrained-scene profile). */
  level: Level;
  profile: string[] | undefined;
}

/**
 * The subject of a submitted assessment's plans, built one way for every reader: the stored result's
 * level and the answers it scored (a skip-filled answer included), so the page and the report agree.
 */
export function planSubject(o: {
  assessmentId: string;
  tenantId: string;
  templateId: TemplateId;
  answers: Answers;
  context: PlanSubject["context"];
  result: Pick<Result, "level" | "questions" | "isReference">;
  firm: FirmForPlan;
  profile: string[] | undefined;
}): PlanSubject {
  return {
    assessmentId: o.assessmentId,
    tenantId: o.tenantId,
    templateId: o.templateId,
    answers: scoredAnswers(o.answers, o.result),
    context: o.context,
    firm: { ...o.firm, levelIsReference: o.result.isReference },
    level: o.result.level,
    profile: o.profile,
  };
}

function fingerprintOf(s: PlanSubject, catalogues: Catalogues, today: string): string {
  const parts = [
    PLAN_CODE_VERSION,
    s.templateId,
    getTemplate(s.templateId).version,
    catalogues.fingerprint,
    today,
    String(s.level),
    JSON.stringify(s.profile ?? null),
    JSON.stringify(s.context),
    JSON.stringify(s.firm),
  ];
  return createHash("sha256").update(parts.join("\u0000")).digest("base64url");
}

async function compute(s: PlanSubject, catalogues: Catalogues, today: string): Promise<AssessmentPlans> {
  // Scenes at 四级 already have nothing left to lift: no pain plan for them.
  const painPoints = painPointScenes(getTemplate(s.templateId), s.context).filter((p) => ((s.answers[p.scene] as number | undefined) ?? 0) < 4);
  const plan = (target: Level, pains: PainPoint[] = []) =>
    buildPlanOffThread({
      templateId: s.templateId,
      answers: s.answers,
      profile: s.profile,
      target,
      firm: s.firm,
      catalogue: catalogues.solutions,
      policies: catalogues.policies,
      today,
      painPoints: pains,
    });
  const withPains = painPoints.length > 0;
  const [next, level2, painNext, painLevel2] = await Promise.all([
    s.level < 4 ? plan((s.level + 1) as Level) : null,
    s.level < 1 ? plan(2) : null,
    withPains && s.level < 4 ? plan((s.level + 1) as Level, painPoints) : null,
    withPains && s.level < 1 ? plan(2, painPoints) : null,
  ]);
  return { next, level2, painNext, painLevel2, painPoints, today };
}

/** The stored plans when they still hold, else computed now (off the event loop) and stored. */
export async function plansFor(db: Db, s: PlanSubject, catalogues: Catalogues, today: string): Promise<AssessmentPlans> {
  const fingerprint = fingerprintOf(s, catalogues, today);
  const [stored] = await db
    .select({ fingerprint: assessmentPlans.fingerprint, plans: assessmentPlans.plans })
    .from(assessmentPlans)
    .where(and(eq(assessmentPlans.assessmentId, s.assessmentId), eq(assessmentPlans.tenantId, s.tenantId)));
  if (stored && stored.fingerprint === fingerprint) return stored.plans as AssessmentPlans;
  const plans = await compute(s, catalogues, today);
  await db
    .insert(assessmentPlans)
    .values({ assessmentId: s.assessmentId, tenantId: s.tenantId, fingerprint, plans })
    .onConflictDoUpdate({ target: assessmentPlans.assessmentId, set: { fingerprint, plans, computedAt: sql`now()` } });
  return plans;
}
