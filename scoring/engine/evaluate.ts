import { constrainedFlags, type CompiledTemplate } from "../model/load";
import type { DimensionCode, Localized } from "../model/schema";
import { resolveAnswers, type Derivation } from "./evidence";
import { applySkipRules } from "./skip";
import { levelOf, scoreAnswers } from "./score";
import type { Answers, Level, LevelCheck, Problem, ScoreCore } from "./types";
import { validateAnswers } from "./validate";
import { findWarnings, type AnswerWarning } from "./warnings";

export interface QuestionResult {
  code: string;
  dimension: DimensionCode;
  indicator: string;
  points: number;
  max: number;
  answered: boolean;
  answer: string | string[] | null;
  /** Where the answer came from: typed by the firm, derived from its figures, implied by a skip rule, or missing. */
  source: "answer" | "evidence" | "skipped" | "missing";
  /** Why a skipped question's answer is implied (the skip rule's reason); only when skipped. */
  skipReason?: Localized;
  /** Which chosen options gave which points. */
  contributions: { option: string; points: number }[];
  /** A multi selection worth more than the question max was capped. */
  capped: boolean;
}

export interface SceneResult {
  code: string;
  group: string;
  level: number;
  answered: boolean;
  constrained: boolean;
}

export interface GapItem {
  kind: "score" | "scenes" | "constrained";
  required: number;
  actual: number;
  /** How much is missing: points, or a number of scenes at the level. */
  short: number;
}

export interface Result {
  template: { id: string; version: string; isReference: boolean };
  level: Level;
  levelName: Localized;
  /** Non-manufacturing templates give a reference level (参考等级). */
  isReference: boolean;
  total: number;
  dimensions: Record<DimensionCode, number>;
  indicators: Record<string, number>;
  questions: QuestionResult[];
  scenes: SceneResult[];
  sceneCounts: { atOrAbove: Record<1 | 2 | 3 | 4, number>; constrainedAtOrAbove: Record<1 | 2 | 3 | 4, number> };
  levelChecks: LevelCheck[];
  /** Why the next level is not reached; null at the top level. */
  nextLevel: { level: number; unmet: GapItem[] } | null;
  completeness: { answered: number; total: number; share: number };
  /** True while some answers are missing: the score and level may still change. */
  provisional: boolean;
  derivations: Derivation[];
  /** Answers that contradict each other or their own figures: scored as given, to be checked. */
  warnings: AnswerWarning[];
}

/** `answers` are those scored: as given, derived from figures where none was given, then implied by skip rules where still none. */
export type Evaluation = { ok: true; result: Result; answers: Answers; core: ScoreCore } | { ok: false; problems: Problem[] };

export interface EvaluateOptions {
  evidence?: unknown;
  /** A profile code of the template, or a city's own list of constrained scene codes. */
  profile?: string | readonly string[];
  /** Require every question and scene (submission). */
  complete?: boolean;
}

const points = (milli: number) => milli / 1000;

function byLevel(counts: readonly number[]): Record<1 | 2 | 3 | 4, number> {
  return { 1: counts[1] ?? 0, 2: counts[2] ?? 0, 3: counts[3] ?? 0, 4: counts[4] ?? 0 };
}

/** Validate, derive from evidence, score, apply the level rule and explain every point. */
export function evaluate(t: CompiledTemplate, input: unknown, options: EvaluateOptions = {}): Evaluation {
  const problems = validateAnswers(t, input);
  if (problems.length > 0) return { ok: false, problems };
  const given = input as Answers;
  const resolved = resolveAnswers(t, given, options.evidence);
  const { answers, skipped } = applySkipRules(t, resolved.answers);
  const all = [...resolved.problems];
  if (options.complete) all.push(...validateAnswers(t, answers, { complete: true }));
  if (all.length > 0) return { ok: false, problems: all };
  const constrained = constrainedFlags(t, options.profile);
  const core = scoreAnswers(t, answers);
  const warnings = findWarnings(t, given, resolved.answers, resolved.derivations);
  return { ok: true, result: buildResult(t, answers, core, constrained, resolved.derivations, skipped, warnings), answers, core };
}

export function buildResult(
  t: CompiledTemplate,
  answers: Answers,
  core: ScoreCore,
  constrained: readonly boolean[],
  derivations: Derivation[] = [],
  skipped: readonly string[] = [],
  warnings: AnswerWarning[] = [],
): Result {
  const outcome = levelOf(t, core.totalMilli, core.sceneLevels, constrained);
  // An answer comes from figures when it is what they give (an explicit answer that differs wins).
  const derived = new Map(derivations.map((d) => [d.code, d.option]));
  const questions: QuestionResult[] = t.questions.map((q, i) => {
    const value = answers[q.code];
    const chosen = typeof value === "string" ? [value] : Array.isArray(value) ? (value as string[]) : [];
    const contributions = chosen.map((option) => ({ option, points: points(q.optionMilli[q.optionIndex.get(option) ?? -1] ?? 0) }));
    const raw = contributions.reduce((s, c) => s + Math.round(c.points * 1000), 0);
    const answered = core.questionAnswered[i] ?? false;
    const source = !answered ? "missing" : skipped.includes(q.code) ? "skipped" : derived.get(q.code) === value ? "evidence" : "answer";
    const rule =
      source === "skipped"
        ? t.def.skipRules.find((r) => r.question === q.code && r.implies === value && r.when.in.includes(String(answers[r.when.question])))
        : undefined;
    return {
      code: q.code,
      dimension: q.dimension,
      indicator: q.def.indicator,
      points: points(core.questionMilli[i] ?? 0),
      max: points(q.maxMilli),
      answered,
      answer: typeof value === "string" ? value : Array.isArray(value) ? [...(value as string[])] : null,
      source,
      ...(rule ? { skipReason: rule.reason } : {}),
      contributions,
      capped: raw > q.maxMilli,
    };
  });
  const scenes: SceneResult[] = t.scenes.map((s, i) => ({
    code: s.code,
    group: s.def.group,
    level: core.sceneLevels[i] ?? 0,
    answered: core.sceneAnswered[i] ?? false,
    constrained: constrained[i] ?? false,
  }));
  const nextRung = t.rungs.find((r) => r.level === outcome.level + 1);
  const nextCheck = nextRung ? outcome.checks.find((c) => c.level === nextRung.level) : undefined;
  const dimensions = Object.fromEntries(t.dimensionCodes.map((d, i) => [d, points(core.dimensionMilli[i] ?? 0)])) as Record<DimensionCode, number>;
  const total = core.questionCount;
  return {
    template: { id: t.id, version: t.version, isReference: t.def.isReference },
    level: outcome.level,
    levelName: t.def.levelNames[outcome.level],
    isReference: t.def.isReference,
    total: points(core.totalMilli),
    dimensions,
    indicators: Object.fromEntries(t.indicatorCodes.map((c, i) => [c, points(core.indicatorMilli[i] ?? 0)])),
    questions,
    scenes,
    sceneCounts: { atOrAbove: byLevel(outcome.scenesAtOrAbove), constrainedAtOrAbove: byLevel(outcome.constrainedAtOrAbove) },
    levelChecks: outcome.checks,
    nextLevel: nextCheck
      ? {
          level: nextCheck.level,
          unmet: nextCheck.conditions
            .filter((c) => !c.met)
            .map((c) => ({ kind: c.kind, required: c.required, actual: c.actual, short: Math.round((c.required - c.actual) * 1000) / 1000 })),
        }
      : null,
    completeness: { answered: core.answered, total, share: total === 0 ? 1 : core.answered / total },
    provisional: core.answered < total,
    derivations,
    warnings,
  };
}

/**
 * The answers a result scored: the firm's own (as stored) plus those a skip rule implied, which live in
 * the result only (source "skipped"). For plans computed later from a stored result.
 */
export function scoredAnswers(answers: Answers, result: Pick<Result, "questions">): Answers {
  const implied = result.questions.filter((q) => q.source === "skipped" && q.answer !== null && answers[q.code] === undefined);
  if (implied.length === 0) return answers;
  return { ...answers, ...Object.fromEntries(implied.map((q) => [q.code, q.answer as Answers[string]])) };
}
