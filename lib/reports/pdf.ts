import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
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
import type { PdfPlan, ReportPdfInput } from "@/lib/pdf/report-document";
import { heavyWork, PoolError } from "@/lib/workers/pool";
import type { SectionProvenance } from "@/db/schema";
import { isTemplateId, type Result } from "@/scoring";
import type { PainPlanFacts, PlanFacts, ReportFacts } from "./facts";
import { consultantMade, type AuthorisedAssessment, type Caller } from "@/lib/assessments/access";
import { storedResult } from "@/lib/assessments/stored-result";
import { reportViewFor, submittedKey, type ReportView } from "./service";
import { tenantBrand } from "@/lib/tenants";

/** A report's PDF for whoever may read the report (the same check as the report page). */

/** ?variant=summary: the one-page summary instead of the whole report. */
export const reportPdfQuery = z.object({ variant: z.enum(["full", "summary"]).default("full") });
export type PdfVariant = z.infer<typeof reportPdfQuery>["variant"];

/**
 * Demo portals carry no flag of their own: the seed (db/seed/tenants.ts) names them "…（演示）" /
 * "… (demo)", the same mark demo providers carry, and a real portal never does.
 */
export function isDemoPortal(tenant: { nameZh: string; nameEn: string }): boolean {
  return /[（(]\s*演示\s*[)）]\s*$/.test(tenant.nameZh) || /\(\s*demo\s*\)\s*$/i.test(tenant.nameEn);
}

/** 前x% / 后x% (never "第0百分位"). */
function standingText(s: { side: "top" | "bottom"; percent: number; all: boolean }, language: Locale): string {
  const t = translator(language);
  if (s.all) return t(s.side === "top" ? "pdf.standing.allTop" : "pdf.standing.allBottom");
  return t(s.side === "top" ? "pdf.standing.top" : "pdf.standing.bottom", { percent: s.percent });
}

const sceneLevelText = (n: number, language: Locale) =>
  n === 0 ? translator(language)("pdf.pain.notDone") : translator(language)("pdf.pain.level", { level: n });

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
  const extra = p.extraYuan === null ? "" : t("pdf.pain.extra", { extra: formatMoney(p.extraYuan, language) });
  const summary = p.reachable
    ? t("pdf.pain.summary", { steps: p.stepCount, cost: formatMoney(p.threeYearCostYuan, language), extra })
    : t("pdf.pain.unreachable");
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

/** One plan as the PDF shows it: steps with solution names, budget, phases with their solutions. */
function pdfPlan(
  kind: PdfPlan["kind"],
  p: PlanFacts,
  facts: ReportFacts,
  names: { solution: Map<string, string>; policy: Map<string, string> },
  pain: PdfPlan["pain"],
  language: Locale,
): PdfPlan {
  const t = translator(language);
  const title = t(kind === "next" ? "pdf.plan.for" : kind === "level2" ? "pdf.plan.forLevel2" : "pdf.plan.forPain", { target: p.targetName });
  const stepName = new Map(p.steps.map((s) => [s.n, s.what]));
  const duration = new Map(facts.candidates.solutions.map((s) => [s.id, s.durationWeeks]));
  return {
    kind,
    title,
    targetName: p.targetName,
    steps: p.steps.map((s) => ({ n: s.n, what: s.what, change: s.change, solutions: s.solutionIds.map((id) => names.solution.get(id) ?? id) })),
    costYuan: p.costYuan,
    threeYearCostYuan: p.threeYearCostYuan,
    exact: p.exact,
    budget: p.budget.map((b) => ({
      line: b.line,
      oneOffYuan: b.oneOffYuan,
      yearlyYuan: b.yearlyYuan,
      firstYearYuan: b.firstYearYuan,
      threeYearYuan: b.threeYearYuan,
    })),
    phases: p.phases.map((ph) => ({
      phase: ph.phase,
      startWeek: ph.startWeek,
      endWeek: ph.endWeek,
      minWeeks: ph.weeks.min,
      maxWeeks: ph.weeks.max,
      steps: ph.steps.flatMap((n) => stepName.get(n) ?? []),
      solutions: ph.solutionIds.map((id) => {
        // A solution outside the candidates (the pain plan's own) runs as long as its phase.
        const weeks = duration.get(id) ?? ph.weeks;
        return {
          name: names.solution.get(id) ?? id,
          steps: p.steps.filter((s) => s.solutionIds.includes(id)).map((s) => s.what),
          minWeeks: Math.min(weeks.min, ph.weeks.max),
          maxWeeks: Math.min(weeks.max, ph.weeks.max),
        };
      }),
    })),
    schedule: t("pdf.schedule", { phases: p.phaseCount, min: p.weeks.min, max: p.weeks.max, providers: p.providerCount }),
    subsidy: p.bestSubsidy ? { title: names.policy.get(p.bestSubsidy.policyId) ?? p.bestSubsidy.policyId, amountYuan: p.bestSubsidy.amountYuan } : null,
    netCostYuan: p.netCostYuan,
    pain,
  };
}

export async function reportPdf(
  db: Db,
  id: string,
  caller: Caller,
  language: Locale,
  variant: PdfVariant = "full",
): Promise<{ pdf: Buffer; fileName: string }> {
  return reportPdfFor(db, await submittedKey(db, id, caller, "report.pdf"), language, variant);
}

/** For an assessment the caller is already authorised for (a token checked, or an export job). */
export async function reportPdfFor(
  db: Db,
  key: Pick<AuthorisedAssessment, "id" | "tenantId" | "relation" | "mode">,
  language: Locale,
  variant: PdfVariant = "full",
): Promise<{ pdf: Buffer; fileName: string }> {
  const { input, fileName, tenantId, assessmentId } = await reportPdfInput(db, key, language, variant);
  const pdf = await renderIsolated(input);
  await db.insert(usageEvents).values({ tenantId, assessmentId, kind: "pdf_downloaded" }).onConflictDoNothing();
  return { pdf, fileName };
}

/** What the PDF is rendered from (exported for the page-fill tests, which render it in process). */
export async function reportPdfInput(
  db: Db,
  key: Pick<AuthorisedAssessment, "id" | "tenantId" | "relation" | "mode">,
  language: Locale,
  variant: PdfVariant,
): Promise<{ input: ReportPdfInput; fileName: string; tenantId: string; assessmentId: string }> {
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
  // A report written before the 诊断报告 structure has no tables to print: it is regenerated first.
  if (facts.format !== 2)
    throw new AppError(
      "conflict",
      {
        "zh-CN": "format：这份报告是旧版格式，请先重新生成报告，再下载 PDF",
        en: "format: this report is in the old format; regenerate it, then download the PDF",
      },
      { issues: [{ field: "format", message: { "zh-CN": "旧版格式，需重新生成", en: "old format: regenerate" } }] },
    );
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
    .select({ question: assessmentFiles.questionCode, name: storedFiles.fileName, size: storedFiles.sizeBytes, caption: assessmentFiles.caption })
    .from(assessmentFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, assessmentFiles.fileId))
    .where(and(eq(assessmentFiles.assessmentId, view.assessmentId), eq(assessmentFiles.tenantId, tenant.id)));

  const t = translator(language);
  const money = (yuan: number) => formatMoney(yuan, language);
  const sep = listSeparator(language);
  const names = {
    solution: new Map(
      catalogues.solutions.map((x) => [x.id, t("pdf.ref.solution", { name: localize(x.name, language), provider: localize(x.provider.name, language) })]),
    ),
    policy: new Map(catalogues.policies.map((x) => [x.id, localize(localizedPair(x.title, x.titleEn), language)])),
  };
  // Only plans that exist get tables: one without a path has no cost (its chapter text says so).
  const plans: PdfPlan[] = [];
  if (facts.plans.next?.reachable) plans.push(pdfPlan("next", facts.plans.next, facts, names, null, language));
  // 二级 as the longer-term target when the next level is 一级 (a firm below 一级 has both).
  if (facts.plans.level2?.reachable && facts.plans.level2.targetLevel !== facts.plans.next?.targetLevel)
    plans.push(pdfPlan("level2", facts.plans.level2, facts, names, null, language));
  if (facts.plans.pain?.reachable) plans.push(pdfPlan("pain", facts.plans.pain, facts, names, painBlock(facts.plans.pain, language), language));
  const brandName = b.displayName?.[language] ?? localize(localizedPair(tenant.nameZh, tenant.nameEn), language);
  const current = view.versions.find((v) => v.version === view.version);
  const peers = facts.peers;
  const level = (n: number) => sceneLevelText(n, language);
  const input: ReportPdfInput = {
    variant,
    locale: language,
    demo: isDemoPortal(tenant),
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
    level: {
      name: facts.level.name,
      total: facts.level.total,
      description: facts.level.description,
      isReference: facts.model.isReference,
      atTop: facts.level.next === null,
    },
    peers: peers
      ? t("pdf.peers.line", { group: peers.group, count: peers.count, standing: standingText(peers.standing, language), median: peers.totalMedian })
      : null,
    dimensions: facts.dimensions.map((d) => ({
      label: d.name,
      score: d.score,
      max: d.max,
      peerMedian: d.peerMedian,
      standing: d.standing ? standingText(d.standing, language) : null,
    })),
    radar: facts.radar,
    scenes: facts.scenes.map((s) => ({ label: s.name, group: s.group, level: level(s.level), constrained: s.constrained })),
    profile: { inventory: facts.inventory, visit: facts.visit },
    diagnosis: facts.diagnosis.map((d) => ({
      item: d.name,
      now: d.today ? `${d.now} · ${d.today}` : d.now,
      target: d.target,
      words: d.quotes.map((q) => `“${q}”`).join(sep) || "—",
    })),
    targets: facts.targets
      ? {
          levelName: facts.targets.levelName,
          scenes: facts.targets.scenes.map((s) => ({ name: s.name, now: level(s.fromLevel), target: level(s.toLevel), constrained: s.constrained })),
          kpis: facts.targets.kpis.map((k) => ({ name: k.name, unit: k.unit })),
        }
      : null,
    plans,
    baselines: facts.plans.next?.baselines ?? [],
    policies: facts.candidates.policies.map((p) => ({
      title: names.policy.get(p.id) ?? p.id,
      verdict: p.verdictText,
      amount: p.amountYuan !== null ? money(p.amountYuan) : p.upToYuan !== null ? `≤ ${money(p.upToYuan)}` : "—",
      toConfirm: p.toConfirm.join(sep),
    })),
    signature: consultantMade(key.mode) || facts.visit !== null,
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
    files: files.map((f) => ({ question: f.question, name: f.name, caption: f.caption, size: `${Math.max(1, Math.round(f.size / 1024))} KB` })),
    version: { number: view.version, kind: t(kindKey(current?.kind)), method: methodText(view, language) },
  };
  const safeName = facts.firm.name.replace(/[\\/:*?"<>|\s]+/g, "_").slice(0, 60);
  const kind = variant === "summary" ? t("pdf.summary.fileName") : t("pdf.fileName");
  return { input, fileName: `${safeName}-${kind}-v${view.version}.pdf`, tenantId: tenant.id, assessmentId: view.assessmentId };
}
