import { firmRegion } from "@/lib/enterprise/regions";
import "server-only";
import { and, desc, eq, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessmentResults, assessments, consultantBrands, enterprises, users } from "@/db/schema";
import { ensureBenchmark, peerStanding } from "@/lib/assessments/peers";
import { radarAxes } from "@/lib/assessments/radar";
import { constrainedScenesFor } from "@/lib/assessments/profile";
import { storedResult } from "@/lib/assessments/stored-result";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { loadCatalogues } from "@/lib/recommendations/catalogue-store";
import { firmForPlan } from "@/lib/recommendations/plan";
import { planSubject, plansFor } from "@/lib/recommendations/plans-store";
import { isoDay } from "@/lib/i18n/figures";
import { getTemplate, isTemplateId, type Answers, type PeerResult, type TemplateId } from "@/scoring";
import type { ReportInputs } from "./facts";
import { knownEntities } from "./known-entities";
import type { KnownEntities } from "./grounding";
import { messageText } from "@/lib/i18n/translate";
import { industryClassByCode } from "@/lib/enterprise/industry-classes";
import { industryFor } from "./industry";

/** Everything a report of a submitted assessment is written from, read from the database. */
export async function loadReportInputs(
  db: Db,
  assessmentId: string,
  language: Locale,
  today = isoDay(),
): Promise<{ inputs: ReportInputs; catalogue: KnownEntities; tenantId: string }> {
  const [row] = await db
    .select({
      tenantId: assessments.tenantId,
      enterpriseId: assessments.enterpriseId,
      templateId: assessments.templateId,
      answers: assessments.answers,
      context: assessments.context,
      detail: assessmentResults.detail,
      submittedAt: assessmentResults.submittedAt,
      name: enterprises.name,
      industryCode: enterprises.industryCode,
      industrySegment: enterprises.industrySegment,
      provinceCode: enterprises.provinceCode,
      cityCode: enterprises.cityCode,
      districtCode: enterprises.districtCode,
      regionName: enterprises.regionName,
      sizeClass: enterprises.sizeClass,
      aboveScale: enterprises.aboveScale,
      revenueWan: enterprises.revenueWan,
      industrySubCode: enterprises.industrySubCode,
      employees: enterprises.employees,
      mode: assessments.mode,
      consultantUserId: assessments.consultantUserId,
      startedAt: assessments.startedAt,
    })
    .from(assessments)
    .innerJoin(assessmentResults, eq(assessmentResults.assessmentId, assessments.id))
    .innerJoin(enterprises, eq(enterprises.id, assessments.enterpriseId))
    .where(eq(assessments.id, assessmentId));
  if (!row) throw AppError.notFound("assessment");
  if (!isTemplateId(row.templateId)) throw new AppError("internal", messageText("error.unknownTemplate", { id: assessmentId, template: row.templateId }));
  const templateId: TemplateId = row.templateId;
  const t = getTemplate(templateId);
  const result = storedResult(row.detail);
  const answers = row.answers as Answers;
  const [profile, catalogues, stored, previous, visit] = await Promise.all([
    constrainedScenesFor(db, row.tenantId, row.templateId, row),
    loadCatalogues(db, row.tenantId),
    // The benchmark the result page shows: stored once, computed here first if this job is the first to need it.
    ensureBenchmark(db, assessmentId),
    db
      .select({ total: assessmentResults.total, level: assessmentResults.level, submittedAt: assessmentResults.submittedAt })
      .from(assessmentResults)
      .where(
        and(
          eq(assessmentResults.enterpriseId, row.enterpriseId),
          eq(assessmentResults.tenantId, row.tenantId),
          lt(assessmentResults.submittedAt, row.submittedAt),
        ),
      )
      .orderBy(desc(assessmentResults.submittedAt))
      .limit(1),
    visitOf(db, row),
  ]);
  // The plans the result page shows: stored once, computed here first if this job is the first to need them.
  const { next, level2, painNext } = await plansFor(
    db,
    planSubject({ assessmentId, tenantId: row.tenantId, templateId, answers, context: row.context, result, firm: firmForPlan(row), profile: profile.scenes }),
    catalogues,
    today,
  );
  const mine: PeerResult = { total: result.total, dimensions: result.dimensions, scenes: Object.fromEntries(result.scenes.map((s) => [s.code, s.level])) };
  const before = previous[0];
  const peers = peerStanding(stored);
  return {
    tenantId: row.tenantId,
    catalogue: knownEntities(catalogues.solutions, catalogues.policies),
    inputs: {
      language,
      enterprise: {
        name: row.name,
        industryCode: row.industryCode,
        subIndustry: row.industrySubCode ? (industryClassByCode(row.industrySubCode)?.zh ?? null) : null,
        segment: row.industrySegment,
        regionName: firmRegion(row, language),
        sizeClass: row.sizeClass,
        aboveScale: row.aboveScale,
        staff: row.employees,
        revenueWan: row.revenueWan,
      },
      visit,
      industry: industryFor(row, t, language),
      template: t,
      result,
      peers: peers.status === "ready" ? { group: peers.group, count: peers.count, benchmark: peers.benchmark } : null,
      peersShortfall: peers.status === "too_few" ? { group: peers.group, count: peers.count, minimum: peers.minimum } : null,
      radar: radarAxes(t, mine, peers.status === "ready" ? peers.radarMedians : null, language).map((a) => ({
        label: a.label,
        value: a.value,
        peerMedian: a.peerMedian,
      })),
      plans: { next, level2, pain: painNext },
      solutions: new Map(catalogues.solutions.map((s) => [s.id, s])),
      policies: new Map(catalogues.policies.map((p) => [p.id, p])),
      previous: before ? { total: before.total, level: before.level, submittedAt: before.submittedAt.toISOString() } : null,
      context: row.context,
      submittedAt: row.submittedAt.toISOString(),
    },
  };
}

/** A consultant's visit: the consultant and organisation that assessed the firm, and when. */
async function visitOf(
  db: Db,
  row: { tenantId: string; mode: string; consultantUserId: string | null; startedAt: Date; context: { visitPeople?: string } },
): Promise<ReportInputs["visit"]> {
  if (!row.consultantUserId || (row.mode !== "consultant_onsite" && row.mode !== "consultant_remote")) return null;
  const [who] = await db
    .select({ name: users.name, organisation: consultantBrands.organisation })
    .from(users)
    .leftJoin(consultantBrands, and(eq(consultantBrands.userId, users.id), eq(consultantBrands.tenantId, row.tenantId)))
    .where(eq(users.id, row.consultantUserId));
  return {
    date: isoDay(row.startedAt),
    consultant: who?.name ?? null,
    organisation: who?.organisation ?? null,
    people: row.context.visitPeople?.trim() || null,
  };
}
