import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessmentFiles, assessmentResults, assessments, storedFiles, tenants, usageEvents } from "@/db/schema";
import { templateView, type TemplateView } from "@/lib/assessments/template-view";
import { brandForAssessment } from "@/lib/consultants/brand";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { withinPixelCap } from "@/lib/files/logo";
import { formatYuan, type ReportPdfInput } from "@/lib/pdf/report-document";
import { heavyWork, PoolError } from "@/lib/workers/pool";
import type { SectionProvenance } from "@/db/schema";
import { isTemplateId, type Result } from "@/scoring";
import type { PainPlanFacts, ReportFacts } from "./facts";
import type { AuthorisedAssessment, Caller } from "@/lib/assessments/access";
import { reportViewFor, submittedKey, type ReportView } from "./service";

/** A report's PDF for whoever may read the report (the same check as the report page). */

const L = (locale: Locale, zh: string, en: string) => (locale === "en" ? en : zh);
const WRITER: Record<SectionProvenance["writer"], [string, string]> = {
  llm: ["大模型撰写，已通过事实核对", "language model, checked against the facts"],
  llm_repaired: ["大模型撰写（经一次修正），已通过事实核对", "language model (one repair), checked against the facts"],
  deterministic: ["模板撰写", "template writer"],
  edited: ["人工修订", "edited by hand"],
};
const KIND: Record<string, [string, string]> = { generated: ["自动生成", "generated"], edited: ["修订", "edited"], restored: ["恢复", "restored"] };

function referencesToText(text: string, view: ReportView, locale: Locale): string {
  return text.replace(/\[\[(solution|policy):([a-z0-9-]+)\]\]/g, (_, kind: string, id: string) => {
    if (kind === "solution") {
      const s = view.references.solutions[id];
      return s ? (locale === "en" ? `“${s.name}” (${s.provider})` : `「${s.name}」（${s.provider}）`) : id;
    }
    const p = view.references.policies[id];
    return p ? (locale === "en" ? `“${p.title}”` : `《${p.title}》`) : id;
  });
}

function methodText(view: ReportView, locale: Locale): string {
  const w = view.method.writers;
  const byModel = (w.llm ?? 0) + (w.llm_repaired ?? 0);
  const models = view.method.models.join(", ");
  if (byModel === 0) return L(locale, "本报告由模板撰写器根据评测引擎计算的事实生成，未使用大模型。", "Written by the template writer from facts computed by the scoring engine; no language model was used.");
  if (w.deterministic) return L(locale, `本报告由大模型 ${models} 与模板撰写器共同完成，所有数字、方案与政策均已核对。`, `Written by the language model ${models} and the template writer; every figure, solution and policy was checked.`);
  return L(locale, `本报告由大模型 ${models} 根据评测引擎计算的事实撰写，所有数字、方案与政策均已核对。`, `Written by the language model ${models} from facts computed by the scoring engine; every figure, solution and policy was checked.`);
}

function appendix(r: Result, tv: TemplateView, locale: Locale): ReportPdfInput["appendix"] {
  const derivations = new Map(r.derivations.map((d) => [d.code, d.explanation[locale]]));
  const questions = new Map(tv.questions.map((q) => [q.code, q]));
  const basis = (source: string, code: string) =>
    source === "evidence" ? (derivations.get(code) ?? L(locale, "由填报数据推算", "derived from figures")) : source === "skipped" ? L(locale, "按跳题规则推定", "implied by a skip rule") : L(locale, "企业作答", "answered by the firm");
  const groups: ReportPdfInput["appendix"] = tv.dimensions.map((d) => ({
    group: d.label,
    rows: r.questions
      .filter((q) => q.dimension === d.code)
      .map((q) => {
        const view = questions.get(q.code);
        const codes = Array.isArray(q.answer) ? q.answer : q.answer === null ? [] : [q.answer];
        const answer = codes.map((c) => view?.options.find((o) => o.code === c)?.label ?? c).join(locale === "en" ? "; " : "；") || "—";
        return { question: `${q.code} ${view?.label ?? ""}`, answer, points: `${Math.round(q.points * 1000) / 1000} / ${q.max}`, source: basis(q.source, q.code) };
      }),
  }));
  for (const g of tv.sceneGroups) {
    groups.push({
      group: `${L(locale, "业务场景", "Business scenes")} · ${g.label}`,
      rows: r.scenes
        .filter((s) => s.group === g.code)
        .map((s) => {
          const view = tv.scenes.find((x) => x.code === s.code);
          return { question: `${s.code} ${view?.label ?? ""}`, answer: `${s.level} · ${view?.ladder[s.level] ?? ""}`, points: `${s.level} / 4`, source: L(locale, "企业作答", "answered by the firm") };
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
  const en = language === "en";
  const lines = p.painPoints.map((x) => {
    const words = x.words.map((w) => `“${w}”`).join(en ? ", " : "、");
    const level = (n: number) => (n === 0 ? (en ? "not done" : "未开展") : en ? `level ${n}` : `${n}级`);
    return en ? `${words}: ${x.scene}, ${level(x.fromLevel)} → ${level(x.toLevel)}` : `${words}：${x.scene}，${level(x.fromLevel)} → ${level(x.toLevel)}`;
  });
  const extra = p.extraWan === null ? "" : en ? `; ${p.extraWan} ×10k yuan more than the least-cost plan` : `，比三年总成本最低的方案多${p.extraWan}万元`;
  const summary = !p.reachable
    ? en
      ? "With the current catalogue these scenes cannot be lifted as well as reaching the target."
      : "按现有方案目录，无法在达到目标等级的同时把这些场景提升到位。"
    : en
      ? `Lifting these scenes as well: ${p.stepCount} step(s), about ${p.threeYearCostWan} ×10k yuan over three years${extra}.`
      : `同时提升这些场景：共${p.stepCount}步，三年总成本约${p.threeYearCostWan}万元${extra}。`;
  return { lines, summary };
}

export const PDF_RENDER_TIMEOUT_MS = 20_000;

/** Rendered in a worker thread with a time and memory limit: a pathological report fails alone. */
async function renderIsolated(input: ReportPdfInput): Promise<Buffer> {
  try {
    return Buffer.from(await heavyWork().run("pdf.render", input, { timeoutMs: PDF_RENDER_TIMEOUT_MS }));
  } catch (error) {
    if (!(error instanceof PoolError)) throw error;
    if (error.reason === "busy") throw new AppError("unavailable", "pdf: the server is busy rendering other reports; try again in a minute", { issues: [{ field: "pdf", message: "busy" }] });
    throw new AppError("internal", `pdf: the report could not be rendered (${error.message}); its text may need shortening`, { issues: [{ field: "pdf", message: error.reason }] });
  }
}

export async function reportPdf(db: Db, id: string, caller: Caller, language: Locale): Promise<{ pdf: Buffer; fileName: string }> {
  return reportPdfFor(db, await submittedKey(db, id, caller, "report.pdf"), language);
}

/** For an assessment the caller is already authorised for (a token checked, or an export job). */
export async function reportPdfFor(db: Db, key: Pick<AuthorisedAssessment, "id" | "tenantId" | "relation" | "mode">, language: Locale): Promise<{ pdf: Buffer; fileName: string }> {
  const { view, tenantId, catalogues } = await reportViewFor(db, key, language);
  if (view.status !== "ready" || view.version === 0) {
    throw new AppError("conflict", "status: the report is still being written; the PDF is available once it is ready", { issues: [{ field: "status", message: view.status }] });
  }
  const facts = view.facts as ReportFacts;
  const [stored] = await db
    .select({ detail: assessmentResults.detail, templateId: assessmentResults.templateId, submittedAt: assessmentResults.submittedAt, consultant: assessments.consultantUserId })
    .from(assessmentResults)
    .innerJoin(assessments, eq(assessments.id, assessmentResults.assessmentId))
    .where(and(eq(assessmentResults.assessmentId, view.assessmentId), eq(assessmentResults.tenantId, tenantId)));
  if (!stored || !isTemplateId(stored.templateId)) throw AppError.notFound("result");
  const result = stored.detail as unknown as Result;
  const template = templateView(stored.templateId, language);
  const [tenant] = await db.select({ id: tenants.id, nameZh: tenants.nameZh, nameEn: tenants.nameEn, branding: tenants.branding }).from(tenants).where(eq(tenants.id, tenantId));
  if (!tenant) throw AppError.notFound("tenant");
  const b = tenant.branding;
  let logo: ReportPdfInput["brand"]["logo"] = null;
  if (b.logoFileId) {
    const [file] = await db.select({ content: storedFiles.content, mimeType: storedFiles.mimeType }).from(storedFiles).where(and(eq(storedFiles.id, b.logoFileId), eq(storedFiles.tenantId, tenant.id)));
    if (file && (file.mimeType === "image/png" || file.mimeType === "image/jpeg")) logo = file.content;
  }
  const files = await db
    .select({ question: assessmentFiles.questionCode, name: storedFiles.fileName, size: storedFiles.sizeBytes })
    .from(assessmentFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, assessmentFiles.fileId))
    .where(and(eq(assessmentFiles.assessmentId, view.assessmentId), eq(assessmentFiles.tenantId, tenant.id)));

  const solutionName = new Map(catalogues.solutions.map((x) => [x.id, language === "en" ? `“${x.name.en}” (${x.provider.name.en})` : `「${x.name["zh-CN"]}」（${x.provider.name["zh-CN"]}）`]));
  const policyTitle = new Map(catalogues.policies.map((x) => [x.id, language === "en" ? x.titleEn : x.title]));
  const plan = facts.plans.next;
  const brandName = (language === "en" ? b.displayName?.en : b.displayName?.["zh-CN"]) ?? (language === "en" ? tenant.nameEn : tenant.nameZh);
  const current = view.versions.find((v) => v.version === view.version);
  const input: ReportPdfInput = {
    locale: language,
    // A consultant's report carries the consultant's brand; the portal's otherwise.
    brand: withCheckedLogo((await brandForAssessment(db, tenantId, stored.consultant)) ?? { name: brandName, primaryColor: b.primaryColor ?? "#1d4ed8", accentColor: b.accentColor ?? "#0f766e", logo }),
    firm: { name: facts.firm.name, facts: [facts.firm.region, facts.firm.industry, facts.firm.size].filter((x): x is string => !!x) },
    submittedAt: stored.submittedAt.toISOString().slice(0, 10),
    generatedAt: view.updatedAt.slice(0, 10),
    level: { name: facts.level.name, total: facts.level.total, description: facts.level.description, isReference: facts.model.isReference },
    dimensions: facts.dimensions.map((d) => ({ label: d.name, score: d.score, max: d.max, peerMedian: d.peerMedian })),
    radar: facts.radar,
    scenes: facts.scenes.map((s) => ({ label: s.name, group: s.group, level: s.level, constrained: s.constrained })),
    plan: plan
      ? {
          targetName: plan.targetName,
          steps: plan.steps.map((s) => ({ what: s.what, change: s.change, solution: s.solutionIds[0] ? (solutionName.get(s.solutionIds[0]) ?? s.solutionIds[0]) : null })),
          costYuan: plan.costYuan,
          threeYearCostYuan: plan.threeYearCostYuan,
          exact: plan.exact,
          budget: plan.budget.map((b) => ({ line: b.line, firstYearYuan: b.firstYearYuan, threeYearYuan: b.threeYearYuan })),
          schedule:
            language === "en"
              ? `In ${plan.phaseCount} phase(s), about ${plan.weeks.min}–${plan.weeks.max} weeks; solutions within a phase run in parallel; ${plan.providerCount} provider(s).`
              : `分${plan.phaseCount}个阶段实施，约${plan.weeks.min}–${plan.weeks.max}周，同一阶段的方案可并行；涉及${plan.providerCount}家服务商。`,
          baselines: plan.baselines,
          pain: painBlock(facts.plans.pain, language),
          subsidy: plan.bestSubsidy ? { title: policyTitle.get(plan.bestSubsidy.policyId) ?? plan.bestSubsidy.policyId, amountYuan: plan.bestSubsidy.amountYuan } : null,
          netCostYuan: plan.netCostYuan,
          policies: facts.candidates.policies.map((p) => ({
            title: policyTitle.get(p.id) ?? p.id,
            verdict: p.verdictText,
            amount: p.amountYuan !== null ? formatYuan(language, p.amountYuan) : p.upToYuan !== null ? `≤ ${formatYuan(language, p.upToYuan)}` : "—",
          })),
        }
      : null,
    sections: view.sections.map((s) => ({
      title: s.title,
      headline: referencesToText(s.content?.headline ?? "", view, language),
      paragraphs: (s.content?.paragraphs ?? []).map((p) => referencesToText(p, view, language)),
      bullets: (s.content?.bullets ?? []).map((p) => referencesToText(p, view, language)),
      writer: s.provenance ? WRITER[s.provenance.writer][language === "en" ? 1 : 0] + (s.provenance.model && s.provenance.writer !== "deterministic" ? ` (${s.provenance.model})` : "") : "",
      sources: s.sources.map((src) => `${src.label}: ${src.detail}${src.links?.length ? ` ${src.links.map((l) => l.href).join(" ")}` : ""}`),
    })),
    appendix: appendix(result, template, language),
    files: files.map((f) => ({ question: f.question, name: f.name, size: `${Math.max(1, Math.round(f.size / 1024))} KB` })),
    version: { number: view.version, kind: KIND[current?.kind ?? "generated"]?.[language === "en" ? 1 : 0] ?? "", method: methodText(view, language) },
  };
  const pdf = await renderIsolated(input);
  await db.insert(usageEvents).values({ tenantId: tenant.id, assessmentId: view.assessmentId, kind: "pdf_downloaded" }).onConflictDoNothing();
  const safeName = facts.firm.name.replace(/[\\/:*?"<>|\s]+/g, "_").slice(0, 60);
  return { pdf, fileName: `${safeName}-${language === "en" ? "diagnostic-report" : "数字化诊断报告"}-v${view.version}.pdf` };
}
