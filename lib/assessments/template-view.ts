import type { Locale } from "@/lib/i18n/locales";
import { getTemplate, type DimensionCode, type Localized, type TemplateId } from "@/scoring";

/**
 * A template as the questionnaire needs it: one language, grouped into steps (one per dimension, one
 * per scene group, then the review). Sent to the browser instead of the engine, which stays on the server.
 */

export type StepView =
  | { key: string; kind: "questions"; dimension: DimensionCode; title: string; items: string[] }
  | { key: string; kind: "scenes"; group: string; title: string; items: string[] }
  | { key: "review"; kind: "review"; title: string; items: [] };

export interface OptionView {
  code: string;
  label: string;
  points: number;
  min?: number;
  max?: number;
}

export interface QuestionView {
  code: string;
  kind: "single" | "multi" | "band" | "trend";
  indicator: string;
  label: string;
  meaning: string;
  evidenceHint: string;
  max: number;
  options: OptionView[];
  none?: string;
  figures?:
    | { kind: "ratio"; numerator: { key: string; label: string }; denominator: { key: string; label: string }; allowAbove100: boolean }
    | { kind: "trend"; measure: string; better: "higher" | "lower" };
}

export interface SceneView {
  code: string;
  group: string;
  label: string;
  /** Texts of levels 0–4. */
  ladder: [string, string, string, string, string];
}

export interface TemplateView {
  id: string;
  version: string;
  label: string;
  isReference: boolean;
  source: string;
  dimensions: { code: DimensionCode; label: string; max: number }[];
  sceneGroups: { code: string; label: string }[];
  steps: StepView[];
  questions: QuestionView[];
  scenes: SceneView[];
  constrained: string[];
  skipRules: { question: string; when: { question: string; in: string[] }; implies: string; reason: string }[];
  levelNames: string[];
  trendFlatPercent: number;
}

const REVIEW_TITLE: Localized = { "zh-CN": "检查并提交", en: "Review and submit" };
const SCENE_STEP: Localized = { "zh-CN": "数字化经营：", en: "Digital operations: " };

const views = new Map<string, TemplateView>();

export function templateView(id: TemplateId, locale: Locale, constrained?: readonly boolean[]): TemplateView {
  const key = `${id}:${locale}:${constrained?.map((c) => (c ? 1 : 0)).join("") ?? "default"}`;
  const cached = views.get(key);
  if (cached) return cached;
  const t = getTemplate(id);
  const l = (text: Localized) => text[locale];
  const flags = constrained ?? t.defaultConstrained;
  const indicatorLabels = new Map(t.def.indicators.map((i) => [i.code, l(i.label)]));
  const view: TemplateView = {
    id: t.id,
    version: t.version,
    label: l(t.def.label),
    isReference: t.def.isReference,
    source: l(t.def.source),
    dimensions: t.def.dimensions.map((d) => ({ code: d.code, label: l(d.label), max: d.max })),
    sceneGroups: t.def.sceneGroups.map((g) => ({ code: g.code, label: l(g.label) })),
    steps: [
      ...t.def.dimensions.map((d) => ({
        key: d.code.toLowerCase(),
        kind: "questions" as const,
        dimension: d.code,
        title: l(d.label),
        items: t.questions.filter((q) => q.dimension === d.code).map((q) => q.code),
      })),
      ...t.def.sceneGroups.map((g) => ({
        key: `scenes-${g.code.toLowerCase()}`,
        kind: "scenes" as const,
        group: g.code,
        title: `${l(SCENE_STEP)}${l(g.label)}`,
        items: t.scenes.filter((s) => s.def.group === g.code).map((s) => s.code),
      })),
      { key: "review", kind: "review", title: l(REVIEW_TITLE), items: [] },
    ],
    questions: t.questions.map((q) => {
      const d = q.def;
      const base = {
        code: d.code,
        kind: d.kind,
        indicator: indicatorLabels.get(d.indicator) ?? d.indicator,
        label: l(d.label),
        meaning: l(d.help.meaning),
        evidenceHint: l(d.help.evidence),
        max: d.max,
      };
      if (d.kind === "band") {
        return {
          ...base,
          options: d.options.map((o) => ({ code: o.code, label: l(o.label), points: o.points, min: o.min, max: o.max })),
          figures: {
            kind: "ratio" as const,
            numerator: { key: d.evidence.numerator.key, label: l(d.evidence.numerator.label) },
            denominator: { key: d.evidence.denominator.key, label: l(d.evidence.denominator.label) },
            allowAbove100: d.evidence.allowAbove100,
          },
        };
      }
      const options = d.options.map((o) => ({ code: o.code, label: l(o.label), points: o.points }));
      if (d.kind === "trend") return { ...base, options, figures: { kind: "trend" as const, measure: l(d.evidence.measure), better: d.evidence.better } };
      if (d.kind === "multi") return { ...base, options, none: d.none };
      return { ...base, options };
    }),
    scenes: t.scenes.map((s) => ({
      code: s.code,
      group: s.def.group,
      label: l(s.def.label),
      ladder: [l(t.def.sceneLevelZero), l(s.def.ladder[1]), l(s.def.ladder[2]), l(s.def.ladder[3]), l(s.def.ladder[4])],
    })),
    constrained: t.scenes.filter((_, i) => flags[i]).map((s) => s.code),
    skipRules: t.def.skipRules.map((r) => ({ question: r.question, when: r.when, implies: r.implies, reason: l(r.reason) })),
    levelNames: [0, 1, 2, 3, 4].map((n) => l(t.def.levelNames[n as 0 | 1 | 2 | 3 | 4])),
    trendFlatPercent: t.def.trendFlatPercent,
  };
  views.set(key, view);
  return view;
}
