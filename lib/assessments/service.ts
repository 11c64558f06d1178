import "server-only";
import { and, desc, eq, gt, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessmentResults, assessments, enterprises, usageEvents, users } from "@/db/schema";
import { DEMO_EMAIL_DOMAIN } from "@/db/seed/demo-users";
import { capabilityVector } from "@/lib/dashboard/capability-vector";
import { markDirtySql } from "@/lib/dashboard/rollup";
import { addQuestionTimesSql } from "@/lib/dashboard/question-times";
import { enqueueJobSql } from "@/lib/jobs/define";
import { webhookDataJson, webhookEventSql } from "@/lib/webhooks/emit";
import { reportJob } from "@/lib/jobs/definitions";
import { createReportRowsSql } from "@/lib/reports/rows";
import { enterpriseRow } from "@/lib/enterprise/profile";
import { AppError, type FieldIssue } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { isProjectAfterAssessment } from "@/lib/projects/links";
import { portalForCity, resolveTenant, tenantEmbedOrigins } from "@/lib/tenants";
import {
  constrainedFlags,
  deriveFromEvidence,
  draftWarnings,
  ENGINE_VERSION,
  evaluate,
  getTemplate,
  isTemplateId,
  templateForIndustry,
  validateAnswers,
  type Answers,
  type AnswerWarning,
  type Problem,
  type Result,
  type TemplateId,
} from "@/scoring";
import {
  assessmentForToken,
  authorise,
  cachedAssessmentFacts,
  consultantMade,
  expired,
  isAssessmentId,
  notFound,
  sameHash,
  type AuthorisedAssessment,
  type Caller,
} from "./access";
import { storedResult } from "./stored-result";
import { constrainedScenesFor, pickSceneProfile, sceneProfilesJson } from "./profile";
import type { CreateAssessmentRequest, CreateAssessmentResponse, PatchAssessmentRequest, PatchAssessmentResponse } from "./schemas";
import { hashToken, newResumeToken, RESUME_TOKEN_DAYS } from "@/lib/shared/tokens";
import { templateView, type TemplateView } from "./template-view";
import { rowsOf } from "@/lib/db/rows";
import { builtOnce } from "@/lib/db/built-once";
import { messageText } from "@/lib/i18n/translate";

const DAY_MS = 86_400_000;

/** A text[] parameter built from JSON (arrays in drizzle's sql template would expand into a list). */
function textArray(values: readonly string[]): SQL {
  return sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
}

/** A PostgreSQL array literal of reals (numbers from the engine, never user text). */
function realArray(values: readonly (number | null)[]): string {
  return `{${values.map((v) => (v === null || !Number.isFinite(v) ? "NULL" : String(v))).join(",")}}`;
}

function problemsToIssues(problems: readonly Problem[], prefix: string): FieldIssue[] {
  return problems.map((p) => ({
    field: p.code === "answers" || p.code === "evidence" ? prefix : `${prefix}.${p.code}`,
    message: { "zh-CN": p.messageZh, en: p.message },
  }));
}

export async function createAssessment(db: Db, request: CreateAssessmentRequest): Promise<CreateAssessmentResponse> {
  // A portal named is the firm's choice; none named, the portal follows the firm's city when one serves it.
  const tenant = request.tenant ? await resolveTenant(db, request.tenant) : await portalForCity(db, request.enterprise.cityCode);
  if (request.embedOrigin !== undefined) {
    if (!(await tenantEmbedOrigins(db, tenant.id)).includes(request.embedOrigin))
      throw AppError.validation([
        { field: "embedOrigin", message: { "zh-CN": "该门户不允许在这个网站中嵌入", en: "not a site this portal allows to embed it" } },
      ]);
  }
  const e = request.enterprise;
  const firm = enterpriseRow(tenant.id, e);
  const templateId: TemplateId = request.template ?? templateForIndustry(e.industryCode);
  const token = newResumeToken();
  return db.transaction(async (tx) => {
    const [enterprise] = await tx.insert(enterprises).values(firm).returning({ id: enterprises.id });
    if (!enterprise) throw new Error("enterprise insert returned nothing");
    const [assessment] = await tx
      .insert(assessments)
      .values({
        tenantId: tenant.id,
        enterpriseId: enterprise.id,
        templateId,
        templateVersion: getTemplate(templateId).version,
        language: request.language,
        mode: request.embedOrigin ? "embed" : "self",
        embedOrigin: request.embedOrigin ?? null,
        resumeTokenHash: hashToken(token),
        resumeTokenExpiresAt: new Date(Date.now() + RESUME_TOKEN_DAYS * DAY_MS),
      })
      .returning({ id: assessments.id });
    if (!assessment) throw new Error("assessment insert returned nothing");
    await tx.insert(usageEvents).values({ tenantId: tenant.id, assessmentId: assessment.id, kind: "started" }).onConflictDoNothing();
    return {
      id: assessment.id,
      resumeToken: token,
      resumePath: `/assess/${assessment.id}#k=${token}`,
      templateId,
      enterprise: {
        id: enterprise.id,
        name: e.name,
        sizeClass: firm.sizeClass ?? null,
        aboveScale: firm.aboveScale ?? null,
        regionName: firm.regionName ?? "",
      },
      portal: { slug: tenant.slug, name: { "zh-CN": tenant.nameZh, en: tenant.nameEn } },
    };
  });
}

/**
 * A self-assessment a portal asks one of its firms to fill in (a spreadsheet import's invitations, the
 * public API): the firm answers through the resume link it is sent. The caller has checked that the
 * firm is the portal's and theirs to invite; the assessment belongs to the firm's owner, if it has one.
 */
export async function startFirmSelfAssessment(
  db: Db,
  o: { tenantId: string; enterpriseId: string; language: Locale; template?: TemplateId },
): Promise<{ id: string; resumeToken: string; resumePath: string; templateId: TemplateId }> {
  const [firm] = await db
    .select({ industryCode: enterprises.industryCode, ownerUserId: enterprises.ownerUserId })
    .from(enterprises)
    .where(and(eq(enterprises.id, o.enterpriseId), eq(enterprises.tenantId, o.tenantId), eq(enterprises.status, "active")));
  if (!firm) throw AppError.notFound("enterprise");
  const templateId = o.template ?? templateForIndustry(firm.industryCode);
  const token = newResumeToken();
  const [row] = await db
    .insert(assessments)
    .values({
      tenantId: o.tenantId,
      enterpriseId: o.enterpriseId,
      templateId,
      templateVersion: getTemplate(templateId).version,
      language: o.language,
      mode: "self",
      ownerUserId: firm.ownerUserId,
      resumeTokenHash: hashToken(token),
      resumeTokenExpiresAt: new Date(Date.now() + RESUME_TOKEN_DAYS * DAY_MS),
    })
    .returning({ id: assessments.id });
  if (!row) throw new Error("assessment insert returned nothing");
  await db.insert(usageEvents).values({ tenantId: o.tenantId, assessmentId: row.id, kind: "started" }).onConflictDoNothing();
  return { id: row.id, resumeToken: token, resumePath: `/assess/${row.id}#k=${token}`, templateId };
}

export interface AssessmentState {
  id: string;
  status: "draft" | "submitted";
  templateId: TemplateId;
  language: Locale;
  answers: Record<string, unknown>;
  evidence: Record<string, unknown>;
  context: { description?: string; painPoints?: string; visitPeople?: string };
  /** Who answers: the firm itself, a consultant on a visit (on site or remote), or a portal's page. */
  mode: AuthorisedAssessment["mode"];
  /** Files may be attached to answers: a consultant's on-site visit, or the re-assessment of a transformation project. */
  evidenceUpload: boolean;
  currentStep: string | null;
  revision: number;
  submittedAt: string | null;
  enterprise: {
    name: string;
    industryCode: string;
    industrySubCode: string | null;
    industrySegment: string | null;
    regionName: string | null;
    sizeClass: string | null;
    aboveScale: boolean | null;
  };
  constrainedProfile: string | null;
  template: TemplateView;
  /** Answers that contradict each other or their figures, for the firm to check before the pledge. */
  warnings: AnswerWarning[];
}

export async function getAssessmentState(db: Db, id: string, caller: Caller, locale: Locale): Promise<AssessmentState> {
  const key = await authorise(db, id, caller, "assessment.read");
  const [row] = await db
    .select({
      status: assessments.status,
      language: assessments.language,
      answers: assessments.answers,
      evidence: assessments.evidence,
      context: assessments.context,
      currentStep: assessments.currentStep,
      revision: assessments.revision,
      submittedAt: assessments.submittedAt,
      name: enterprises.name,
      industryCode: enterprises.industryCode,
      industrySubCode: enterprises.industrySubCode,
      industrySegment: enterprises.industrySegment,
      regionName: enterprises.regionName,
      sizeClass: enterprises.sizeClass,
      aboveScale: enterprises.aboveScale,
      forProject: isProjectAfterAssessment(assessments.id),
    })
    .from(assessments)
    .innerJoin(enterprises, eq(enterprises.id, assessments.enterpriseId))
    .where(eq(assessments.id, key.id));
  if (!row) throw AppError.notFound("assessment");
  const profile = await constrainedScenesFor(db, key.tenantId, key.templateId, row);
  const flags = profile.scenes ? constrainedFlags(getTemplate(key.templateId), profile.scenes) : undefined;
  return {
    id: key.id,
    status: row.status,
    templateId: key.templateId,
    language: row.language,
    answers: row.answers,
    evidence: row.evidence,
    context: row.context,
    mode: key.mode,
    evidenceUpload: key.mode === "consultant_onsite" || row.forProject,
    currentStep: row.currentStep,
    revision: row.revision,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    enterprise: {
      name: row.name,
      industryCode: row.industryCode,
      industrySubCode: row.industrySubCode,
      industrySegment: row.industrySegment,
      regionName: row.regionName,
      sizeClass: row.sizeClass,
      aboveScale: row.aboveScale,
    },
    constrainedProfile: profile.profileName,
    template: templateView(key.templateId, locale, flags),
    warnings: draftWarnings(getTemplate(key.templateId), row.answers as Answers, row.evidence),
  };
}

function submittedConflict(): AppError {
  return new AppError(
    "conflict",
    {
      "zh-CN": "status：评测已提交，不能再修改；如需更新，请发起复评",
      en: "status: this assessment has been submitted and can no longer be changed; start a reassessment instead",
    },
    {
      issues: [{ field: "status", message: { "zh-CN": "已提交", en: "submitted" } }],
    },
  );
}

/**
 * Saves answers as they are given. The patch is checked as a whole before anything is written, and
 * written in one statement that merges into the stored JSON, so concurrent saves of different
 * questions never overwrite each other.
 */
export async function patchAssessment(db: Db, id: string, caller: Caller, patch: PatchAssessmentRequest): Promise<PatchAssessmentResponse> {
  // With a token usually one statement: the template is known from an earlier request, the write
  // checks the token. An account is authorised first (its roles and relation need a read anyway).
  const facts =
    typeof caller === "string"
      ? ((isAssessmentId(id) ? cachedAssessmentFacts(id) : undefined) ?? (await assessmentForToken(db, id, caller)))
      : await authorise(db, id, caller, "assessment.answer");
  const tokenMatches = typeof caller === "string" ? eq(assessments.resumeTokenHash, hashToken(caller)) : undefined;
  const t = getTemplate(facts.templateId);

  const set: Record<string, Answers[string]> = {};
  const remove: string[] = [];
  for (const [code, value] of Object.entries(patch.answers ?? {})) {
    if (value === null) remove.push(code);
    else set[code] = value;
  }
  const issues: FieldIssue[] = problemsToIssues(validateAnswers(t, set), "answers");
  for (const code of remove)
    if (!t.questionByCode.has(code) && !t.sceneByCode.has(code))
      issues.push({ field: `answers.${code}`, message: { "zh-CN": `模板 ${t.id} 中没有此题目或场景编码`, en: `unknown question or scene code in ${t.id}` } });

  const evidenceSet: Record<string, Record<string, number>> = {};
  const evidenceRemove: string[] = [];
  for (const [code, value] of Object.entries(patch.evidence ?? {})) {
    if (value === null) evidenceRemove.push(code);
    else evidenceSet[code] = value;
  }
  const derived = deriveFromEvidence(t, evidenceSet);
  issues.push(...problemsToIssues(derived.problems, "evidence"));
  // Figures give the answer unless one is chosen in the same patch: that one is kept as chosen, and a
  // contradiction with the figures is a warning in the response, not a rewrite.
  for (const d of derived.derivations) if (set[d.code] === undefined) set[d.code] = d.option;
  // An answer chosen directly replaces the figures it was once derived from.
  for (const code of Object.keys(patch.answers ?? {})) if (!(code in evidenceSet)) evidenceRemove.push(code);
  for (const code of Object.keys(patch.timings ?? {})) {
    if (!t.questionByCode.has(code) && !t.sceneByCode.has(code))
      issues.push({ field: `timings.${code}`, message: { "zh-CN": "没有此题目或场景编码", en: "unknown question or scene code" } });
  }
  if (issues.length > 0) throw AppError.validation(issues);

  // Only the parts this patch touches: every jsonb expression costs time in a hot statement.
  const now = new Date();
  const changes: Partial<Record<"answers" | "evidence" | "timings", SQL>> = {};
  if (Object.keys(set).length > 0 || remove.length > 0) {
    changes.answers = sql`${assessments.answers} || ${JSON.stringify(set)}::jsonb`;
    if (remove.length > 0) changes.answers = sql`(${changes.answers}) - ${textArray(remove)}`;
  }
  if (Object.keys(evidenceSet).length > 0 || evidenceRemove.length > 0) {
    changes.evidence = sql`${assessments.evidence} || ${JSON.stringify(evidenceSet)}::jsonb`;
    if (evidenceRemove.length > 0) changes.evidence = sql`(${changes.evidence}) - ${textArray(evidenceRemove)}`;
  }
  if (patch.timings && Object.keys(patch.timings).length > 0) {
    changes.timings = sql`${assessments.timings} || (select jsonb_object_agg(e.key, coalesce((${assessments.timings} ->> e.key)::numeric, 0) + e.value::numeric) from jsonb_each_text(${JSON.stringify(patch.timings)}::jsonb) as e)`;
  }
  const [row] = await db
    .update(assessments)
    .set({
      ...changes,
      ...(patch.currentStep ? { currentStep: patch.currentStep } : {}),
      ...(patch.language ? { language: patch.language } : {}),
      ...(patch.context ? { context: sql`${assessments.context} || ${JSON.stringify(patch.context)}::jsonb` } : {}),
      revision: sql`${assessments.revision} + 1`,
      lastAnsweredAt: now,
      updatedAt: now,
      resumeTokenExpiresAt: new Date(now.getTime() + RESUME_TOKEN_DAYS * DAY_MS),
    })
    .where(and(eq(assessments.id, id), tokenMatches, eq(assessments.status, "draft"), ...(tokenMatches ? [gt(assessments.resumeTokenExpiresAt, now)] : [])))
    .returning({ revision: assessments.revision, answers: assessments.answers, evidence: assessments.evidence });
  if (!row) {
    // Nothing written: say why (wrong or expired token, or already submitted).
    const key = await authorise(db, id, caller, "assessment.answer");
    if (key.status === "submitted") throw submittedConflict();
    throw new AppError("conflict", {
      "zh-CN": "status：评测刚刚被其他操作修改，请刷新后重试",
      en: "status: the assessment changed meanwhile; reload and try again",
    });
  }
  return {
    revision: row.revision,
    savedAt: now.toISOString(),
    derived: derived.derivations.map((d) => ({ code: d.code, option: d.option, explanation: d.explanation })),
    warnings: draftWarnings(t, row.answers as Answers, row.evidence),
  };
}

export interface SubmitOutcome {
  alreadySubmitted: boolean;
  submittedAt: string;
  result: Result;
}

async function storedOutcome(db: Db, id: string): Promise<SubmitOutcome> {
  const [stored] = await db
    .select({ detail: assessmentResults.detail, submittedAt: assessmentResults.submittedAt })
    .from(assessmentResults)
    .where(eq(assessmentResults.assessmentId, id));
  if (!stored) throw new AppError("internal", messageText("error.missingResult", { id }));
  return { alreadySubmitted: true, submittedAt: stored.submittedAt.toISOString(), result: storedResult(stored.detail) };
}

/** The submit's read of the assessment, its firm and the city's scene profiles, built once per database handle. */
const submitReads = new WeakMap<Db, ReturnType<typeof prepareSubmitRead>>();
function prepareSubmitRead(db: Db) {
  return db
    .select({
      tenantId: assessments.tenantId,
      enterpriseId: assessments.enterpriseId,
      templateId: assessments.templateId,
      status: assessments.status,
      mode: assessments.mode,
      language: assessments.language,
      tokenHash: assessments.resumeTokenHash,
      expiresAt: assessments.resumeTokenExpiresAt,
      answers: assessments.answers,
      evidence: assessments.evidence,
      industryCode: enterprises.industryCode,
      industrySegment: enterprises.industrySegment,
      cityCode: enterprises.cityCode,
      districtCode: enterprises.districtCode,
      sizeClass: enterprises.sizeClass,
      aboveScale: enterprises.aboveScale,
      profiles: sceneProfilesJson(assessments.tenantId),
    })
    .from(assessments)
    .innerJoin(enterprises, eq(enterprises.id, assessments.enterpriseId))
    .where(eq(assessments.id, sql.placeholder("id")))
    .prepare("submit_read");
}

interface SubmitValues extends Record<string, unknown> {
  id: string;
  at: string;
  tenantId: string;
  enterpriseId: string;
  language: Locale;
  templateId: string;
  templateVersion: string;
  total: number;
  level: number;
  isReference: boolean;
  dimensions: string;
  sceneLevels: string;
  detail: string;
  industryCode: string;
  industrySegment: string | null;
  cityCode: string | null;
  districtCode: string | null;
  sizeClass: string | null;
  aboveScale: boolean | null;
  capabilities: string;
  hookData: string;
}

/**
 * The submit's one write: flips the status, adds the timings, supersedes the firm's earlier result,
 * marks the dashboard's days, inserts the result, makes the report row and queues its job, and keeps
 * the webhook event — only if the assessment was still a draft. Built once (lib/db/built-once.ts).
 */
const writeSubmission = builtOnce<SubmitValues>(
  (p) => sql`
      with flipped as (
        update ${assessments}
        set status = 'submitted', submitted_at = ${p("at")}::timestamptz, pledge_accepted_at = ${p("at")}::timestamptz,
            updated_at = ${p("at")}::timestamptz
        where id = ${p("id")}::uuid and status = 'draft'
        returning id, timings, started_at, owner_user_id, consultant_user_id
      ), timing as (
        -- Timings are final now: add them to the portal's time per question.
        ${addQuestionTimesSql(p("tenantId"), "flipped")}
      ), previous as (
        -- The firm's earlier result stops being its latest (the dashboard counts each firm once).
        update ${assessmentResults} set is_latest = false
        where enterprise_id = ${p("enterpriseId")}::uuid and is_latest and exists (select 1 from flipped)
        returning level, total, submitted_at
      ), dirty as (
        -- The dashboard's cells of both days (this result's, and the superseded one's) are computed again before the next view.
        ${markDirtySql(sql`${p("tenantId")}::uuid`, sql`(select submitted_at as at from previous union all select ${p("at")}::timestamptz from flipped)`)}
      ), result as (
      insert into ${assessmentResults} (assessment_id, tenant_id, enterprise_id, template_id, template_version, engine_version, total, level,
        is_reference, dimension_scores, scene_levels, detail, industry_code, industry_segment, city_code, district_code, size_class, above_scale, submitted_at,
        previous_level, previous_total, capability_vector, origin)
      select id, ${p("tenantId")}::uuid, ${p("enterpriseId")}::uuid, ${p("templateId")}::text, ${p("templateVersion")}::text, ${ENGINE_VERSION}::text,
        ${p("total")}::double precision, ${p("level")}::smallint, ${p("isReference")}::boolean,
        ${p("dimensions")}::jsonb, ${p("sceneLevels")}::jsonb, ${p("detail")}::json,
        ${p("industryCode")}::text, ${p("industrySegment")}::text, ${p("cityCode")}::text, ${p("districtCode")}::text,
        ${p("sizeClass")}::size_class, ${p("aboveScale")}::boolean, ${p("at")}::timestamptz,
        (select level from previous limit 1), (select total from previous limit 1), ${p("capabilities")}::real[],
        -- Made by a demo account (owner or consultant): demo data, never anyone's peer.
        case when exists (select 1 from ${users} as u where u.id in (flipped.owner_user_id, flipped.consultant_user_id) and u.email like ${`%@${DEMO_EMAIL_DOMAIN}`})
          then 'demo' else 'real' end
      from flipped
      returning assessment_id
    ), report as (
      ${createReportRowsSql(p("tenantId"), p("language"), "flipped")}
    ), job as (
      ${enqueueJobSql(reportJob, { from: "report", tenantId: p("tenantId"), payload: { reportId: "id" } })}
      returning id
    ), ${webhookEventSql({
      name: "hook",
      tenantId: p("tenantId"),
      enterpriseId: p("enterpriseId"),
      type: "assessment.submitted",
      when: sql`exists (select 1 from flipped)`,
      data: sql`${p("hookData")}::jsonb`,
    })}
    select assessment_id from result`,
);

/**
 * Scores and freezes the assessment. Idempotent: a second submit returns the stored result. Two
 * statements: one read (token, answers, firm facts, the city's scene profiles), then one write that
 * flips the status, inserts the result and queues the report job together, and only if the
 * assessment was still a draft, so that concurrent submits give exactly one result and one report.
 * Both are built once: the submit is the hot path of a city's campaign day (`npm run bench:submit`).
 */
export async function submitAssessment(db: Db, id: string, caller: Caller): Promise<SubmitOutcome> {
  if (!isAssessmentId(id)) throw notFound();
  if (typeof caller !== "string") await authorise(db, id, caller, "assessment.answer");
  let read = submitReads.get(db);
  if (!read) submitReads.set(db, (read = prepareSubmitRead(db)));
  const [row] = await read.execute({ id });
  if (!row) throw notFound();
  if (typeof caller === "string") {
    if (!sameHash(row.tokenHash, hashToken(caller))) throw notFound();
    if (row.expiresAt.getTime() < Date.now()) throw expired();
  }
  if (row.status === "submitted") return storedOutcome(db, id);
  if (!isTemplateId(row.templateId)) throw new AppError("internal", messageText("error.unknownTemplate", { id, template: row.templateId }));

  const t = getTemplate(row.templateId);
  const profile = pickSceneProfile(row.profiles, row.templateId, row);
  const evaluation = evaluate(t, row.answers, { evidence: row.evidence, complete: true, profile: profile.scenes });
  if (!evaluation.ok) throw AppError.validation(problemsToIssues(evaluation.problems, "answers"));
  const r = evaluation.result;
  const sceneLevels = Object.fromEntries(r.scenes.map((s) => [s.code, s.level]));
  const submittedAt = new Date();
  // The stored answers stay the firm's own: an answer implied by a skip rule lives in the result only
  // (source "skipped", with the rule's reason), never in the answers as if the firm had given it.
  const at = submittedAt.toISOString(); // raw parameters: postgres.js takes no Date objects here
  const written = rowsOf<{ assessment_id: string }>(
    await writeSubmission(db, {
      id,
      at,
      tenantId: row.tenantId,
      enterpriseId: row.enterpriseId,
      language: row.language,
      templateId: t.id,
      templateVersion: t.version,
      total: r.total,
      level: r.level,
      isReference: r.isReference,
      dimensions: JSON.stringify(r.dimensions),
      sceneLevels: JSON.stringify(sceneLevels),
      detail: JSON.stringify(r),
      industryCode: row.industryCode,
      industrySegment: row.industrySegment,
      cityCode: row.cityCode,
      districtCode: row.districtCode,
      sizeClass: row.sizeClass,
      aboveScale: row.aboveScale,
      capabilities: realArray(capabilityVector(t, r.dimensions, sceneLevels)),
      hookData: webhookDataJson("assessment.submitted", {
        assessmentId: id,
        enterpriseId: row.enterpriseId,
        mode: row.mode,
        templateId: t.id,
        level: r.level,
        total: r.total,
        isReference: r.isReference,
        submittedAt: at,
      }),
    }),
  );
  // Another submit of the same assessment won the race: answer with its result.
  if (written.length === 0) return storedOutcome(db, id);
  return { alreadySubmitted: false, submittedAt: at, result: r };
}

export interface HistoryEntry {
  id: string;
  status: "draft" | "submitted";
  startedAt: string;
  submittedAt: string | null;
  total: number | null;
  level: number | null;
  dimensions: Record<string, number> | null;
  scenes: Record<string, number> | null;
}

/** The firm's assessments, newest first; open to whoever holds a resume link of one of them. */
export async function enterpriseHistory(db: Db, id: string, caller: Caller): Promise<HistoryEntry[]> {
  const key = await authorise(db, id, caller, "assessment.read");
  const rows = await db
    .select({
      id: assessments.id,
      status: assessments.status,
      startedAt: assessments.startedAt,
      submittedAt: assessments.submittedAt,
      total: assessmentResults.total,
      level: assessmentResults.level,
      dimensions: assessmentResults.dimensionScores,
      scenes: assessmentResults.sceneLevels,
    })
    .from(assessments)
    .leftJoin(assessmentResults, eq(assessmentResults.assessmentId, assessments.id))
    .where(and(eq(assessments.enterpriseId, key.enterpriseId), eq(assessments.tenantId, key.tenantId)))
    .orderBy(desc(assessments.startedAt));
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    startedAt: r.startedAt.toISOString(),
    submittedAt: r.submittedAt?.toISOString() ?? null,
    total: r.total,
    level: r.level,
    dimensions: r.dimensions,
    scenes: r.scenes,
  }));
}

/**
 * A new assessment of the same firm, prefilled with the last answers so that only what changed needs
 * an edit. Its own resume token is returned once.
 */
export async function reassess(db: Db, id: string, caller: Caller): Promise<{ id: string; resumeToken: string; resumePath: string }> {
  const key = await authorise(db, id, caller, "assessment.answer");
  // A visit's link answers that visit; the next visit is the consultant's to start.
  if (key.relation === "token" && consultantMade(key.mode)) throw notFound();
  if (key.status !== "submitted")
    throw new AppError(
      "conflict",
      { "zh-CN": "status：请先完成并提交这份评测，再发起复评", en: "status: finish and submit this assessment before starting a reassessment" },
      { issues: [{ field: "status", message: messageText("error.notSubmitted") }] },
    );
  const [previous] = await db
    .select({
      answers: assessments.answers,
      language: assessments.language,
      mode: assessments.mode,
      owner: assessments.ownerUserId,
      consultant: assessments.consultantUserId,
    })
    .from(assessments)
    .where(eq(assessments.id, key.id));
  const fresh = newResumeToken();
  const t = getTemplate(key.templateId);
  const [row] = await db
    .insert(assessments)
    .values({
      tenantId: key.tenantId,
      enterpriseId: key.enterpriseId,
      templateId: key.templateId,
      templateVersion: t.version,
      language: previous?.language ?? "zh-CN",
      answers: previous?.answers ?? {},
      // The same hands keep it: the owner's account and, on a client visit, the consultant.
      mode: previous?.mode ?? "self",
      ownerUserId: previous?.owner ?? null,
      consultantUserId: previous?.consultant ?? null,
      resumeTokenHash: hashToken(fresh),
      resumeTokenExpiresAt: new Date(Date.now() + RESUME_TOKEN_DAYS * DAY_MS),
    })
    .returning({ id: assessments.id });
  if (!row) throw new Error("reassessment insert returned nothing");
  await db.insert(usageEvents).values({ tenantId: key.tenantId, assessmentId: row.id, kind: "started" }).onConflictDoNothing();
  return { id: row.id, resumeToken: fresh, resumePath: `/assess/${row.id}#k=${fresh}` };
}
