import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessmentFiles, assessmentResults, assessments, storedFiles, usageEvents } from "@/db/schema";
import { templateView, type TemplateView } from "@/lib/assessments/template-view";
import { brandForAssessment } from "@/lib/consultants/brand";
import { AppError } from "@/lib/errors";
import { formatMoney, isoDay } from "@/lib/i18n/figures";
import { byLocale, listSeparator, localize, localizedPair } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { messageText, translator } from "@/lib/i18n/translate";
import { withinPixelCap } from "@/lib/files/logo";
import type { ReportPdfInput } from "@/lib/pdf/report-document";
import { heavyWork, PoolError } from "@/lib/workers/pool";
import type { SectionProvenance } from "@/db/schema";
import { isTemplateId, type Result } from "@/scoring";
import type { PainPlanFacts } from "./facts";
import type { AuthorisedAssessment, Caller } from "@/lib/assessments/access";
import { storedResult } from "@/lib/assessments/stored-result";
import { reportViewFor, submittedKey, type ReportView } from "./service";
import { tenantBrand } from "@/lib/tenants";

/** A report's PDF for whoever may read the report (the same check as the report page). */

const WRITER = {
  llm: "pdf.writer.llm",
  llm_repaired: "pdf.writer.llmRepaired",
  deterministic: "pdf.writer.deterministic",
  edited: "pdf.writer.edited",
} as const satisfies Record<SectionProvenance["writer"], string>;
const KIND = { generated: "pdf.kind.generated", edited: "pdf.kind.edited", restored: "pdf.kind.restored" } as const;
const kindKey = (kind: string | undefined) => (kind === "edited" || kind === "restored" ? KIND[kind] : KIND.generated);

function referencesToText(text: string, view: ReportView, locale: Locale): string {
  return text.replace(/\[\[(solution|policy):([a-z0-9-]+)\]\]/g, (_, kind: string, id: string) => {
    if (kind === "solution") {
      const s = view.references.solutions[id];
      return s ? translator(locale)("pdf.ref.solution", { name: s.name, provider: s.provider }) : id;
    }
    const p = view.references.policies[id];
    return p ? translator(locale)("pdf.ref.policy", { title: p.title }) : id;
  });
}

function methodText(view: ReportView, locale: Locale): string {
  const w = view.method.writers;
  const byModel = (w.llm ?? 0) + (w.llm_repaired ?? 0);
  const models = view.method.models.join(", ");
  const t = translator(locale);
  if (byModel === 0) return t("pdf.method.template");
  return t(w.deterministic ? "pdf.method.mixed" : "pdf.method.llm", { models });
}

function appendix(r: Result, tv: TemplateView, locale: Locale): ReportPdfInput["appendix"] {
  const derivations = new Map(r.derivations.map((d) => [d.code, d.explanation[locale]]));
  const questions = new Map(tv.questions.map((q) => [q.code, q]));
  const t = translator(locale);
  const basis = (source: string, code: string) =>
    source === "evidence" ? (derivations.get(code) ?? t("pdf.basis.derived")) : source === "skipped" ? t("pdf.basis.skipped") : t("pdf.basis.answered");
  const groups: ReportPdfInput["appendix"] = tv.dimensions.map((d) => ({
    group: d.label,
    rows: r.questions
      .filter((q) => q.dimension === d.code)
      .map((q) => {
        const view = questions.get(q.code);
        const codes = Array.isArray(q.answer) ? q.answer : q.answer === null ? [] : [q.answer];
        const answer = codes.map((c) => view?.options.find((o) => o.code === c)?.label ?? c).join(listSeparator(locale)) || "—";
        return {
          question: `${q.code} ${view?.label ?? ""}`,
          answer,
          points: `${Math.round(q.points * 1000) / 1000} / ${q.max}`,
          source: basis(q.source, q.code),
        };
      }),
  }));
  for (const g of tv.sceneGroups) {
    groups.push({
      group: `${t("pdf.appendix.scenes")} · ${g.label}`,
      rows: r.scenes
        .filter((s) => s.group === g.code)
        .map((s) => {
          const view = tv.scenes.find((x) => x.code === s.code);
          return {
            question: `${s.code} ${view?.label ?? ""}`,
            answer: `${s.level} · ${view?.ladder[s.level] ?? ""}`,
            points: `${s.level} / 4`,
            source: t("pdf.basis.answered"),
          };
        }),
    });
  }
  return groups;
}

/** Logos stored before uploads were re-encoded may be decompression bombs: those are left out. */
function withCheckedLogo(brand: ReportPdfInput["brand"]): ReportPdfInput["brand"] {
  return brand.logo && !withinPixelCap(brand.logo) ? { ...brand, logo: null } : brand;
}

/** 从痛点出发 in the PDF: the words that named each scene, and what the plan that lifts them costs. */
function painBlock(p: PainPlanFacts | null, language: Locale): { lines: string[]; summary: string } | null {
  if (!p) return null;
  const t = translator(language);
  const lines = p.painPoints.map((x) => {
    const words = x.words.map((w) => `“${w}”`).join(byLocale(language, { "zh-CN": "、", en: ", " }));
    const level = (n: number) => (n === 0 ? t("pdf.pain.notDone") : t("pdf.pain.level", { level: n }));
    return t("pdf.pain.line", { words, scene: x.scene, from: level(x.fromLevel), to: level(x.toLevel) });
  });
  const extra = p.extraWan === null ? "" : t("pdf.pain.extra", { extra: p.extraWan });
  const summary = p.reachable ? t("pdf.pain.summary", { steps: p.stepCount, cost: p.threeYearCostWan, extra }) : t("pdf.pain.unreachable");
  return { lines, summary };
}

export const PDF_RENDER_TIMEOUT_MS = 20_000;

/** Rendered in a worker thread with a time and memory limit: a pathological report fails alone. */
async function renderIsolated(input: ReportPdfInput): Promise<Buffer> {
  try {
    return Buffer.from(await heavyWork().run("pdf.render", input, { timeoutMs: PDF_RENDER_TIMEOUT_MS }));
  } catch (error) {
    if (!(error instanceof PoolError)) throw error;
    if (error.reason === "busy")
      throw new AppError(
        "unavailable",
        { "zh-CN": "pdf：服务器正忙于生成其他报告，请一分钟后再试", en: "pdf: the server is busy rendering other reports; try again in a minute" },
        { issues: [{ field: "pdf", message: messageText("error.busy") }] },
      );
    throw new AppError(
      "internal",
      {
        "zh-CN": `pdf：报告无法生成 PDF（${error.message}），可能需要精简报告文字`,
        en: `pdf: the report could not be rendered (${error.message}); its text may need shortening`,
      },
      { issues: [{ field: "pdf", message: error.reason }] },
    );
  }
}

export async function reportPdf(db: Db, id: string, caller: Caller, language: Locale): Promise<{ pdf: Buffer; fileName: string }> {
  return reportPdfFor(db, await submittedKey(db, id, caller, "report.pdf"), language);
}

/** For an assessment the caller is already authorised for (a token checked, or an export job). */
export async function reportPdfFor(
  db: Db,
  key: Pick<AuthorisedAssessment, "id" | "tenantId" | "relation" | "mode">,
  language: Locale,
): Promise<{ pdf: Buffer; fileName: string }> {
  const { view, tenantId, catalogues } = await reportViewFor(db, key, language);
  if (view.status !== "ready" || view.version === 0) {
    throw new AppError(
      "conflict",
      { "zh-CN": "status：报告仍在撰写中，完成后即可下载 PDF", en: "status: the report is still being written; the PDF is available once it is ready" },
      { issues: [{ field: "status", message: view.status }] },
    );
  }
  const facts = view.facts;
  if (!facts) throw new AppError("internal", { "zh-CN": "报告缺少事实数据", en: "report: a ready report without its facts" });
  const [stored] = await db
    .select({
      detail: assessmentResults.detail,
      templateId: assessmentResults.templateId,
      submittedAt: assessmentResults.submittedAt,
      consultant: assessments.consultantUserId,
    })
    .from(assessmentResults)
    .innerJoin(assessments, eq(assessments.id, assessmentResults.assessmentId))
    .where(and(eq(assessmentResults.assessmentId, view.assessmentId), eq(assessmentResults.tenantId, tenantId)));
  if (!stored || !isTemplateId(stored.templateId)) throw AppError.notFound("result");
  const result = storedResult(stored.detail);
  const template = templateView(stored.templateId, language);
  const tenant = await tenantBrand(db, tenantId);
  if (!tenant) throw AppError.notFound("tenant");
  const b = tenant.branding;
  let logo: ReportPdfInput["brand"]["logo"] = null;
  if (b.logoFileId) {
    const [file] = await db
      .select({ content: storedFiles.content, mimeType: storedFiles.mimeType })
      .from(storedFiles)
      .where(and(eq(storedFiles.id, b.logoFileId), eq(storedFiles.tenantId, tenant.id)));
    if (file && (file.mimeType === "image/png" || file.mimeType === "image/jpeg")) logo = file.content;
  }
  const files = await db
    .select({ question: assessmentFiles.questionCode, name: storedFiles.fileName, size: storedFiles.sizeBytes })
    .from(assessmentFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, assessmentFiles.fileId))
    .where(and(eq(assessmentFiles.assessmentId, view.assessmentId), eq(assessmentFiles.tenantId, tenant.id)));

  const t = translator(language);
  const money = (yuan: number) => formatMoney(yuan, language);
  const solutionName = new Map(
    catalogues.solutions.map((x) => [x.id, t("pdf.ref.solution", { name: localize(x.name, language), provider: localize(x.provider.name, language) })]),
  );
  const policyTitle = new Map(catalogues.policies.map((x) => [x.id, localize(localizedPair(x.title, x.titleEn), language)]));
  const plan = facts.plans.next;
  const brandName = b.displayName?.[language] ?? localize(localizedPair(tenant.nameZh, tenant.nameEn), language);
  const current = view.versions.find((v) => v.version === view.version);
  const input: ReportPdfInput = {
    locale: language,
    // A consultant's report carries the consultant's brand; the portal's otherwise.
    brand: withCheckedLogo(
      (await brandForAssessment(db, tenantId, stored.consultant)) ?? {
        name: brandName,
        primaryColor: b.primaryColor ?? "#1d4ed8",
        accentColor: b.accentColor ?? "#0f766e",
        logo,
      },
    ),
    firm: { name: facts.firm.name, facts: [facts.firm.region, facts.firm.industry, facts.firm.size].filter((x): x is string => !!x) },
    submittedAt: isoDay(stored.submittedAt),
    generatedAt: isoDay(view.updatedAt),
    level: { name: facts.level.name, total: facts.level.total, description: facts.level.description, isReference: facts.model.isReference },
    dimensions: facts.dimensions.map((d) => ({ label: d.name, score: d.score, max: d.max, peerMedian: d.peerMedian })),
    radar: facts.radar,
    scenes: facts.scenes.map((s) => ({ label: s.name, group: s.group, level: s.level, constrained: s.constrained })),
    plan: plan
      ? {
          targetName: plan.targetName,
          steps: plan.steps.map((s) => ({
            what: s.what,
            change: s.change,
            solution: s.solutionIds[0] ? (solutionName.get(s.solutionIds[0]) ?? s.solutionIds[0]) : null,
          })),
          costYuan: plan.costYuan,
          threeYearCostYuan: plan.threeYearCostYuan,
          exact: plan.exact,
          budget: plan.budget.map((b) => ({ line: b.line, firstYearYuan: b.firstYearYuan, threeYearYuan: b.threeYearYuan })),
          schedule: t("pdf.schedule", { phases: plan.phaseCount, min: plan.weeks.min, max: plan.weeks.max, providers: plan.providerCount }),
          baselines: plan.baselines,
          pain: painBlock(facts.plans.pain, language),
          subsidy: plan.bestSubsidy
            ? { title: policyTitle.get(plan.bestSubsidy.policyId) ?? plan.bestSubsidy.policyId, amountYuan: plan.bestSubsidy.amountYuan }
            : null,
          netCostYuan: plan.netCostYuan,
          policies: facts.candidates.policies.map((p) => ({
            title: policyTitle.get(p.id) ?? p.id,
            verdict: p.verdictText,
            amount: p.amountYuan !== null ? money(p.amountYuan) : p.upToYuan !== null ? `≤ ${money(p.upToYuan)}` : "—",
          })),
        }
      : null,
    sections: view.sections.map((s) => ({
      key: s.key,
      title: s.title,
      headline: referencesToText(s.content?.headline ?? "", view, language),
      paragraphs: (s.content?.paragraphs ?? []).map((p) => referencesToText(p, view, language)),
      bullets: (s.content?.bullets ?? []).map((p) => referencesToText(p, view, language)),
      writer: s.provenance
        ? t(WRITER[s.provenance.writer]) + (s.provenance.model && s.provenance.writer !== "deterministic" ? ` (${s.provenance.model})` : "")
        : "",
      sources: s.sources.map((src) => `${src.label}: ${src.detail}${src.links?.length ? ` ${src.links.map((l) => l.href).join(" ")}` : ""}`),
    })),
    appendix: appendix(result, template, language),
    files: files.map((f) => ({ question: f.question, name: f.name, size: `${Math.max(1, Math.round(f.size / 1024))} KB` })),
    version: { number: view.version, kind: t(kindKey(current?.kind)), method: methodText(view, language) },
  };
  const pdf = await renderIsolated(input);
  await db.insert(usageEvents).values({ tenantId: tenant.id, assessmentId: view.assessmentId, kind: "pdf_downloaded" }).onConflictDoNothing();
  const safeName = facts.firm.name.replace(/[\\/:*?"<>|\s]+/g, "_").slice(0, 60);
  return { pdf, fileName: `${safeName}-${t("pdf.fileName")}-v${view.version}.pdf` };
}
