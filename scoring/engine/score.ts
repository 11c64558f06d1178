import type { CompiledTemplate } from "../model/load";
import type { Answers, Level, LevelCheck, LevelOutcome, ScoreCore } from "./types";

/**
 * Points of one question in thousandths. Unknown options score 0 (validation reports them); a multi
 * selection adds its options and is capped at the question max.
 */
function questionMilli(milliByCode: ReadonlyMap<string, number>, maxMilli: number, value: unknown): number {
  if (typeof value === "string") return milliByCode.get(value) ?? 0;
  if (Array.isArray(value)) {
    let sum = 0;
    for (let k = 0; k < value.length; k++) sum += milliByCode.get(value[k] as string) ?? 0;
    return sum > maxMilli ? maxMilli : sum;
  }
  return 0;
}

/** Scores answers (already validated). Missing answers count 0 points and level 0. */
export function scoreAnswers(t: CompiledTemplate, answers: Answers): ScoreCore {
  const qs = t.questions;
  const questionMilliArr = new Array<number>(qs.length);
  const questionAnswered = new Array<boolean>(qs.length);
  const indicatorMilli = new Array<number>(t.indicatorCodes.length).fill(0);
  const dimensionMilli = new Array<number>(t.dimensionCodes.length).fill(0);
  let total = 0;
  let answered = 0;
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i]!;
    const value = answers[q.code];
    const isAnswered = value !== undefined && (!Array.isArray(value) || value.length > 0);
    const points = isAnswered ? questionMilli(q.milliByCode, q.maxMilli, value) : 0;
    questionMilliArr[i] = points;
    questionAnswered[i] = isAnswered;
    if (isAnswered) answered++;
    indicatorMilli[q.indicatorIndex]! += points;
    dimensionMilli[q.dimensionIndex]! += points;
    total += points;
  }
  const scenes = t.scenes;
  const sceneLevels = new Array<number>(scenes.length);
  const sceneAnswered = new Array<boolean>(scenes.length);
  for (let i = 0; i < scenes.length; i++) {
    const value = answers[scenes[i]!.code];
    const ok = typeof value === "number" && value >= 0 && value <= 4;
    sceneLevels[i] = ok ? Math.trunc(value) : 0;
    sceneAnswered[i] = ok;
    if (ok) answered++;
  }
  return {
    questionMilli: questionMilliArr,
    questionAnswered,
    indicatorMilli,
    dimensionMilli,
    totalMilli: total,
    sceneLevels,
    sceneAnswered,
    answered,
    questionCount: qs.length + scenes.length,
  };
}

/** Counts scenes at each level or above, overall and among constrained scenes (index 1–4). */
export function sceneCounts(sceneLevels: readonly number[], constrained: readonly boolean[]): { all: number[]; constrained: number[] } {
  const all = [0, 0, 0, 0, 0];
  const con = [0, 0, 0, 0, 0];
  for (let i = 0; i < sceneLevels.length; i++) {
    const level = sceneLevels[i] ?? 0;
    for (let l = 1; l <= level; l++) {
      all[l]!++;
      if (constrained[i]) con[l]!++;
    }
  }
  return { all, constrained: con };
}

/** The level rule: from the highest rung down, the first whose three conditions all hold. */
export function levelOf(t: CompiledTemplate, totalMilli: number, sceneLevels: readonly number[], constrained: readonly boolean[]): LevelOutcome {
  const counts = sceneCounts(sceneLevels, constrained);
  const checks: LevelCheck[] = [];
  let level: Level = 0;
  for (const rung of t.rungs) {
    const scenes = counts.all[rung.level] ?? 0;
    const con = counts.constrained[rung.level] ?? 0;
    const conditions = [
      { kind: "score" as const, required: rung.minScore, actual: totalMilli / 1000, met: totalMilli >= rung.minScoreMilli },
      { kind: "scenes" as const, required: rung.minScenes, actual: scenes, met: scenes >= rung.minScenes },
      { kind: "constrained" as const, required: rung.minConstrained, actual: con, met: con >= rung.minConstrained },
    ];
    const met = conditions.every((c) => c.met);
    checks.push({ level: rung.level, met, conditions });
    if (met && level === 0) level = rung.level as Level;
  }
  return { level, scenesAtOrAbove: counts.all, constrainedAtOrAbove: counts.constrained, checks };
}

/** The level only, without explanations: for bulk scoring. */
export function levelOnly(t: CompiledTemplate, totalMilli: number, sceneLevels: readonly number[], constrained: readonly boolean[]): Level {
  for (const rung of t.rungs) {
    if (totalMilli < rung.minScoreMilli) continue;
    let scenes = 0;
    let con = 0;
    for (let i = 0; i < sceneLevels.length; i++) {
      if ((sceneLevels[i] ?? 0) >= rung.level) {
        scenes++;
        if (constrained[i]) con++;
      }
    }
    if (scenes >= rung.minScenes && con >= rung.minConstrained) return rung.level as Level;
  }
  return 0;
}
