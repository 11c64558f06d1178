import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { assistantQuestions, enterprises } from "@/db/schema";
import { authorise, type Caller } from "@/lib/assessments/access";
import { AppError } from "@/lib/errors";
import { isoDay } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locales";
import { LlmUnavailableError, type TextStreamModel } from "@/lib/llm";
import { logger } from "@/lib/logger";
import { env } from "@/lib/env";
import { catalogueTenantIds, loadCatalogues } from "@/lib/recommendations/catalogue-store";
import { resolveTenant, type TenantSummary } from "@/lib/tenants";
import { policiesForPlace } from "@/lib/tenants/portal-policies";
import { text } from "@/lib/validation/text";
import { zodText } from "@/lib/i18n/zod";
import { isUuid } from "@/lib/shared/ids";
import { TEMPLATE_IDS, isTemplateId, type TemplateId } from "@/scoring";
import { extractiveAnswer, asksForPerson, isRelevant, type Answer } from "./answer";
import type { Embedder } from "@/lib/llm/embeddings";
import { FAQ } from "./faq-data";
import { syncIndex } from "./index-store";
import { ownPassages } from "./own";
import { retrieve, type Hit, type Scope } from "./retrieve";
import { writtenAnswer, type AnswerEvent } from "./written";

/**
 * 小镝客服: one question in, an answer with its citations out. The scope is settled before anything is
 * ranked: the portal named (its catalogue and the platform's, the policies that apply where it is), the
 * model and FAQ, and — only for a caller the assessment's own page would admit — that assessment's
 * result, plan and report. A model, when configured, writes from the passages found; without one (or
 * when it fails) the answer is extractive.
 */

export const MESSAGE_MAX = 2000;

export const assistantRequest = z
  .object({
    message: text(MESSAGE_MAX, { min: 1 }),
    tenant: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,64}$/, zodText({ "zh-CN": "门户名称只含小写字母、数字和连字符", en: "a portal's name: lower-case letters, digits and hyphens" }))
      .optional(),
    assessmentId: z.string().trim().optional(),
    lang: z.enum(["zh-CN", "en"]).optional(),
    /** The conversation so far (the model reads it; the hand-over carries it). */
    history: z
      .array(z.object({ role: z.enum(["user", "assistant"]), text: text(2000) }).strict())
      .max(12)
      .default([]),
  })
  .strict();
export type AssistantRequest = z.infer<typeof assistantRequest>;

export type CallerKind = "anonymous" | "token" | "account";

export interface Asked {
  tenant: TenantSummary;
  lang: Locale;
  hits: Hit[];
  /** Answer events: a model's sentences as they pass the check, or the extractive answer at once. */
  events: AsyncGenerator<AnswerEvent>;
}

/** The assessment named is not this caller's in this portal: one answer for every reason. */
export function assessmentNotFound(): AppError {
  return new AppError(
    "not_found",
    { "zh-CN": "assessmentId：找不到这个评测，或你无权查看", en: "assessmentId: no such assessment, or not yours to see" },
    { issues: [{ field: "assessmentId", message: { "zh-CN": "无效", en: "not valid" } }] },
  );
}

/** Where the answer's policies must apply: the portal's place, or on the platform's own site the firm's. */
async function placeOf(db: Db, tenant: TenantSummary, enterpriseId: string | null) {
  if (tenant.kind !== "platform" || !enterpriseId) return { provinceCode: tenant.provinceCode, cityCode: tenant.cityCode };
  const [firm] = await db
    .select({ provinceCode: enterprises.provinceCode, cityCode: enterprises.cityCode })
    .from(enterprises)
    .where(eq(enterprises.id, enterpriseId));
  return { provinceCode: firm?.provinceCode ?? null, cityCode: firm?.cityCode ?? null };
}

export async function buildScope(
  db: Db,
  tenant: TenantSummary,
  lang: Locale,
  own: { assessmentId: string; caller: Caller } | null,
  ownLang: Locale,
): Promise<{ scope: Scope; ownLevel: number | null }> {
  let templates: TemplateId[] = ["miit-2024-manufacturing"];
  let enterpriseId: string | null = null;
  let passages: Scope["own"] = [];
  let ownLevel: number | null = null;
  if (own) {
    if (!isUuid(own.assessmentId)) throw assessmentNotFound();
    const key = await authorise(db, own.assessmentId, own.caller, "assessment.read");
    // An assessment of another portal is not this portal's to talk about.
    if (key.tenantId !== tenant.id) throw assessmentNotFound();
    templates = isTemplateId(key.templateId) ? [key.templateId] : templates;
    enterpriseId = key.enterpriseId;
    ({ passages, level: ownLevel } = await ownPassages(db, own.assessmentId, own.caller, ownLang));
  }
  const tenantIds = await catalogueTenantIds(db, tenant.id);
  await syncIndex(db, tenantIds);
  const { policies } = await loadCatalogues(db, tenant.id);
  const place = await placeOf(db, tenant, enterpriseId);
  const policyIds = policiesForPlace(policies, place, isoDay()).map((p) => p.id);
  return { scope: { lang, tenantIds, policyIds, templates: templates.filter((t) => TEMPLATE_IDS.includes(t)), own: passages }, ownLevel };
}

/** Whether the question is in Chinese: Chinese questions are matched to Chinese passages, others to English ones. */
const searchLanguage = (message: string, fallback: Locale): Locale => (/\p{Script=Han}/u.test(message) ? "zh-CN" : /[a-z]/i.test(message) ? "en" : fallback);

export async function ask(
  db: Db,
  request: AssistantRequest,
  caller: { caller: Caller | null; kind: CallerKind },
  options: { locale: Locale; model: TextStreamModel | null; embedder?: Embedder | null; signal?: AbortSignal },
): Promise<Asked> {
  const tenant = await resolveTenant(db, request.tenant);
  const lang = request.lang ?? options.locale;
  const searchLang = searchLanguage(request.message, lang);
  if (request.assessmentId !== undefined && !caller.caller) throw assessmentNotFound();
  const own = request.assessmentId !== undefined && caller.caller ? { assessmentId: request.assessmentId, caller: caller.caller } : null;
  const { scope, ownLevel } = await buildScope(db, tenant, searchLang, own, searchLang);
  const hits = asksForPerson(request.message) ? [] : await rankedPassages(db, request.message, scope, options.embedder ?? null);
  const minSimilarity = env().ASSISTANT_MIN_SIMILARITY;
  const relevant = hits.some((h) => isRelevant(h, request.message, minSimilarity));
  const model = options.model;
  const log = (answer: Answer, byModel: boolean) =>
    recordQuestion(db, tenant.id, lang, answer, hits, caller.kind, byModel).catch((error: unknown) =>
      logger.warn("assistant: could not record a question", { error: error instanceof Error ? error.message : String(error) }),
    );

  async function* events(): AsyncGenerator<AnswerEvent> {
    if (model && relevant) {
      let sent = false;
      try {
        for await (const event of writtenAnswer(model, request.message, hits, lang, request.history, ownLevel, minSimilarity, options.signal)) {
          sent = true;
          if (event.type === "done") await log(event.answer, event.byModel === true);
          yield event;
        }
        return;
      } catch (error) {
        // The model failed before its first checked sentence: the extractive answer instead (after
        // one, writtenAnswer ends the answer itself). A caller that went away gets nothing.
        if (sent || options.signal?.aborted) throw error;
        logger.warn("assistant: model unavailable, answering from passages", { error: error instanceof Error ? error.message : String(error) });
      }
    }
    const answer = extractiveAnswer(request.message, hits, lang, minSimilarity);
    await log(answer, false);
    yield { type: "delta", text: answer.answer };
    yield { type: "done", answer };
  }
  return { tenant, lang, hits, events: events() };
}

/** Words and meaning; the words alone when the embeddings endpoint fails. */
async function rankedPassages(db: Db, question: string, scope: Scope, embedder: Embedder | null): Promise<Hit[]> {
  if (!embedder) return retrieve(db, question, scope);
  try {
    return await retrieve(db, question, scope, 8, embedder);
  } catch (error) {
    if (!(error instanceof LlmUnavailableError)) throw error;
    logger.warn("assistant: embeddings unavailable, ranking by words", { error: error.message });
    return retrieve(db, question, scope);
  }
}

async function recordQuestion(db: Db, tenantId: string, lang: Locale, answer: Answer, hits: readonly Hit[], callerKind: CallerKind, withLlm: boolean) {
  const top = hits[0];
  const topic =
    answer.outcome === "answered" && top ? (top.kind === "faq" ? `faq:${FAQ.find((f) => f.id === top.refId)?.topic ?? "other"}` : `kind:${top.kind}`) : null;
  await db.insert(assistantQuestions).values({ tenantId, lang, outcome: answer.outcome, topic, callerKind, withLlm: withLlm ? 1 : 0 });
}

/** The whole answer at once (JSON callers, tests, the benchmark). */
export async function answerOf(asked: Asked): Promise<Answer> {
  for await (const event of asked.events) if (event.type === "done") return event.answer;
  throw new Error("the answer stream ended without an answer");
}
