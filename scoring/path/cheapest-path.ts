import { constrainedFlags, type CompiledQuestion, type CompiledTemplate } from "../model/load";
import { levelOnly, scoreAnswers } from "../engine/score";
import type { Answers, Level } from "../engine/types";
import { modelEffort, type EffortModel } from "./effort";

/**
 * The least-effort set of improvements that lifts an assessment to a target level.
 *
 * Points come only from the scored questions and the scene conditions only from the scenes, so the two
 * halves are solved apart and added. Points: a multiple-choice knapsack over the questions (each
 * question one group: which better option, or which extra ticks of a multi question), by dynamic
 * programming over points in the greatest common unit: exact, not greedy. Scenes: the cheapest
 * `minConstrained` constrained scenes, then the cheapest others up to `minScenes`; an exchange argument
 * shows this is optimal. Every rung at or above the target is tried, the cheapest wins, and the result
 * is re-scored before it is returned.
 */

export interface QuestionStep {
  kind: "question";
  code: string;
  from: string | string[] | null;
  to: string | string[];
  /** Options ticked by this step (multi questions). */
  added?: string[];
  effort: number;
  pointsGained: number;
}

export interface SceneStep {
  kind: "scene";
  code: string;
  from: number;
  to: number;
  constrained: boolean;
  effort: number;
}

export type PathStep = (QuestionStep | SceneStep) & {
  /** State after this step and all before it. */
  after: { total: number; scenesAtTarget: number; constrainedAtTarget: number };
};

export interface CheapestPath {
  target: Level;
  /** The rung of the level rule the path satisfies (≥ target). */
  via: Level;
  reachable: boolean;
  alreadyMet: boolean;
  effort: number;
  steps: PathStep[];
  requirements: { minScore: number; minScenes: number; minConstrained: number } | null;
  before: { total: number; level: Level };
  after: { total: number; level: Level };
}

/** One way to gain points in one group: new answers for one question, or two tied by a consistency rule. */
interface Choice {
  units: number;
  cost: number;
  /** Per question: ordered → the option index; multi → the bit mask of added option indexes. */
  set: { questionIndex: number; pick: number }[];
}

interface MilliChoice {
  milli: number;
  cost: number;
  set: { questionIndex: number; pick: number }[];
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

function currentOption(q: CompiledQuestion, value: Answers[string] | undefined): { index: number; milli: number } {
  const index = typeof value === "string" ? (q.optionIndex.get(value) ?? -1) : -1;
  return { index, milli: index < 0 ? 0 : (q.optionMilli[index] ?? 0) };
}

function multiChoices(q: CompiledQuestion, value: Answers[string] | undefined, effort: EffortModel): MilliChoice[] {
  const selected = new Set(Array.isArray(value) ? (value as string[]) : []);
  let current = 0;
  for (const code of selected) current += q.optionMilli[q.optionIndex.get(code) ?? -1] ?? 0;
  current = Math.min(current, q.maxMilli);
  const room = q.maxMilli - current;
  const items = q.def.options
    .map((o, i) => ({ i, code: o.code, milli: q.optionMilli[i] ?? 0, cost: effort.multiOption(q, i) }))
    .filter((it) => it.i !== q.noneIndex && !selected.has(it.code) && it.milli > 0);
  if (room <= 0 || items.length === 0) return [];
  // 0/1 knapsack inside the question: the cheapest set of ticks for each reachable gain (capped).
  const best = new Map<number, { cost: number; mask: number }>([[0, { cost: 0, mask: 0 }]]);
  for (const it of items) {
    for (const [gain, entry] of [...best.entries()]) {
      const g = Math.min(room, gain + it.milli);
      const cost = entry.cost + it.cost;
      const prev = best.get(g);
      if (!prev || cost < prev.cost) best.set(g, { cost, mask: entry.mask | (1 << it.i) });
    }
  }
  const out: MilliChoice[] = [];
  for (const [gain, entry] of best) if (gain > 0) out.push({ milli: gain, cost: entry.cost, set: [{ questionIndex: q.index, pick: entry.mask }] });
  return out;
}

function orderedChoices(q: CompiledQuestion, value: Answers[string] | undefined, effort: EffortModel): MilliChoice[] {
  const from = currentOption(q, value);
  const out: MilliChoice[] = [];
  q.optionMilli.forEach((m, j) => {
    if (m > from.milli) out.push({ milli: m - from.milli, cost: effort.optionChange(q, from.index, j), set: [{ questionIndex: q.index, pick: j }] });
  });
  return out;
}

/** Two questions under "A not above B" move together, so the plan never proposes a contradiction. */
function pairedChoices(a: CompiledQuestion, b: CompiledQuestion, answers: Answers, effort: EffortModel): MilliChoice[] {
  const fa = currentOption(a, answers[a.code]);
  const fb = currentOption(b, answers[b.code]);
  const out: MilliChoice[] = [];
  for (let ib = Math.max(0, fb.index); ib < b.optionMilli.length; ib++) {
    for (let ia = Math.max(0, fa.index); ia <= ib && ia < a.optionMilli.length; ia++) {
      const gain = (ia === fa.index ? 0 : (a.optionMilli[ia] ?? 0) - fa.milli) + (ib === fb.index ? 0 : (b.optionMilli[ib] ?? 0) - fb.milli);
      if (gain <= 0) continue;
      const set: MilliChoice["set"] = [];
      let cost = 0;
      if (ia !== fa.index && (a.optionMilli[ia] ?? 0) > fa.milli) {
        cost += effort.optionChange(a, fa.index, ia);
        set.push({ questionIndex: a.index, pick: ia });
      } else if (ia !== fa.index) continue;
      if (ib !== fb.index && (b.optionMilli[ib] ?? 0) > fb.milli) {
        cost += effort.optionChange(b, fb.index, ib);
        set.push({ questionIndex: b.index, pick: ib });
      } else if (ib !== fb.index) continue;
      out.push({ milli: gain, cost, set });
    }
  }
  return out;
}

/** For every group of questions, the ways to gain points (in thousandths) with their costs. */
function questionGroups(t: CompiledTemplate, answers: Answers, effort: EffortModel): MilliChoice[][] {
  const paired = new Set<string>();
  const groups: MilliChoice[][] = [];
  for (const rule of t.def.consistency) {
    const a = t.questionByCode.get(rule.question);
    const b = t.questionByCode.get(rule.notAbove);
    if (!a || !b || a.kind === "multi" || b.kind === "multi" || paired.has(a.code) || paired.has(b.code)) continue;
    paired.add(a.code).add(b.code);
    groups.push(pairedChoices(a, b, answers, effort));
  }
  for (const q of t.questions) {
    if (paired.has(q.code)) continue;
    groups.push(q.kind === "multi" ? multiChoices(q, answers[q.code], effort) : orderedChoices(q, answers[q.code], effort));
  }
  return groups;
}

// Shared by planPoints and the solve() it returns; cheapestPath uses both before returning.
let scratch = { dp: new Float64Array(0), next: new Float64Array(0), chosen: new Int16Array(0), from: new Int32Array(0) };

function scratchTables(width: number, groups: number): typeof scratch {
  if (scratch.dp.length < width || scratch.chosen.length < width * groups) {
    const w = Math.max(width, scratch.dp.length);
    const cells = Math.max(width * groups, scratch.chosen.length);
    scratch = { dp: new Float64Array(w), next: new Float64Array(w), chosen: new Int16Array(cells), from: new Int32Array(cells) };
  }
  return scratch;
}

interface PointsPlan {
  /** Minimum cost to gain at least `deficitMilli`, with the chosen way per group. */
  solve(deficitMilli: number): { cost: number; picks: Choice[] } | null;
}

function planPoints(t: CompiledTemplate, answers: Answers, effort: EffortModel, maxDeficitMilli: number): PointsPlan {
  const milliChoices = questionGroups(t, answers, effort);
  let unit = 0;
  for (const list of milliChoices) for (const c of list) unit = gcd(unit, c.milli);
  if (maxDeficitMilli <= 0 || unit === 0) {
    return { solve: (d) => (d <= 0 ? { cost: 0, picks: [] } : null) };
  }
  const D = Math.ceil(maxDeficitMilli / unit);
  const active = milliChoices
    .filter((list) => list.length > 0)
    .map((list) => ({ choices: list.map((c): Choice => ({ units: c.milli / unit, cost: c.cost, set: c.set })) }));
  const width = D + 1;
  // Reused tables (the function is synchronous): no large allocation, hence no GC pause, per call.
  const tables = scratchTables(width, active.length);
  let dp = tables.dp.subarray(0, width).fill(Infinity);
  let next = tables.next.subarray(0, width);
  dp[0] = 0;
  const chosen = tables.chosen.subarray(0, active.length * width).fill(-1);
  const from = tables.from.subarray(0, active.length * width);
  active.forEach((group, k) => {
    next.set(dp);
    const row = k * width;
    for (let y = 0; y < width; y++) from[row + y] = y;
    for (let x = 0; x < width; x++) {
      const base = dp[x]!;
      if (base === Infinity) continue;
      for (let c = 0; c < group.choices.length; c++) {
        const choice = group.choices[c]!;
        const y = Math.min(D, x + choice.units);
        const cost = base + choice.cost;
        if (cost < next[y]! - 1e-12) {
          next[y] = cost;
          chosen[row + y] = c;
          from[row + y] = x;
        }
      }
    }
    [dp, next] = [next, dp];
  });
  return {
    solve(deficitMilli) {
      if (deficitMilli <= 0) return { cost: 0, picks: [] };
      const d = Math.ceil(deficitMilli / unit);
      if (d > D) return null;
      let bestX = -1;
      for (let x = d; x <= D; x++) if (dp[x]! < Infinity && (bestX < 0 || dp[x]! < dp[bestX]! - 1e-12)) bestX = x;
      if (bestX < 0) return null;
      const picks: Choice[] = [];
      let x = bestX;
      for (let k = active.length - 1; k >= 0; k--) {
        const c = chosen[k * width + x]!;
        if (c >= 0) picks.push(active[k]!.choices[c]!);
        x = from[k * width + x]!;
      }
      return { cost: dp[bestX]!, picks };
    },
  };
}

function planScenes(
  t: CompiledTemplate,
  sceneLevels: readonly number[],
  constrained: readonly boolean[],
  effort: EffortModel,
  level: number,
  minScenes: number,
  minConstrained: number,
): { cost: number; raise: number[] } | null {
  const costOf = t.scenes.map((s, i) => {
    let c = 0;
    for (let l = (sceneLevels[i] ?? 0) + 1; l <= level; l++) c += effort.sceneStep(s, l);
    return c;
  });
  const order = (a: number, b: number) => costOf[a]! - costOf[b]! || a - b;
  const con = t.scenes
    .map((_, i) => i)
    .filter((i) => constrained[i])
    .sort(order);
  if (con.length < minConstrained || t.scenes.length < minScenes) return null;
  const picked = new Set(con.slice(0, minConstrained));
  const rest = t.scenes
    .map((_, i) => i)
    .filter((i) => !picked.has(i))
    .sort(order);
  for (const i of rest) {
    if (picked.size >= minScenes) break;
    picked.add(i);
  }
  // Scenes already at the level cost nothing and need no step.
  const raise = [...picked].filter((i) => (sceneLevels[i] ?? 0) < level);
  return { cost: raise.reduce((s, i) => s + costOf[i]!, 0), raise };
}

export interface PathOptions {
  /** Default: one level above the current one. */
  target?: Level;
  profile?: string | readonly string[];
  effort?: EffortModel;
}

export function cheapestPath(t: CompiledTemplate, answers: Answers, options: PathOptions = {}): CheapestPath {
  const effort = options.effort ?? modelEffort;
  const constrained = constrainedFlags(t, options.profile);
  const core = scoreAnswers(t, answers);
  const current = levelOnly(t, core.totalMilli, core.sceneLevels, constrained);
  const target = (options.target ?? Math.min(4, current + 1)) as Level;
  const before = { total: core.totalMilli / 1000, level: current };
  if (current >= target) {
    return { target, via: current, reachable: true, alreadyMet: true, effort: 0, steps: [], requirements: null, before, after: before };
  }
  // With a monotone rule the target's own rung is the cheapest way to reach it; otherwise try all above.
  const rungs = t.rungs.filter((r) => (t.rungsMonotone ? r.level === target : r.level >= target));
  const points = planPoints(t, answers, effort, Math.max(0, ...rungs.map((r) => r.minScoreMilli - core.totalMilli)));
  let best: { rung: (typeof rungs)[number]; cost: number; picks: ReturnType<PointsPlan["solve"]>; raise: number[] } | null = null;
  for (const rung of rungs) {
    const p = points.solve(rung.minScoreMilli - core.totalMilli);
    const s = planScenes(t, core.sceneLevels, constrained, effort, rung.level, rung.minScenes, rung.minConstrained);
    if (!p || !s) continue;
    const cost = p.cost + s.cost;
    if (!Number.isFinite(cost)) continue; // some step has no way to do it (e.g. no solution offered)
    if (!best || cost < best.cost - 1e-12) best = { rung, cost, picks: p, raise: s.raise };
  }
  if (!best || !best.picks) {
    return { target, via: 0, reachable: false, alreadyMet: false, effort: 0, steps: [], requirements: null, before, after: before };
  }

  const raw: (QuestionStep | SceneStep)[] = [];
  for (const choice of best.picks.picks) {
    for (const { questionIndex, pick } of choice.set) {
      const q = t.questions[questionIndex]!;
      const value = answers[q.code];
      if (q.kind === "multi") {
        const selected = (Array.isArray(value) ? (value as string[]) : []).filter((c) => c !== q.def.options[q.noneIndex]?.code);
        const added = q.def.options.filter((_, i) => (pick & (1 << i)) !== 0).map((o) => o.code);
        const step = {
          kind: "question" as const,
          code: q.code,
          from: Array.isArray(value) ? [...(value as string[])] : null,
          to: [...selected, ...added],
          added,
        };
        raw.push({ ...step, effort: added.reduce((sum, code) => sum + effort.multiOption(q, q.optionIndex.get(code)!), 0), pointsGained: 0 });
      } else {
        const from = typeof value === "string" ? (q.optionIndex.get(value) ?? -1) : -1;
        raw.push({
          kind: "question",
          code: q.code,
          from: typeof value === "string" ? value : null,
          to: q.def.options[pick]!.code,
          effort: effort.optionChange(q, from, pick),
          pointsGained: 0,
        });
      }
    }
  }
  for (const i of best.raise) {
    const s = t.scenes[i]!;
    let cost = 0;
    for (let l = (core.sceneLevels[i] ?? 0) + 1; l <= best.rung.level; l++) cost += effort.sceneStep(s, l);
    raw.push({ kind: "scene", code: s.code, from: core.sceneLevels[i] ?? 0, to: best.rung.level, constrained: constrained[i] ?? false, effort: cost });
  }
  // Quick wins first; then by kind and code so that equal efforts give a stable order.
  raw.sort((a, b) => a.effort - b.effort || (a.kind === b.kind ? 0 : a.kind === "question" ? -1 : 1) || a.code.localeCompare(b.code));

  const working: Record<string, Answers[string]> = { ...answers };
  const steps: PathStep[] = [];
  let previousMilli = core.totalMilli;
  for (const step of raw) {
    working[step.code] = step.to;
    const after = scoreAnswers(t, working);
    const level = best.rung.level;
    let scenesAt = 0;
    let conAt = 0;
    after.sceneLevels.forEach((l, i) => {
      if (l >= level) {
        scenesAt++;
        if (constrained[i]) conAt++;
      }
    });
    const gained = step.kind === "question" ? { pointsGained: (after.totalMilli - previousMilli) / 1000 } : {};
    previousMilli = after.totalMilli;
    steps.push({ ...step, ...gained, after: { total: after.totalMilli / 1000, scenesAtTarget: scenesAt, constrainedAtTarget: conAt } });
  }
  const final = scoreAnswers(t, working);
  const finalLevel = levelOnly(t, final.totalMilli, final.sceneLevels, constrained);
  if (finalLevel < target) throw new Error(`cheapest path for ${t.id} did not reach level ${target} (got ${finalLevel})`);
  return {
    target,
    via: best.rung.level as Level,
    reachable: true,
    alreadyMet: false,
    effort: best.cost,
    steps,
    requirements: { minScore: best.rung.minScore, minScenes: best.rung.minScenes, minConstrained: best.rung.minConstrained },
    before,
    after: { total: final.totalMilli / 1000, level: finalLevel },
  };
}

/** The answers after taking every step of a path (for "what if" views and tests). */
export function applyPath(answers: Answers, path: CheapestPath): Answers {
  const next: Record<string, Answers[string]> = { ...answers };
  for (const step of path.steps) next[step.code] = step.to;
  return next;
}
