import "server-only";
import { eq } from "drizzle-orm";
import type { PolicyEntry } from "@/db/catalogue/policies";
import type { SolutionEntry } from "@/db/catalogue/solutions";
import type { Db } from "@/db/client";
import { assessmentResults, assessments, enterprises } from "@/db/schema";
import { authorise, type Caller } from "@/lib/assessments/access";
import { constrainedScenesFor } from "@/lib/assessments/profile";
import { storedResult } from "@/lib/assessments/stored-result";
import { AppError } from "@/lib/errors";
import type { Answers } from "@/scoring";
import { loadCatalogues } from "./catalogue-store";
import { isoDay } from "@/lib/i18n/figures";
import { planFirmColumns } from "./firm-columns";
import type { PainPoint } from "./pain-points";
import { firmForPlan, type Plan } from "./plan";
import { planSubject, plansFor } from "./plans-store";
import { messageText } from "@/lib/i18n/translate";

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
  solutions: Record<
    string,
    Pick<SolutionEntry, "id" | "name" | "provider" | "description" | "category" | "price" | "durationWeeks" | "deployment" | "xiaokuaiqingzhun" | "demo">
  >;
  policies: Record<string, Pick<PolicyEntry, "id" | "kind" | "title" | "titleEn" | "docNo" | "issuer" | "demo" | "sources" | "note" | "noteEn">>;
  today: string;
}

/** The funded plans (to the next level and to 二级) for a submitted assessment. */
export async function planForAssessment(db: Db, id: string, caller: Caller, today = isoDay()): Promise<PlanView> {
  const key = await authorise(db, id, caller, "assessment.read");
  if (key.status !== "submitted") {
    throw new AppError(
      "conflict",
      { "zh-CN": "status：评测提交后才会给出升级方案", en: "status: the plan appears once the assessment is submitted" },
      { issues: [{ field: "status", message: messageText("error.notSubmitted") }] },
    );
  }
  const [row] = await db
    .select({
      answers: assessments.answers,
      context: assessments.context,
      detail: assessmentResults.detail,
      ...planFirmColumns,
    })
    .from(assessments)
    .innerJoin(enterprises, eq(enterprises.id, assessments.enterpriseId))
    .innerJoin(assessmentResults, eq(assessmentResults.assessmentId, assessments.id))
    .where(eq(assessments.id, key.id));
  if (!row) throw AppError.notFound("assessment");
  const profile = await constrainedScenesFor(db, key.tenantId, key.templateId, row);
  const catalogues = await loadCatalogues(db, key.tenantId);
  const subject = planSubject({
    assessmentId: key.id,
    tenantId: key.tenantId,
    templateId: key.templateId,
    answers: row.answers as Answers,
    context: row.context,
    result: storedResult(row.detail),
    firm: firmForPlan(row),
    profile: profile.scenes,
  });
  const { next, level2, painNext, painLevel2, painPoints } = await plansFor(db, subject, catalogues, today);

  const solutionIds = new Set<string>();
  for (const p of [next, level2, painNext, painLevel2])
    for (const s of p?.steps ?? []) for (const id of [...s.solutionIds, ...s.candidates.map((c) => c.id)]) solutionIds.add(id);
  const solutions = Object.fromEntries(
    catalogues.solutions
      .filter((s) => solutionIds.has(s.id))
      .map((s) => [
        s.id,
        {
          id: s.id,
          name: s.name,
          provider: s.provider,
          description: s.description,
          category: s.category,
          price: s.price,
          durationWeeks: s.durationWeeks,
          deployment: s.deployment,
          xiaokuaiqingzhun: s.xiaokuaiqingzhun,
          demo: s.demo,
        },
      ]),
  );
  const policies = Object.fromEntries(
    catalogues.policies.map((p) => [
      p.id,
      {
        id: p.id,
        kind: p.kind,
        title: p.title,
        titleEn: p.titleEn,
        docNo: p.docNo,
        issuer: p.issuer,
        demo: p.demo,
        sources: p.sources,
        note: p.note,
        noteEn: p.noteEn ?? null,
      },
    ]),
  );
  return { next, level2, painNext, painLevel2, painPoints, solutions, policies, today };
}
