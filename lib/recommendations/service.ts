import { eq } from "drizzle-orm";
import type { PolicyEntry } from "@/db/catalogue/policies";
import type { SolutionEntry } from "@/db/catalogue/solutions";
import type { Db } from "@/db/client";
import { assessments, enterprises } from "@/db/schema";
import { authorise, type Caller } from "@/lib/assessments/access";
import { constrainedScenesFor } from "@/lib/assessments/profile";
import { AppError } from "@/lib/errors";
import { getTemplate, levelOnly, scoreAnswers, constrainedFlags, type Answers, type Level } from "@/scoring";
import { loadCatalogues } from "./catalogue-store";
import { planFirmColumns } from "./firm-columns";
import { painPointScenes, type PainPoint } from "./pain-points";
import { buildPlanOffThread, firmForPlan, type Plan } from "./plan";

export interface PlanView {
  /** The least three-year cost to the next level, and to 二级 when that is further. */
  next: Plan | null;
  level2: Plan | null;
  /** 从痛点出发: the same targets, also lifting the scenes behind the firm's stated problems (null when it named none we recognise). */
  painNext: Plan | null;
  painLevel2: Plan | null;
  /** The scenes the firm's own words point to, with those words. */
  painPoints: PainPoint[];
  /** Every solution and policy the plans name, for display. */
  solutions: Record<string, Pick<SolutionEntry, "id" | "name" | "provider" | "description" | "category" | "price" | "durationWeeks" | "deployment" | "xiaokuaiqingzhun" | "demo">>;
  policies: Record<string, Pick<PolicyEntry, "id" | "kind" | "title" | "titleEn" | "docNo" | "issuer" | "demo" | "sources" | "note" | "noteEn">>;
  today: string;
}

/** The funded plans (to the next level and to 二级) for a submitted assessment. */
export async function planForAssessment(db: Db, id: string, caller: Caller, today = new Date().toISOString().slice(0, 10)): Promise<PlanView> {
  const key = await authorise(db, id, caller, "assessment.read");
  if (key.status !== "submitted") {
    throw new AppError("conflict", "status: the plan appears once the assessment is submitted", { issues: [{ field: "status", message: "draft" }] });
  }
  const [row] = await db
    .select({
      answers: assessments.answers,
      context: assessments.context,
      ...planFirmColumns,
    })
    .from(assessments)
    .innerJoin(enterprises, eq(enterprises.id, assessments.enterpriseId))
    .where(eq(assessments.id, key.id));
  if (!row) throw AppError.notFound("assessment");
  const t = getTemplate(key.templateId);
  const profile = await constrainedScenesFor(db, key.tenantId, key.templateId, row);
  const catalogues = await loadCatalogues(db, key.tenantId);
  const answers = row.answers as Answers;
  const core = scoreAnswers(t, answers);
  const level = levelOnly(t, core.totalMilli, core.sceneLevels, profile.scenes ? constrainedFlags(t, profile.scenes) : t.defaultConstrained);
  const firm = firmForPlan(row);
  const painPoints = painPointScenes(t, row.context);
  const plan = (target: Level, pains: PainPoint[] = []) =>
    buildPlanOffThread({ templateId: key.templateId, answers, profile: profile.scenes, target, firm, catalogue: catalogues.solutions, policies: catalogues.policies, today, painPoints: pains });
  const withPains = painPoints.length > 0;
  const [next, level2, painNext, painLevel2] = await Promise.all([
    level < 4 ? plan((level + 1) as Level) : null,
    level < 1 ? plan(2) : null,
    withPains && level < 4 ? plan((level + 1) as Level, painPoints) : null,
    withPains && level < 1 ? plan(2, painPoints) : null,
  ]);

  const solutionIds = new Set<string>();
  for (const p of [next, level2, painNext, painLevel2]) for (const s of p?.steps ?? []) for (const id of [...s.solutionIds, ...s.candidates.map((c) => c.id)]) solutionIds.add(id);
  const solutions = Object.fromEntries(
    catalogues.solutions
      .filter((s) => solutionIds.has(s.id))
      .map((s) => [s.id, { id: s.id, name: s.name, provider: s.provider, description: s.description, category: s.category, price: s.price, durationWeeks: s.durationWeeks, deployment: s.deployment, xiaokuaiqingzhun: s.xiaokuaiqingzhun, demo: s.demo }]),
  );
  const policies = Object.fromEntries(
    catalogues.policies.map((p) => [p.id, { id: p.id, kind: p.kind, title: p.title, titleEn: p.titleEn, docNo: p.docNo, issuer: p.issuer, demo: p.demo, sources: p.sources, note: p.note, noteEn: p.noteEn ?? null }]),
  );
  return { next, level2, painNext, painLevel2, painPoints, solutions, policies, today };
}
