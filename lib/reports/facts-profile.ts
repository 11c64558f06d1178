import { enumSeparator, localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import type { DiagnosisItem, IndustryFacts, PainPlanFacts, PlanFacts, ReportFacts } from "@/prompts/report";
import type { CompiledTemplate, Result } from "@/scoring";
import { r2, rungText } from "./facts-plan";
import { plainWords } from "./plain-words";

/**
 * The parts of the facts about the firm itself: what it reported it runs (the inventory), where it
 * stands among peers in words a reader takes in, the weak points the plans address, and the targets.
 */

type Standing = NonNullable<ReportFacts["peers"]>["standing"];

/** 前 x% / 后 x% from the share of peers below (0–100); "all" above or below every one. */
export function standingOf(percentile: number): Standing {
  if (percentile >= 100) return { side: "top", percent: 0, all: true };
  if (percentile <= 0) return { side: "bottom", percent: 0, all: true };
  if (percentile >= 50) return { side: "top", percent: Math.max(1, Math.ceil(100 - percentile)), all: false };
  return { side: "bottom", percent: Math.max(1, Math.ceil(percentile)), all: false };
}

/** The foundation answers as an inventory: equipment (with its figures), networks, systems, data, security. */
export function inventoryOf(t: CompiledTemplate, result: Result, language: Locale): { item: string; value: string }[] {
  const explained = new Map(result.derivations.map((d) => [d.code, d.explanation[language]]));
  const none = localize({ "zh-CN": "未填写", en: "not given" }, language);
  return result.questions
    .filter((q) => q.dimension === "FOUNDATION")
    .map((q) => {
      const def = t.questionByCode.get(q.code)?.def;
      const item = plainWords((def?.shortLabel ?? t.def.indicators.find((i) => i.code === def?.indicator)?.label)?.[language] ?? q.code, language);
      const codes = Array.isArray(q.answer) ? q.answer : q.answer === null ? [] : [q.answer];
      const labels = codes.map((c) => plainWords(def?.options.find((o) => o.code === c)?.label[language] ?? c, language)).join(enumSeparator(language));
      const figures = q.source === "evidence" ? explained.get(q.code) : undefined;
      return { item, value: (labels || none) + (figures ? localize({ "zh-CN": `（${figures}）`, en: ` (${figures})` }, language) : "") };
    });
}

/** Scenes already run on a dedicated information system (level 2 or above). */
export function systemsOf(t: CompiledTemplate, result: Result, language: Locale): string[] {
  return result.scenes.filter((s) => s.level >= 2).map((s) => t.sceneByCode.get(s.code)?.def.label[language] ?? s.code);
}

/**
 * The weak points the plans change, each with what the answers say today, what the target means, the
 * firm's own words about it and the industry's typical pains there. Only what a plan changes: the
 * diagnosis names the same scenes and indicators as the plan.
 */
export function diagnosisOf(
  t: CompiledTemplate,
  result: Result,
  plans: readonly (PlanFacts | null)[],
  pain: PainPlanFacts | null,
  industry: IndustryFacts,
  language: Locale,
): DiagnosisItem[] {
  const items = new Map<string, DiagnosisItem>();
  const allScenes = t.scenes.map((s) => s.def.label[language]);
  const otherScenes = (name: string) => allScenes.filter((n) => n !== name);
  const sceneByName = new Map(result.scenes.map((s) => [t.sceneByCode.get(s.code)?.def.label[language] ?? s.code, s]));
  for (const plan of [...plans, pain]) {
    for (const step of plan?.steps ?? []) {
      if (items.has(step.what)) continue;
      if (step.kind === "scene") {
        const scene = sceneByName.get(step.what);
        if (!scene) continue;
        const quotes = (pain?.painPoints ?? []).filter((p) => p.scene === step.what).map((p) => p.quote);
        items.set(step.what, {
          kind: "scene",
          name: step.what,
          now:
            scene.level === 0
              ? localize({ "zh-CN": "未开展", en: "not done" }, language)
              : localize({ "zh-CN": `${scene.level}级`, en: `level ${scene.level}` }, language),
          today:
            rungText(t, scene.code, scene.level, language) ??
            localize({ "zh-CN": "尚未开展这项业务的数字化", en: "this activity is not yet digitised" }, language),
          target: step.means ?? "",
          constrained: scene.constrained,
          quotes: [...new Set(quotes)],
          // The industry's pains about this scene, unless they name another scene (a diagnosis names its own).
          industryPains: industry.pains
            .filter((p) => p.scenes.includes(scene.code) && !otherScenes(step.what).some((n) => p.text.includes(n)))
            .map((p) => p.text),
        });
      } else {
        const q = result.questions.find((x) => x.code === step.code);
        const def = t.questionByCode.get(step.code)?.def;
        const codes = q ? (Array.isArray(q.answer) ? q.answer : q.answer === null ? [] : [q.answer]) : [];
        const labels = codes.map((c) => plainWords(def?.options.find((o) => o.code === c)?.label[language] ?? c, language));
        items.set(step.what, {
          kind: "indicator",
          name: step.what,
          now: q ? localize({ "zh-CN": `${r2(q.points)}/${q.max}分`, en: `${r2(q.points)} of ${q.max}` }, language) : "",
          today:
            labels.length > 0
              ? localize({ "zh-CN": "现有：", en: "today: " }, language) + labels.join(enumSeparator(language))
              : localize({ "zh-CN": "尚未开展", en: "nothing yet" }, language),
          target: step.means ? (step.change.startsWith(step.means) ? step.means : step.change) : "",
          constrained: false,
          quotes: [],
          industryPains: [],
        });
      }
    }
  }
  return [...items.values()];
}

/** The target of the plan to the next level: the level, each scene's target, the measures to record now. */
export function targetsOf(plan: PlanFacts | null, diagnosis: readonly DiagnosisItem[], industry: IndustryFacts): ReportFacts["targets"] {
  if (!plan) return null;
  const sceneSteps = plan.steps.filter((s) => s.kind === "scene");
  const scenes = sceneSteps.map((s) => ({
    name: s.what,
    fromLevel: s.fromLevel ?? 0,
    toLevel: s.toLevel ?? 0,
    constrained: diagnosis.find((d) => d.name === s.what)?.constrained ?? false,
  }));
  const planScenes = new Set(sceneSteps.map((s) => s.code));
  // The outcome measures the model asks for, then the industry's own where they concern a scene of the plan.
  const kpis = [
    ...plan.baselines.map((name) => ({ name, unit: "", baseline: null })),
    ...industry.kpis.filter((k) => k.scenes.some((code) => planScenes.has(code))).map((k) => ({ name: k.name, unit: k.unit, baseline: null })),
  ];
  const seen = new Set<string>();
  return {
    level: plan.targetLevel,
    levelName: plan.targetName,
    sceneCount: scenes.length,
    scenes,
    kpis: kpis.filter((k) => !seen.has(k.name) && seen.add(k.name)).slice(0, 8),
  };
}
