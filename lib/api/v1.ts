import "server-only";
import { z } from "zod";
import type { Db } from "@/db/client";
import { policyEntry } from "@/db/catalogue/policies";
import { solutionEntry } from "@/db/catalogue/solutions";
import { authorise } from "@/lib/assessments/access";
import { createAssessmentRequest, patchAssessmentRequest } from "@/lib/assessments/schemas";
import { patchAssessment, startFirmSelfAssessment } from "@/lib/assessments/service";
import { addClient, startClientAssessment } from "@/lib/consultants/clients";
import { enterpriseInput, enterpriseRow } from "@/lib/enterprise/profile";
import { assessmentResults, assessments, enterprises } from "@/db/schema";
import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import { getTemplate, isTemplateId, templateForIndustry, validateAnswers, type Answers, type TemplateId } from "@/scoring";
import { appUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { zodText } from "@/lib/i18n/zod";
import { isoDay } from "@/lib/i18n/figures";
import { pageFirms } from "@/lib/firm-file/service";
import { loadCatalogues } from "@/lib/recommendations/catalogue-store";
import { isUuid } from "@/lib/shared/ids";
import { tenantsByIds } from "@/lib/tenants";
import { policiesForPlace } from "@/lib/tenants/portal-policies";
import { binaryFile, endpoint, type AnyEndpoint } from "./endpoint";
import { dashboard } from "@/lib/dashboard/service";
import { dashboardFilters, MIN_GROUP } from "@/lib/dashboard/filters";
import { pageProjects, projectDetailWith } from "@/lib/projects/service";
import { PROJECT_STATES } from "@/lib/projects/workflow";
import type { Plan } from "@/lib/recommendations/plan";
import { planForAssessment } from "@/lib/recommendations/service";
import { reportPdf } from "@/lib/reports/pdf";
import { resolveSection } from "@/lib/reports/references";
import { getReportView } from "@/lib/reports/service";
import type { ApiCaller } from "./keys";

/**
 * The endpoints of `/api/v1`, each once: the route files serve them and the OpenAPI document
 * (lib/api/openapi.ts) describes them from the same schemas. Everything is scoped to the key's portal
 * and to what its account may see there (a consultant's key: its clients).
 */

async function portalOf(db: Db, caller: ApiCaller) {
  const [tenant] = await tenantsByIds(db, [caller.tenantId]);
  if (!tenant) throw AppError.notFound("tenant");
  return tenant;
}

// ── Catalogue ────────────────────────────────────────────────────────────────────────────────

export const listPolicies = endpoint({
  method: "GET",
  path: "/api/v1/policies",
  operationId: "listPolicies",
  summary: {
    "zh-CN": "本门户适用的政策（含各条件的原文、摘要或解读及来源）",
    en: "The policies that apply in the portal (each condition with its source text, summary or reading)",
  },
  scope: "catalogue:read",
  response: z.object({ data: z.array(policyEntry) }),
  async handler({ db, caller }) {
    const tenant = await portalOf(db, caller);
    const { policies } = await loadCatalogues(db, tenant.id);
    const here = new Set(policiesForPlace(policies, { provinceCode: tenant.provinceCode, cityCode: tenant.cityCode }, isoDay()).map((p) => p.id));
    return { data: policies.filter((p) => here.has(p.id)) };
  },
});

export const listSolutions = endpoint({
  method: "GET",
  path: "/api/v1/solutions",
  operationId: "listSolutions",
  summary: { "zh-CN": "本门户的解决方案目录（演示数据会标明）", en: "The portal's solutions catalogue (demo entries say so)" },
  scope: "catalogue:read",
  response: z.object({ data: z.array(solutionEntry) }),
  async handler({ db, caller }) {
    return { data: [...(await loadCatalogues(db, caller.tenantId)).solutions] };
  },
});

// ── Firms (一企一档) ─────────────────────────────────────────────────────────────────────────

/** A firm the key may see: a portal's key every firm of the portal, a consultant's its clients. */
async function visibleFirm(db: Db, caller: ApiCaller, id: string) {
  const { firms } = await pageFirms(db, caller.actor, caller.tenantId, { ids: [id], limit: 1, clientsOnly: caller.ownerKind === "consultant" });
  return firms[0] ?? null;
}

const firm = z.object({
  id: z.uuid(),
  name: z.string(),
  creditCode: z.string().nullable(),
  industryCode: z.string().meta({ description: "GB/T 4754 大类" }),
  industrySegment: z.string().nullable(),
  provinceCode: z.string().nullable(),
  cityCode: z.string().nullable(),
  districtCode: z.string().nullable(),
  regionName: z.string().nullable(),
  employees: z.number().int().nullable(),
  revenueWan: z.number().nullable(),
  sizeClass: z.string().nullable(),
  aboveScale: z.boolean().nullable(),
  updatedAt: z.iso.datetime(),
  latest: z
    .object({ assessmentId: z.uuid(), level: z.number().int(), total: z.number(), isReference: z.boolean(), submittedAt: z.iso.datetime() })
    .nullable()
    .meta({ description: "The firm's latest submitted result, if any" }),
});

/** An opaque cursor: the last id of the page before. */
const cursor = z
  .string()
  .max(100)
  .transform((c, ctx) => {
    const id = Buffer.from(c, "base64url").toString("utf8");
    if (!isUuid(id)) {
      ctx.addIssue({ code: "custom", message: zodText({ "zh-CN": "不是本接口给出的游标", en: "not a cursor this API gave" }) });
      return z.NEVER;
    }
    return id;
  });

export const listFirms = endpoint({
  method: "GET",
  path: "/api/v1/firms",
  operationId: "listFirms",
  summary: { "zh-CN": "企业列表（一企一档），按游标分页", en: "Firms (一企一档), paged by cursor" },
  scope: "firms:read",
  query: z
    .object({
      cursor: cursor.optional().meta({ description: "nextCursor of the page before" }),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      q: z.string().trim().min(1).max(60).optional().meta({ description: "part of the firm's name" }),
      lang: z.enum(["zh-CN", "en"]).optional().meta({ description: "the language of error messages" }),
    })
    .strict(),
  response: z.object({ data: z.array(firm), nextCursor: z.string().nullable() }),
  async handler({ db, caller, query }) {
    const { firms, more } = await pageFirms(db, caller.actor, caller.tenantId, {
      afterId: query.cursor,
      limit: query.limit,
      q: query.q,
      clientsOnly: caller.ownerKind === "consultant",
    });
    const last = firms.at(-1);
    return { data: firms, nextCursor: more && last ? Buffer.from(last.id).toString("base64url") : null };
  },
});

const idParam = z.object({ id: z.uuid({ error: zodText({ "zh-CN": "不是有效的编号", en: "not an id" }) }) }).strict();

export const getFirm = endpoint({
  method: "GET",
  path: "/api/v1/firms/{id}",
  operationId: "getFirm",
  summary: { "zh-CN": "一家企业及其最新结果", en: "One firm and its latest result" },
  scope: "firms:read",
  params: idParam,
  response: firm,
  async handler({ db, caller, params }) {
    const firm = await visibleFirm(db, caller, params.id);
    if (!firm) throw AppError.notFound("resource");
    return firm;
  },
});

// ── Assessments ──────────────────────────────────────────────────────────────────────────────

const assessment = z.object({
  id: z.uuid(),
  status: z.enum(["draft", "submitted"]),
  mode: z.enum(["self", "consultant_onsite", "consultant_remote", "embed"]).meta({
    description: "Who answers: the firm itself (self, embed: in a portal's page) or a consultant's visit (on site or remote)",
  }),
  templateId: z.string(),
  enterpriseId: z.uuid(),
  result: z
    .object({
      level: z.number().int(),
      levelName: z.object({ "zh-CN": z.string(), en: z.string() }),
      isReference: z.boolean().meta({ description: "A reference level (non-manufacturing templates), not an official one" }),
      total: z.number(),
      dimensions: z.record(z.string(), z.number()),
      sceneLevels: z.record(z.string(), z.number()).meta({ description: "Each scene's level, by the model's scene code" }),
      engineVersion: z.string(),
      submittedAt: z.iso.datetime(),
    })
    .nullable(),
});

export const getAssessment = endpoint({
  method: "GET",
  path: "/api/v1/assessments/{id}",
  operationId: "getAssessment",
  summary: { "zh-CN": "评测的状态与结果（提交后）", en: "An assessment's status, and its result once submitted" },
  scope: "assessments:read",
  params: idParam,
  response: assessment,
  async handler({ db, caller, params }) {
    const key = await readableAssessment(db, caller, params.id);
    // The stored result as computed at submission: no report, plan or view assembled for it.
    const [r] =
      key.status === "submitted"
        ? await db
            .select({
              level: assessmentResults.level,
              isReference: assessmentResults.isReference,
              total: assessmentResults.total,
              dimensions: assessmentResults.dimensionScores,
              sceneLevels: assessmentResults.sceneLevels,
              engineVersion: assessmentResults.engineVersion,
              submittedAt: assessmentResults.submittedAt,
            })
            .from(assessmentResults)
            .where(eq(assessmentResults.assessmentId, key.id))
        : [];
    const names = isTemplateId(key.templateId) ? getTemplate(key.templateId).def.levelNames : null;
    return {
      id: key.id,
      status: key.status,
      mode: key.mode,
      templateId: key.templateId,
      enterpriseId: key.enterpriseId,
      result: r
        ? {
            level: r.level,
            levelName: names ? { "zh-CN": names[r.level as 0]["zh-CN"], en: names[r.level as 0].en } : { "zh-CN": `${r.level}级`, en: `Level ${r.level}` },
            isReference: r.isReference,
            total: r.total,
            dimensions: r.dimensions,
            sceneLevels: r.sceneLevels,
            engineVersion: r.engineVersion,
            submittedAt: r.submittedAt.toISOString(),
          }
        : null,
    };
  },
});

const created = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseCreated: z.boolean().meta({ description: "false when the firm was given by id or found by its credit code" }),
  mode: z.enum(["self", "consultant_remote"]).meta({
    description: "self for a portal's key (the firm answers); consultant_remote for a consultant's key (a visit of its client, answered by the firm)",
  }),
  templateId: z.string(),
  resumeToken: z.string().meta({ description: "The firm's key to this assessment: send it the resumeUrl, never store it where others read" }),
  resumeUrl: z.string().meta({ description: "The link to hand the firm (the key is in the #fragment)" }),
});

const createBody = z
  .object({
    enterpriseId: z.uuid().optional().meta({ description: "A firm of the key's (GET /api/v1/firms); or describe it in `enterprise`" }),
    enterprise: enterpriseInput.optional().meta({
      description: "A firm's profile. One of the key's firms with the same credit code is used instead of a new one",
    }),
    template: createAssessmentRequest.shape.template,
    language: createAssessmentRequest.shape.language,
    prefill: patchAssessmentRequest.shape.answers,
  })
  .strict()
  .superRefine((b, ctx) => {
    if ((b.enterpriseId === undefined) === (b.enterprise === undefined))
      ctx.addIssue({
        code: "custom",
        path: ["enterprise"],
        message: zodText({ "zh-CN": "请给出 enterpriseId 或 enterprise 之一", en: "give either enterpriseId or enterprise" }),
      });
  });

export const createAssessmentV1 = endpoint({
  method: "POST",
  path: "/api/v1/assessments",
  operationId: "createAssessment",
  summary: {
    "zh-CN":
      "为一家企业创建评测（可预填答案），返回交给企业的续答链接。门户密钥创建企业自评；顾问密钥创建其客户的远程走访（顾问可读取结果）。企业可按编号给出，或给出信息（同一统一社会信用代码的已有企业会被沿用）。用同一个幂等键重发不会重复创建",
    en: "Start an assessment for a firm (answers may be prefilled); returns the link to hand the firm. A portal's key starts a self-assessment; a consultant's key a remote visit of its client (which the key can read back). Give the firm by id, or describe it (an existing firm with the same credit code is used). Sent again with the same Idempotency-Key, nothing is created twice",
  },
  scope: "assessments:write",
  idempotent: true,
  status: 201,
  body: createBody,
  response: created,
  async handler({ db, caller, body }) {
    const tenant = await portalOf(db, caller);
    const consultant = caller.ownerKind === "consultant";
    return db.transaction(async (tx) => {
      let enterpriseId = body.enterpriseId;
      let enterpriseCreated = false;
      if (enterpriseId !== undefined) {
        if (!(await visibleFirm(tx, caller, enterpriseId)))
          throw new AppError(
            "not_found",
            { "zh-CN": "enterpriseId：找不到这家企业，或该密钥无权查看", en: "enterpriseId: no such firm, or not this key's to see" },
            { issues: [{ field: "enterpriseId", message: { "zh-CN": "无效", en: "not valid" } }] },
          );
      } else if (body.enterprise) {
        const code = body.enterprise.creditCode;
        const same = code ? await firmsWithCreditCode(tx, caller, code) : [];
        enterpriseId = same[0];
        if (!enterpriseId) {
          enterpriseCreated = true;
          enterpriseId = consultant
            ? (await addClient(tx, caller.actor, tenant.slug, { enterprise: body.enterprise })).enterpriseId
            : await insertFirm(tx, tenant.id, caller, body.enterprise);
        }
      }
      if (!enterpriseId) throw new Error("no firm");
      // A bad prefill is a 400 naming prefill.<code>, and the transaction leaves nothing made.
      if (body.prefill) {
        const [firm] = await tx.select({ industryCode: enterprises.industryCode }).from(enterprises).where(eq(enterprises.id, enterpriseId));
        validatePrefill(body.template ?? templateForIndustry(firm!.industryCode), body.prefill);
      }
      const started = consultant
        ? await startClientAssessment(tx, caller.actor, tenant.slug, enterpriseId, { mode: "consultant_remote", language: body.language }, body.template)
        : await startFirmSelfAssessment(tx, { tenantId: tenant.id, enterpriseId, language: body.language, template: body.template });
      const [row] = await tx.select({ templateId: assessments.templateId }).from(assessments).where(eq(assessments.id, started.id));
      if (body.prefill && Object.keys(body.prefill).length > 0) await patchAssessment(tx, started.id, started.resumeToken, { answers: body.prefill });
      const origin = new URL(appUrl()).origin;
      return {
        id: started.id,
        enterpriseId,
        enterpriseCreated,
        mode: consultant ? ("consultant_remote" as const) : ("self" as const),
        templateId: row?.templateId ?? "",
        resumeToken: started.resumeToken,
        resumeUrl: `${origin}${started.resumePath}`,
      };
    });
  },
});

function validatePrefill(templateId: TemplateId, prefill: NonNullable<z.infer<typeof patchAssessmentRequest>["answers"]>): void {
  const set = Object.fromEntries(Object.entries(prefill).filter((e) => e[1] !== null)) as Answers;
  const problems = validateAnswers(getTemplate(templateId), set);
  if (problems.length > 0)
    throw AppError.validation(
      problems.map((p) => ({
        field: p.code === "answers" ? "prefill" : `prefill.${p.code}`,
        message: { "zh-CN": p.messageZh, en: p.message },
      })),
    );
}

/**
 * The key's firms with this credit code that an account of the portal made (an import, the API, a
 * consultant's client) and nobody has claimed, oldest first. A code is public: anyone can start a
 * self-assessment with it and claim that firm, so such a firm is never the one a code finds.
 */
async function firmsWithCreditCode(db: Db, caller: ApiCaller, creditCode: string): Promise<string[]> {
  const rows = await db
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(
      and(
        eq(enterprises.tenantId, caller.tenantId),
        eq(enterprises.creditCode, creditCode),
        eq(enterprises.status, "active"),
        isNull(enterprises.ownerUserId),
        isNotNull(enterprises.createdBy),
      ),
    )
    .orderBy(asc(enterprises.createdAt));
  const visible: string[] = [];
  for (const r of rows) if (await visibleFirm(db, caller, r.id)) visible.push(r.id);
  return visible;
}

async function insertFirm(db: Db, tenantId: string, caller: ApiCaller, e: z.infer<typeof enterpriseInput>): Promise<string> {
  const [row] = await db
    .insert(enterprises)
    .values(enterpriseRow(tenantId, e, { createdBy: caller.actor.userId }))
    .returning({ id: enterprises.id });
  if (!row) throw new Error("enterprise insert returned nothing");
  return row.id;
}

// ── Reports and plans ────────────────────────────────────────────────────────────────────────

const languageQuery = z
  .object({
    language: z.enum(["zh-CN", "en"]).default("zh-CN").meta({ description: "The report's language" }),
    lang: z.enum(["zh-CN", "en"]).optional().meta({ description: "the language of error messages" }),
  })
  .strict();

const reportSection = z.object({
  key: z.string(),
  title: z.string(),
  state: z.string().meta({ description: "pending, writing, done or failed while it is written" }),
  headline: z.string().nullable(),
  paragraphs: z.array(z.string()),
  bullets: z.array(z.string()),
});

const report = z.object({
  id: z.uuid(),
  assessmentId: z.uuid(),
  language: z.enum(["zh-CN", "en"]),
  status: z.enum(["queued", "generating", "ready", "failed"]),
  version: z.int().meta({ description: "The version shown (0 while the first is written)" }),
  published: z.object({ version: z.int(), at: z.iso.datetime() }).nullable().meta({ description: "For a consultant's report: the version handed to the firm" }),
  updatedAt: z.iso.datetime(),
  writers: z.record(z.string(), z.number()).meta({ description: "How many sections each writer wrote: llm, deterministic, edited" }),
  models: z.array(z.string()),
  sections: z.array(reportSection),
});

export const getReport = endpoint({
  method: "GET",
  path: "/api/v1/assessments/{id}/report",
  operationId: "getReport",
  conflict: "The assessment is not submitted yet",
  summary: {
    "zh-CN": "评测的诊断报告：状态与各章节文字（提交后撰写；顾问的报告对门户与顾问可见）",
    en: "An assessment's report: its status and each section's text (written after submission)",
  },
  scope: "reports:read",
  params: idParam,
  query: languageQuery,
  response: report,
  async handler({ db, caller, params, query }) {
    await readableAssessment(db, caller, params.id);
    const { view } = await getReportView(db, params.id, { actor: caller.actor }, query.language);
    const writers: Record<string, number> = {};
    for (const [k, n] of Object.entries(view.method.writers)) if (typeof n === "number") writers[k] = n;
    return {
      id: view.id,
      assessmentId: view.assessmentId,
      language: view.language,
      status: view.status,
      version: view.version,
      published: view.published,
      updatedAt: view.updatedAt,
      writers,
      models: view.method.models,
      sections: view.sections.map((x) => {
        const content = x.content ? resolveSection(x.content, view.references, view.language) : null;
        return {
          key: x.key,
          title: x.title,
          state: x.state,
          headline: content?.headline ?? null,
          paragraphs: content?.paragraphs ?? [],
          bullets: content?.bullets ?? [],
        };
      }),
    };
  },
});

export const getReportPdf = endpoint({
  method: "GET",
  path: "/api/v1/assessments/{id}/report.pdf",
  operationId: "getReportPdf",
  conflict: "The assessment is not submitted yet, or its report is still being written",
  summary: { "zh-CN": "报告的 PDF（品牌版式；?variant=summary 为一页摘要）", en: "The report as a branded PDF (?variant=summary: the one-page summary)" },
  scope: "reports:read",
  params: idParam,
  query: languageQuery.extend({ variant: z.enum(["full", "summary"]).default("full") }).strict(),
  response: binaryFile,
  binary: "application/pdf",
  async handler({ db, caller, params, query }) {
    await readableAssessment(db, caller, params.id);
    const { pdf, fileName } = await reportPdf(db, params.id, { actor: caller.actor }, query.language, query.variant);
    return { bytes: pdf, fileName };
  },
});

const planStep = z.object({
  kind: z.enum(["question", "scene"]),
  code: z.string().meta({ description: "The model's question or scene code" }),
  from: z.unknown().meta({ description: "The answer now (an option id, a list of them, or a scene level)" }),
  to: z.unknown().meta({ description: "The answer the plan reaches" }),
  solutionIds: z.array(z.string()),
});
const plan = z
  .object({
    target: z.int(),
    reachable: z.boolean(),
    alreadyMet: z.boolean(),
    exact: z.boolean().meta({ description: "The least three-year cost is proven (false only when the solver ran out of time)" }),
    levelAfter: z.int(),
    totalAfter: z.number(),
    totalCostYuan: z.number().meta({ description: "One-off plus the first year, mid-band estimates of the catalogue's prices" }),
    threeYearCostYuan: z.number(),
    netCostYuan: z.number().meta({ description: "After the largest eligible subsidy (subsidies are not assumed to stack)" }),
    bestSubsidy: z.object({ policyId: z.string(), amountYuan: z.number() }).nullable(),
    weeks: z.object({ min: z.number(), max: z.number() }),
    steps: z.array(planStep),
    solutions: z.array(
      z.object({
        id: z.string(),
        name: z.object({ "zh-CN": z.string(), en: z.string() }),
        demo: z.boolean(),
        costYuan: z.number(),
        threeYearCostYuan: z.number(),
      }),
    ),
    policies: z.array(z.object({ policyId: z.string(), verdict: z.string() })),
  })
  .nullable();

export const getPlan = endpoint({
  method: "GET",
  path: "/api/v1/assessments/{id}/plan",
  operationId: "getPlan",
  conflict: "The assessment is not submitted yet",
  summary: {
    "zh-CN": "提交后的升级方案：到下一级及到二级的最低三年成本方案（价格为方案目录区间的中值估算）",
    en: "The plan after submission: the least three-year cost to the next level and to 二级 (mid-band estimates of catalogue prices)",
  },
  scope: "assessments:read",
  params: idParam,
  response: z.object({ next: plan, level2: plan, today: z.string() }),
  async handler({ db, caller, params }) {
    await readableAssessment(db, caller, params.id);
    const view = await planForAssessment(db, params.id, { actor: caller.actor });
    const shape = (p: Plan | null) =>
      p && {
        target: p.target,
        reachable: p.reachable,
        alreadyMet: p.alreadyMet,
        exact: p.exact,
        levelAfter: p.levelAfter,
        totalAfter: p.totalAfter,
        totalCostYuan: p.totalCostYuan,
        threeYearCostYuan: p.threeYearCostYuan,
        netCostYuan: p.netCostYuan,
        bestSubsidy: p.bestSubsidy,
        weeks: p.schedule.weeks,
        steps: p.steps.map((st) => ({ kind: st.kind, code: st.code, from: st.from, to: st.to, solutionIds: st.solutionIds })),
        solutions: p.solutions.map((so) => ({
          id: so.id,
          name: localizedPair(view.solutions[so.id]?.name ?? so.id),
          demo: view.solutions[so.id]?.demo ?? false,
          costYuan: so.costYuan,
          threeYearCostYuan: so.threeYearCostYuan,
        })),
        policies: p.policies.map((m) => ({ policyId: m.policyId, verdict: m.verdict })),
      };
    return { next: shape(view.next), level2: shape(view.level2), today: view.today };
  },
});

const localizedPair = (n: string | { "zh-CN": string; en: string }) => (typeof n === "string" ? { "zh-CN": n, en: n } : n);

/** A consultant's key reads its clients' assessments, not a firm the account happens to own. */
async function readableAssessment(db: Db, caller: ApiCaller, id: string) {
  const key = await authorise(db, id, { actor: caller.actor }, "assessment.read");
  if (caller.ownerKind === "consultant" && key.relation !== "consultant") throw AppError.notFound("resource");
  return key;
}

// ── Projects ─────────────────────────────────────────────────────────────────────────────────

const projectSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  status: z.enum(PROJECT_STATES),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  providerName: z.string(),
  targetLevel: z.int(),
  baselineLevel: z.int().nullable(),
  contractAmountYuan: z.number(),
  stateSince: z.iso.datetime(),
  createdAt: z.iso.datetime(),
});

export const listProjectsV1 = endpoint({
  method: "GET",
  path: "/api/v1/projects",
  operationId: "listProjects",
  summary: { "zh-CN": "改造项目列表，按游标分页，可按阶段或企业筛选", en: "Transformation projects, paged by cursor, filtered by stage or firm" },
  scope: "projects:read",
  query: z
    .object({
      cursor: cursor.optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      status: z.enum(PROJECT_STATES).optional(),
      enterpriseId: z.uuid().optional(),
      lang: z.enum(["zh-CN", "en"]).optional(),
    })
    .strict(),
  response: z.object({ data: z.array(projectSummary), nextCursor: z.string().nullable() }),
  async handler({ db, caller, query }) {
    const tenant = await portalOf(db, caller);
    const { rows, more } = await pageProjects(
      db,
      caller.actor,
      tenant.slug,
      { status: query.status, enterpriseId: query.enterpriseId },
      {
        afterId: query.cursor,
        limit: query.limit,
      },
    );
    const last = rows.at(-1);
    return { data: rows, nextCursor: more && last ? Buffer.from(last.id).toString("base64url") : null };
  },
});

export const getProjectV1 = endpoint({
  method: "GET",
  path: "/api/v1/projects/{id}",
  operationId: "getProject",
  summary: { "zh-CN": "一个改造项目：合同、里程碑与各阶段记录", en: "One project: contract, milestones and its stages so far" },
  scope: "projects:read",
  params: idParam,
  response: projectSummary.extend({
    baselineAssessmentId: z.uuid(),
    afterAssessment: z.object({ id: z.uuid(), status: z.enum(["draft", "submitted"]), level: z.int().nullable(), total: z.number().nullable() }).nullable(),
    contract: z.object({
      amountYuan: z.number(),
      signedOn: z.string().nullable(),
      items: z.array(z.object({ name: z.string(), category: z.string(), amountYuan: z.number(), solutionId: z.string().nullable() })),
    }),
    milestones: z.array(z.object({ name: z.string(), due: z.string(), doneOn: z.string().nullable() })),
    stages: z.array(z.object({ from: z.string().nullable(), to: z.string(), at: z.iso.datetime(), note: z.string().nullable() })),
    paidAmountYuan: z.number().nullable(),
  }),
  async handler({ db, caller, params }) {
    const tenant = await portalOf(db, caller);
    const { detail: d } = await projectDetailWith(db, caller.actor, tenant.slug, params.id);
    return {
      id: d.id,
      title: d.title,
      status: d.status,
      enterpriseId: d.enterpriseId,
      enterpriseName: d.enterpriseName,
      providerName: d.providerName,
      targetLevel: d.targetLevel,
      baselineLevel: d.baselineLevel,
      contractAmountYuan: d.contractAmountYuan,
      stateSince: d.stateSince,
      createdAt: d.createdAt,
      baselineAssessmentId: d.baselineAssessmentId,
      afterAssessment: d.afterAssessment,
      contract: { amountYuan: d.contract.amountYuan, signedOn: d.contract.signedOn, items: d.contract.items },
      milestones: d.milestones.map((m) => ({ name: m.name, due: m.due, doneOn: m.doneOn })),
      stages: d.events.map((e) => ({ from: e.from, to: e.to, at: e.at, note: e.note })),
      paidAmountYuan: d.paidAmountYuan,
    };
  },
});

// ── Dashboard ────────────────────────────────────────────────────────────────────────────────

const group = z.object({
  key: z.string(),
  firms: z.int(),
  atLeastLevel2: z.int(),
  share: z.number(),
  averageTotal: z.number(),
  aboveScaleFirms: z.int(),
  aboveScaleAtLeastLevel2: z.int(),
  toTarget: z.int(),
});

export const getDashboard = endpoint({
  method: "GET",
  path: "/api/v1/dashboard",
  operationId: "getDashboard",
  summary: {
    "zh-CN": `门户看板统计（每家企业按最新结果计一次；少于 ${MIN_GROUP} 家企业的分组不给出任何数字）`,
    en: `The portal's dashboard figures (each firm once, by its latest result; a group of fewer than ${MIN_GROUP} firms shows no figure)`,
  },
  scope: "dashboard:read",
  query: dashboardFilters.extend({ lang: z.enum(["zh-CN", "en"]).optional() }).strict(),
  response: z.object({
    minGroup: z.int(),
    includesDemoData: z.boolean().meta({ description: "Demo results (the demo portals' made-up firms) are among the figures" }),
    summary: z.object({
      firms: z.int(),
      assessments: z.int(),
      atLeastLevel2: z.int(),
      shareLevel2: z.number().nullable(),
      averageTotal: z.number().nullable(),
      aboveScaleFirms: z.int(),
      aboveScaleAtLeastLevel2: z.int(),
      suppressed: z.boolean(),
    }),
    levels: z.array(z.object({ level: z.int(), firms: z.int() })),
    bySegment: z.object({ groups: z.array(group), hidden: z.int() }),
    byDistrict: z.object({ groups: z.array(group), hidden: z.int() }),
    bySize: z.object({ groups: z.array(group), hidden: z.int() }),
    trend: z.array(z.object({ month: z.string(), submitted: z.int(), shareLevel2: z.number(), averageTotal: z.number() })),
  }),
  async handler({ db, caller, query }) {
    if (caller.ownerKind !== "portal") throw AppError.notFound("resource");
    const tenant = await portalOf(db, caller);
    const { lang: _lang, ...filters } = query;
    const d = await dashboard(db, caller.actor, tenant.slug, filters);
    const [demo] = await db
      .select({ id: assessmentResults.assessmentId })
      .from(assessmentResults)
      .where(and(eq(assessmentResults.tenantId, tenant.id), eq(assessmentResults.origin, "demo")))
      .limit(1);
    return {
      minGroup: MIN_GROUP,
      includesDemoData: demo !== undefined,
      summary: d.summary,
      levels: d.levels,
      bySegment: d.bySegment,
      byDistrict: d.byDistrict,
      bySize: d.bySize,
      trend: d.trend,
    };
  },
});

/** Every endpoint, for the route files' tests and the OpenAPI document. */
export const V1_ENDPOINTS: readonly AnyEndpoint[] = [
  listPolicies,
  listSolutions,
  listFirms,
  getFirm,
  getAssessment,
  createAssessmentV1,
  getReport,
  getReportPdf,
  getPlan,
  listProjectsV1,
  getProjectV1,
  getDashboard,
] as unknown as AnyEndpoint[];
