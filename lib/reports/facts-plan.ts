import { truncateScore } from "@/lib/i18n/figures";
import { enumSeparator, localize } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import type { Plan, PlanStep } from "@/lib/recommendations/plan";
import type { PainPlanFacts, PlanFacts, StepFacts } from "@/prompts/report";
import type { CompiledTemplate } from "@/scoring";
import { plainWords } from "./plain-words";

/** A plan as the report states it: steps in words, budget lines, the schedule as phases and weeks. */

export const r1 = (n: number) => Math.round(n * 10) / 10;
/** Scores for prose: at most two decimals, never rounded up across a threshold (39.995 is not 40); the pages print them the same way. */
export const r2 = truncateScore;
/** 万元 with at most two decimals. */
export const wan = (yuan: number) => Math.round(yuan / 100) / 100;

const BUDGET_LINES = {
  software: { "zh-CN": "软件", en: "software" },
  hardware: { "zh-CN": "硬件", en: "hardware" },
  services: { "zh-CN": "服务", en: "services" },
} as const;

function optionLabels(t: CompiledTemplate, code: string, value: PlanStep["from"], language: Locale): string {
  const q = t.questionByCode.get(code);
  const codes = Array.isArray(value) ? value : value === null ? [] : [String(value)];
  return codes.map((c) => plainWords(q?.def.options.find((o) => o.code === c)?.label[language] ?? c, language)).join(enumSeparator(language));
}

/** The scene's rung at `level` in words, or null for level 0. */
export function rungText(t: CompiledTemplate, scene: string, level: number, language: Locale): string | null {
  const def = t.sceneByCode.get(scene)?.def;
  if (!def || level < 1 || level > 4) return null;
  return plainWords(def.ladder[level as 1 | 2 | 3 | 4][language], language);
}

function stepFacts(t: CompiledTemplate, plan: Plan, step: PlanStep, n: number, language: Locale): StepFacts {
  const none = localize({ "zh-CN": "无", en: "none" }, language);
  const phase = plan.schedule.phases.find((p) => step.solutionIds.some((id) => p.solutionIds.includes(id)))?.phase ?? null;
  const alternativeIds = step.candidates.map((c) => c.id).filter((id) => !step.solutionIds.includes(id));
  if (step.kind === "scene") {
    const scene = t.sceneByCode.get(step.code);
    const name = scene?.def.label[language] ?? step.code;
    const change = localize(
      { "zh-CN": `从${String(step.from)}级提升到${String(step.to)}级`, en: `from level ${String(step.from)} to level ${String(step.to)}` },
      language,
    );
    return {
      n,
      what: name,
      kind: "scene",
      code: step.code,
      fromLevel: Number(step.from ?? 0),
      toLevel: Number(step.to),
      change,
      means: rungText(t, step.code, Number(step.to), language),
      solutionIds: step.solutionIds,
      alternativeIds,
      phase,
    };
  }
  const q = t.questionByCode.get(step.code);
  // The indicator names the step better than the question's wording ("数据采集", not "以下哪些…").
  const indicator = q ? t.def.indicators.find((i) => i.code === q.def.indicator) : undefined;
  const what = indicator?.label[language] ?? (q?.def.label[language] ?? step.code).replace(/[？?]\s*$/, "");
  let change: string;
  let means: string;
  if (Array.isArray(step.to)) {
    const before = new Set(Array.isArray(step.from) ? step.from : []);
    means = optionLabels(
      t,
      step.code,
      step.to.filter((o) => !before.has(o)),
      language,
    );
    change = localize({ "zh-CN": "新增", en: "add: " }, language) + means;
  } else {
    means = optionLabels(t, step.code, step.to, language);
    change = `${step.from === null ? none : optionLabels(t, step.code, step.from, language)} → ${means}`;
  }
  return { n, what, kind: "indicator", code: step.code, fromLevel: null, toLevel: null, change, means, solutionIds: step.solutionIds, alternativeIds, phase };
}

export function planFacts(t: CompiledTemplate, plan: Plan, language: Locale): PlanFacts {
  const steps = plan.steps.map((s, i) => stepFacts(t, plan, s, i + 1, language));
  let week = 0;
  const phases = plan.schedule.phases.map((p) => {
    // Weeks counted from 1: phase 1 runs in weeks 1–n.
    const startWeek = week + 1;
    week += p.weeks.max;
    return {
      phase: p.phase,
      solutionIds: p.solutionIds,
      steps: steps.filter((s) => s.phase === p.phase).map((s) => s.n),
      weeks: p.weeks,
      startWeek,
      endWeek: week,
    };
  });
  return {
    targetLevel: plan.target,
    targetName: t.def.levelNames[plan.target][language],
    reachable: plan.reachable,
    stepCount: plan.steps.length,
    steps,
    totalAfter: r2(plan.totalAfter),
    levelAfter: plan.levelAfter,
    exact: plan.exact,
    timedOut: plan.timedOut,
    costYuan: plan.totalCostYuan,
    costWan: wan(plan.totalCostYuan),
    threeYearCostYuan: plan.threeYearCostYuan,
    threeYearCostWan: wan(plan.threeYearCostYuan),
    solutionCount: plan.solutions.length,
    providerCount: plan.providers,
    budget: plan.budget.map((r) => ({
      line: BUDGET_LINES[r.line][language],
      oneOffWan: wan(r.oneOffYuan),
      oneOffYuan: r.oneOffYuan,
      yearlyYuan: r.yearlyYuan,
      yearlyWan: wan(r.yearlyYuan),
      threeYearWan: wan(r.threeYearYuan),
      firstYearWan: wan(r.firstYearYuan),
      threeYearYuan: r.threeYearYuan,
      firstYearYuan: r.firstYearYuan,
    })),
    weeks: plan.schedule.weeks,
    phaseCount: plan.schedule.phases.length,
    phases,
    baselines: plan.expectedEffects.map((e) => e.measure[language]),
    bestSubsidy: plan.bestSubsidy ? { ...plan.bestSubsidy, amountWan: wan(plan.bestSubsidy.amountYuan) } : null,
    netCostYuan: plan.netCostYuan,
    netCostWan: wan(plan.netCostYuan),
  };
}

/** Clauses a report may quote: no figures, level words, brackets or instructions (those are never facts). */
const UNQUOTABLE =
  /[0-9０-９<>《》「」〈〉【】[\]{}]|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+\s*[级級元分%]|\blevel\b|忽略|无视|规则|指令|提示词|ignore|instruction|prompt|system/i;

export function quotable(clause: string): boolean {
  return clause.trim().length >= 2 && !UNQUOTABLE.test(clause);
}

/** The firm's description as the report may quote it: its clean clauses, at most 120 characters. */
export function quotableText(text: string | undefined): string | null {
  if (!text) return null;
  const clauses = text
    .split(/[。；;！!？?\n]/)
    .map((c) => c.trim())
    .filter(quotable);
  let out = "";
  for (const c of clauses) {
    const next = out ? `${out}。${c}` : c;
    if ([...next].length > 120) break;
    out = next;
  }
  return out || null;
}

/** The clause of the firm's text that holds `word` (cut at punctuation, at most 40 characters); the word alone when the clause may not be quoted. */
export function clauseAround(text: string, word: string): string {
  const at = text.toLowerCase().indexOf(word.toLowerCase());
  if (at < 0) return word;
  const stops = /[，。；;！？!?\n,]/;
  let from = at;
  while (from > 0 && !stops.test(text[from - 1]!)) from--;
  let to = at + word.length;
  while (to < text.length && !stops.test(text[to]!)) to++;
  const clause = text.slice(from, to).trim();
  return [...clause].length <= 40 && quotable(clause) ? clause : word;
}

export function painPlanFacts(t: CompiledTemplate, plan: Plan, leastCost: Plan | null, firmText: string, language: Locale): PainPlanFacts {
  // A difference between two proven optima only.
  const extra = plan.reachable && plan.exact && leastCost?.reachable && leastCost.exact ? plan.threeYearCostYuan - leastCost.threeYearCostYuan : null;
  return {
    ...planFacts(t, plan, language),
    painPoints: plan.painPoints.map((p) => ({
      scene: t.sceneByCode.get(p.scene)?.def.label[language] ?? p.scene,
      words: p.words,
      quote: clauseAround(firmText, p.words[0] ?? ""),
      fromLevel: p.from,
      toLevel: p.to,
    })),
    extraWan: extra === null ? null : wan(extra),
    extraYuan: extra,
  };
}
