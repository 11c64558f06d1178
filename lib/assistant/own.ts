import "server-only";
import type { Db } from "@/db/client";
import type { Caller } from "@/lib/assessments/access";
import { getResultView } from "@/lib/assessments/result-view";
import { AppError } from "@/lib/errors";
import { formatMoney, formatScore } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locales";
import { translator, type Translate } from "@/lib/i18n/translate";
import type { Plan } from "@/lib/recommendations/plan";
import { planForAssessment, type PlanView } from "@/lib/recommendations/service";
import { resolveSection } from "@/lib/reports/references";
import { getReportView } from "@/lib/reports/service";
import { getTemplate, isTemplateId } from "@/scoring";
import type { Passage } from "./passages";

/**
 * The caller's own passages: its result (level, score, what the next level lacks, scene levels,
 * weakest answers), its plans (what they buy, cost, subsidies) and its report's sections, each read
 * through the same service and authorisation as its page. Built per question, never stored.
 */

const sep = (lang: Locale) => (lang === "zh-CN" ? "、" : ", ");

function planPassage(
  t: Translate,
  lang: Locale,
  id: string,
  plan: Plan,
  view: PlanView,
  sceneName: (c: string) => string,
  questionName: (c: string) => string,
): Passage | null {
  if (plan.alreadyMet || !plan.reachable) return null;
  const names = plan.solutions.map((s) => view.solutions[s.id]?.name[lang] ?? s.id);
  const steps = plan.steps.map((s) => (s.kind === "scene" ? sceneName(s.code) : questionName(s.code)));
  const best = plan.bestSubsidy ? view.policies[plan.bestSubsidy.policyId] : null;
  const lines = [
    t(plan.exact ? "as.own.plan.exact" : "as.own.plan.found", { level: plan.target }),
    t("as.own.plan.buys", { list: names.join(sep(lang)) || "—" }),
    t("as.own.plan.changes", { list: steps.join(sep(lang)) || "—" }),
    t("as.own.plan.cost", { first: formatMoney(plan.totalCostYuan, lang), three: formatMoney(plan.threeYearCostYuan, lang) }),
    plan.bestSubsidy && best
      ? t("as.own.plan.subsidy", {
          policy: lang === "en" && best.titleEn ? best.titleEn : best.title,
          amount: formatMoney(plan.bestSubsidy.amountYuan, lang),
          net: formatMoney(plan.netCostYuan, lang),
        })
      : t("as.own.plan.noSubsidy"),
    plan.expectedEffects.length ? t("as.own.plan.effects", { list: plan.expectedEffects.map((e) => questionName(e.question)).join(sep(lang)) }) : "",
  ];
  return {
    kind: "result",
    refId: id,
    lang,
    title: t("as.own.plan.title", { level: plan.target }),
    keywords: t("as.own.plan.keywords"),
    body: lines.filter(Boolean).join("\n"),
    url: null,
  };
}

/** Empty (and no level) when the assessment is not submitted yet: nothing to cite but the model. */
export async function ownPassages(db: Db, assessmentId: string, caller: Caller, lang: Locale): Promise<{ passages: Passage[]; level: number | null }> {
  const t = translator(lang);
  let view: Awaited<ReturnType<typeof getResultView>>;
  try {
    view = await getResultView(db, assessmentId, caller, lang);
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict") return { passages: [], level: null };
    throw error;
  }
  const r = view.result;
  const template = isTemplateId(r.template.id) ? getTemplate(r.template.id) : null;
  const questionName = (code: string) => template?.questionByCode.get(code)?.def.label[lang] ?? code;
  const sceneName = (code: string) => template?.sceneByCode.get(code)?.def.label[lang] ?? code;
  const level = r.levelName[lang] ?? r.levelName["zh-CN"];
  const out: Passage[] = [];
  const gaps = r.nextLevel
    ? r.nextLevel.unmet.map((g) =>
        t(`as.own.gap.${g.kind}`, {
          short: g.kind === "score" ? formatScore(g.short) : g.short,
          required: g.kind === "score" ? formatScore(g.required) : g.required,
        }),
      )
    : [];
  out.push({
    kind: "result",
    refId: assessmentId,
    lang,
    title: t("as.own.level.title"),
    keywords: t("as.own.level.keywords"),
    body: [
      t(r.isReference ? "as.own.level.reference" : "as.own.level.official", { level, total: formatScore(r.total) }),
      t("as.own.level.dimensions", {
        foundation: formatScore(r.dimensions.FOUNDATION),
        management: formatScore(r.dimensions.MANAGEMENT),
        effect: formatScore(r.dimensions.EFFECT),
      }),
      r.nextLevel ? t("as.own.level.next", { level: r.nextLevel.level, gaps: gaps.join(sep(lang)) }) : t("as.own.level.top"),
      r.provisional ? t("as.own.level.provisional") : "",
    ]
      .filter(Boolean)
      .join("\n"),
    url: null,
  });
  out.push({
    kind: "result",
    refId: assessmentId,
    lang,
    title: t("as.own.scenes.title"),
    keywords: t("as.own.scenes.keywords"),
    body: r.scenes.map((s) => t("as.own.scenes.item", { scene: sceneName(s.code), level: s.level })).join(sep(lang)),
    url: null,
  });
  const weakest = [...r.questions].filter((q) => q.max > 0 && q.points < q.max).sort((a, b) => a.points / a.max - b.points / b.max);
  out.push({
    kind: "result",
    refId: assessmentId,
    lang,
    title: t("as.own.questions.title"),
    keywords: t("as.own.questions.keywords"),
    body: weakest
      .map((q) => t("as.own.questions.item", { question: questionName(q.code), points: formatScore(q.points), max: formatScore(q.max) }))
      .join(sep(lang)),
    url: null,
  });
  const plans = await planForAssessment(db, assessmentId, caller).catch((error: unknown) => {
    if (error instanceof AppError) return null;
    throw error;
  });
  if (plans) {
    for (const plan of [plans.next, plans.level2 && plans.level2.target !== plans.next?.target ? plans.level2 : null]) {
      const passage = plan ? planPassage(t, lang, assessmentId, plan, plans, sceneName, questionName) : null;
      if (passage) out.push(passage);
    }
  }
  const report = await getReportView(db, assessmentId, caller, lang).catch((error: unknown) => {
    if (error instanceof AppError) return null;
    throw error;
  });
  if (report && report.view.status === "ready") {
    for (const section of report.view.sections) {
      if (!section.content) continue;
      const names = {
        solutions: { ...report.view.factNames.solutions, ...report.view.references.solutions },
        policies: { ...report.view.factNames.policies, ...report.view.references.policies },
      };
      const content = resolveSection(section.content, names, lang);
      out.push({
        kind: "report",
        refId: assessmentId,
        lang,
        title: t("as.own.report.title", { section: section.title }),
        keywords: section.title,
        body: [content.headline, ...content.paragraphs, ...content.bullets].join("\n"),
        url: null,
      });
    }
  }
  return { passages: out, level: r.level };
}
