import "server-only";
import { z } from "zod";
import type { Db } from "@/db/client";
import { policyEntry } from "@/db/catalogue/policies";
import { solutionEntry } from "@/db/catalogue/solutions";
import { authorise } from "@/lib/assessments/access";
import { createAssessmentRequest, patchAssessmentRequest } from "@/lib/assessments/schemas";
import { createAssessment, patchAssessment } from "@/lib/assessments/service";
import { getResultView } from "@/lib/assessments/result-view";
import { enterpriseInput } from "@/lib/enterprise/profile";
import { appUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { zodText } from "@/lib/i18n/zod";
import { isoDay } from "@/lib/i18n/figures";
import { pageFirms } from "@/lib/firm-file/service";
import { loadCatalogues } from "@/lib/recommendations/catalogue-store";
import { isUuid } from "@/lib/shared/ids";
import { tenantsByIds } from "@/lib/tenants";
import { policiesForPlace } from "@/lib/tenants/portal-policies";
import { endpoint, type AnyEndpoint } from "./endpoint";
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
    const { firms, more } = await pageFirms(db, caller.actor, caller.tenantId, { afterId: query.cursor, limit: query.limit, q: query.q });
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
    const { firms } = await pageFirms(db, caller.actor, caller.tenantId, { ids: [params.id], limit: 1 });
    if (!firms[0]) throw AppError.notFound("resource");
    return firms[0];
  },
});

// ── Assessments ──────────────────────────────────────────────────────────────────────────────

const assessment = z.object({
  id: z.uuid(),
  status: z.enum(["draft", "submitted"]),
  templateId: z.string(),
  enterpriseId: z.uuid(),
  result: z
    .object({
      level: z.number().int(),
      levelName: z.object({ "zh-CN": z.string(), en: z.string() }),
      isReference: z.boolean().meta({ description: "A reference level (non-manufacturing templates), not an official one" }),
      total: z.number(),
      dimensions: z.record(z.string(), z.number()),
      submittedAt: z.iso.datetime().nullable(),
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
    const key = await authorise(db, params.id, { actor: caller.actor }, "assessment.read");
    const view = key.status === "submitted" ? await getResultView(db, params.id, { actor: caller.actor }, "zh-CN") : null;
    const r = view?.result;
    return {
      id: key.id,
      status: key.status,
      templateId: key.templateId,
      enterpriseId: key.enterpriseId,
      result:
        r && view
          ? {
              level: r.level,
              levelName: { "zh-CN": r.levelName["zh-CN"], en: r.levelName.en },
              isReference: r.isReference,
              total: r.total,
              dimensions: r.dimensions,
              submittedAt: new Date(view.submittedAt).toISOString(),
            }
          : null,
    };
  },
});

const created = z.object({
  id: z.uuid(),
  enterpriseId: z.uuid(),
  templateId: z.string(),
  resumeToken: z.string().meta({ description: "The firm's key to this assessment: send it the resumeUrl, never store it where others read" }),
  resumeUrl: z.string().meta({ description: "The link to hand the firm (the key is in the #fragment)" }),
});

export const createAssessmentV1 = endpoint({
  method: "POST",
  path: "/api/v1/assessments",
  operationId: "createAssessment",
  summary: {
    "zh-CN": "为一家企业创建自评（可预填答案），返回交给企业的续答链接；用同一个幂等键重发不会重复创建",
    en: "Start a self-assessment for a firm (answers may be prefilled); returns the link to hand the firm. Sent again with the same Idempotency-Key, nothing is created twice",
  },
  scope: "assessments:write",
  idempotent: true,
  status: 201,
  body: z
    .object({
      enterprise: enterpriseInput,
      template: createAssessmentRequest.shape.template,
      language: createAssessmentRequest.shape.language,
      prefill: patchAssessmentRequest.shape.answers,
    })
    .strict(),
  response: created,
  async handler({ db, caller, body }) {
    const tenant = await portalOf(db, caller);
    const made = await createAssessment(db, { enterprise: body.enterprise, template: body.template, tenant: tenant.slug, language: body.language });
    if (body.prefill && Object.keys(body.prefill).length > 0) await patchAssessment(db, made.id, made.resumeToken, { answers: body.prefill });
    const origin = new URL(appUrl()).origin;
    return {
      id: made.id,
      enterpriseId: made.enterprise.id,
      templateId: made.templateId,
      resumeToken: made.resumeToken,
      resumeUrl: `${origin}${made.resumePath}`,
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
] as unknown as AnyEndpoint[];
