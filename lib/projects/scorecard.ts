import type { Localized } from "@/lib/i18n/localized";

/**
 * A provider's scorecard on a portal (pure). Five measures, each a share from 0 to 1 with the count it
 * rests on; the score is their weighted mean × 100 over the measures that have data, the weights
 * renormalised, so a provider is never marked down for what has not happened yet. The formula is shown
 * with the card: a portal can explain every point.
 */

export interface ScorecardFacts {
  provider: string;
  projects: number;
  /** Projects whose after-assessment is submitted, their mean level gain, and how many reached their target. */
  withAfter: number;
  levelGain: number | null;
  reachedTarget: number;
  /** Milestones judged (done, or open past their date) and those done by their date. */
  milestonesDone: number;
  milestonesOnTime: number;
  /** Projects with an acceptance decision, and how many passed at the first one. */
  decided: number;
  firstPass: number;
  satisfactionCount: number;
  satisfactionAverage: number | null;
  outcomeCount: number;
  outcomeAverage: number | null;
}

export const SCORE_WEIGHTS = { target: 30, acceptance: 25, onTime: 15, satisfaction: 20, outcome: 10 } as const;
export type Measure = keyof typeof SCORE_WEIGHTS;

export const MEASURE_NAMES: Record<Measure, Localized> = {
  target: { "zh-CN": "达到目标等级", en: "Target level reached" },
  acceptance: { "zh-CN": "一次验收通过", en: "Passed acceptance at the first decision" },
  onTime: { "zh-CN": "里程碑按期完成", en: "Milestones on time" },
  satisfaction: { "zh-CN": "企业满意度", en: "Firms' satisfaction" },
  outcome: { "zh-CN": "一年回访成效", en: "Outcome one year on" },
};

export const SCORE_FORMULA: Localized = {
  "zh-CN":
    "得分 = 100 × Σ(权重 × 指标) ÷ Σ(有数据指标的权重)。指标：达到目标等级的项目占比（权重 30）、一次验收通过率（25）、里程碑按期完成率（15）、满意度 (平均分−1)÷4（20）、一年回访 (平均分−1)÷4（10）。没有数据的指标不计入。",
  en: "Score = 100 × Σ(weight × measure) ÷ Σ(weights of the measures with data). Measures: share of projects reaching their target level (weight 30), first-decision acceptance rate (25), milestones on time (15), satisfaction (mean − 1) ÷ 4 (20), outcome one year on (mean − 1) ÷ 4 (10). A measure without data is left out.",
};

export interface Scorecard {
  provider: string;
  facts: ScorecardFacts;
  measures: { measure: Measure; value: number | null; basis: number; weight: number }[];
  /** 0–100, or null when no measure has data yet. */
  score: number | null;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const rating = (average: number | null, count: number) => (count > 0 && average !== null ? (average - 1) / 4 : null);

export function scorecard(f: ScorecardFacts): Scorecard {
  const measures: Scorecard["measures"] = [
    { measure: "target", value: share(f.reachedTarget, f.withAfter), basis: f.withAfter, weight: SCORE_WEIGHTS.target },
    { measure: "acceptance", value: share(f.firstPass, f.decided), basis: f.decided, weight: SCORE_WEIGHTS.acceptance },
    { measure: "onTime", value: share(f.milestonesOnTime, f.milestonesDone), basis: f.milestonesDone, weight: SCORE_WEIGHTS.onTime },
    { measure: "satisfaction", value: rating(f.satisfactionAverage, f.satisfactionCount), basis: f.satisfactionCount, weight: SCORE_WEIGHTS.satisfaction },
    { measure: "outcome", value: rating(f.outcomeAverage, f.outcomeCount), basis: f.outcomeCount, weight: SCORE_WEIGHTS.outcome },
  ];
  const present = measures.filter((m) => m.value !== null);
  const weights = present.reduce((s, m) => s + m.weight, 0);
  const score = weights > 0 ? Math.round((1000 * present.reduce((s, m) => s + m.weight * m.value!, 0)) / weights) / 10 : null;
  return { provider: f.provider, facts: f, measures, score };
}
