import type { SolutionEntry } from "@/db/catalogue/solutions";
import { constrainedFlags, purchasable, type Answer, type Answers, type CompiledQuestion, type CompiledTemplate, type Level } from "@/scoring";

/**
 * The least-cost plan as a combinatorial problem: which set of catalogue solutions, each with every
 * question option it delivers and every scene step it lifts, meets one rung of the level rule at the
 * least three-year cost. Built once per firm and rung; solved by `solve.ts` (HiGHS), checked in tests
 * against brute force and an independent integer programme. Pure.
 *
 * Effects combine as the questionnaire does: ticks of a multi question add up (capped at its max, the
 * "none" answer dropped), an ordered question takes the highest option any solution reaches, and a
 * scene climbs one lift at a time from where it stands (a 2→3 lift is no use to a scene at 1 unless a
 * 1→2 lift comes with it). Outcome questions (成效 trends, 资金保障) are never bought. A plan never
 * creates a contradiction the model names ("A not above B": networked equipment is digital, so a
 * gateway that networks 40–60 % of it needs 40–60 % of it digital too).
 */

export interface PlanItem {
  /** Index into the usable catalogue. */
  index: number;
  id: string;
  provider: string;
  /** One-off + 3 × yearly at the middle of each price band, in yuan. */
  cost3: number;
  /** One-off + the first year's fee, in yuan. */
  firstYear: number;
  /** Multi questions: bit mask of options it ticks (new ones only). */
  ticks: { question: number; mask: number }[];
  /** Ordered questions: the option index it reaches (above the firm's answer only). */
  reaches: { question: number; option: number }[];
  /** Scene steps: scene index and the level it lifts from (only steps that can count). */
  lifts: { scene: number; from: number }[];
}

export interface PlanState {
  masks: number[];
  options: number[];
  /** Per scene, bit `from` set when a lift from that level is bought. */
  liftBits: number[];
}

export interface PlanProblem {
  template: CompiledTemplate;
  level: Level;
  minScoreMilli: number;
  minScenes: number;
  minConstrained: number;
  constrained: readonly boolean[];
  /** Scenes that must also reach a level (the firm's pain points), whatever the rung asks. */
  required: { scene: number; level: number }[];
  /** Consistency rules the firm's answers meet today, which the plan must keep: option of `question` ≤ option of `notAbove`. */
  consistency: { question: number; notAbove: number }[];
  base: PlanState;
  /** Scene levels before any purchase. */
  baseScenes: number[];
  items: PlanItem[];
}

/** Yuan from a band of 万元 at its middle; prices carry at most two decimals, so rounding is exact. */
export const midYuan = (r: { min: number; max: number }) => Math.round((r.min + r.max) * 5000);
export const threeYearCostYuan = (s: SolutionEntry) => midYuan(s.price.oneOff) + 3 * midYuan(s.price.yearly);
export const firstYearCostYuan = (s: SolutionEntry) => midYuan(s.price.oneOff) + midYuan(s.price.yearly);

function isMulti(q: CompiledQuestion) {
  return q.kind === "multi";
}

/** The firm's answers as a state: ticked options, reached option, scene levels. */
export function baseState(t: CompiledTemplate, answers: Answers): { state: PlanState; scenes: number[] } {
  const masks = t.questions.map((q) => {
    const v = answers[q.code];
    if (!isMulti(q) || !Array.isArray(v)) return 0;
    let m = 0;
    for (const code of v) {
      const i = q.optionIndex.get(code);
      if (i !== undefined && i !== q.noneIndex) m |= 1 << i;
    }
    return m;
  });
  const options = t.questions.map((q) => {
    const v = answers[q.code];
    return !isMulti(q) && typeof v === "string" ? (q.optionIndex.get(v) ?? -1) : -1;
  });
  const scenes = t.scenes.map((s) => {
    const v = answers[s.code];
    return typeof v === "number" && v >= 0 && v <= 4 ? Math.trunc(v) : 0;
  });
  return { state: { masks, options, liftBits: t.scenes.map(() => 0) }, scenes };
}

export interface ProblemInput {
  template: CompiledTemplate;
  answers: Answers;
  /** The portal's constrained scenes (codes), or the template default. */
  profile?: readonly string[];
  /** Solutions the firm can buy (already filtered for industry and size). */
  catalogue: readonly SolutionEntry[];
  /** The rung of the level rule to meet. */
  level: Level;
  /** Scenes (codes) that must reach at least the given level too. */
  required?: readonly { scene: string; level: number }[];
}

export function buildProblem(input: ProblemInput): PlanProblem {
  const t = input.template;
  const rung = t.rungs.find((r) => r.level === input.level);
  if (!rung) throw new Error(`template ${t.id} has no rung for level ${input.level}`);
  if (t.scenes.length > 30) throw new Error(`template ${t.id} has more scenes than the plan's bit masks hold`);
  for (const q of t.questions) {
    if (q.def.options.length > 30) throw new Error(`question ${q.code} has more options than the plan's bit masks hold`);
    if (!isMulti(q) && q.optionMilli.some((m, i) => i > 0 && m < q.optionMilli[i - 1]!)) throw new Error(`question ${q.code}: options do not rise in points`);
  }
  const { state, scenes } = baseState(t, input.answers);
  const r = input.level;
  const required = (input.required ?? []).flatMap((x) => {
    const scene = t.sceneByCode.get(x.scene);
    return scene && x.level > scenes[scene.index]! ? [{ scene: scene.index, level: Math.min(4, x.level) }] : [];
  });
  /** The highest level a scene's lifts can matter for: the rung's, or a pain point's above it. */
  const top = (scene: number) => Math.max(r, ...required.filter((x) => x.scene === scene).map((x) => x.level));
  const items: PlanItem[] = [];
  input.catalogue.forEach((s, index) => {
    const ticks: PlanItem["ticks"] = [];
    const reaches: PlanItem["reaches"] = [];
    for (const imp of s.improves) {
      const q = t.questionByCode.get(imp.question);
      if (!q || !purchasable(q)) continue;
      if (isMulti(q)) {
        let mask = 0;
        for (const code of imp.options) {
          const i = q.optionIndex.get(code);
          if (i !== undefined && i !== q.noneIndex && (q.optionMilli[i] ?? 0) > 0) mask |= 1 << i;
        }
        mask &= ~state.masks[q.index]!;
        const at = ticks.find((x) => x.question === q.index);
        if (at) at.mask |= mask;
        else if (mask !== 0) ticks.push({ question: q.index, mask });
      } else {
        let best = -1;
        for (const code of imp.options) best = Math.max(best, q.optionIndex.get(code) ?? -1);
        const current = state.options[q.index]!;
        const gains = best > current && (q.optionMilli[best] ?? 0) > (current < 0 ? 0 : (q.optionMilli[current] ?? 0));
        if (!gains) continue;
        const at = reaches.find((x) => x.question === q.index);
        if (at) at.option = Math.max(at.option, best);
        else reaches.push({ question: q.index, option: best });
      }
    }
    const lifts: PlanItem["lifts"] = [];
    for (const l of s.lifts) {
      const scene = t.sceneByCode.get(l.scene);
      // Only steps between where the scene stands and the rung's level can count.
      if (scene && l.from >= scenes[scene.index]! && l.from < top(scene.index) && !lifts.some((x) => x.scene === scene.index && x.from === l.from))
        lifts.push({ scene: scene.index, from: l.from });
    }
    if (ticks.length + reaches.length + lifts.length === 0) return;
    items.push({ index, id: s.id, provider: s.provider.id, cost3: threeYearCostYuan(s), firstYear: firstYearCostYuan(s), ticks, reaches, lifts });
  });
  return {
    template: t,
    level: r,
    items: withoutDominated(items, consistencyKept(t, state)),
    minScoreMilli: rung.minScoreMilli,
    minScenes: rung.minScenes,
    minConstrained: rung.minConstrained,
    constrained: input.profile ? constrainedFlags(t, input.profile) : t.defaultConstrained,
    required,
    consistency: consistencyKept(t, state),
    base: state,
    baseScenes: scenes,
  };
}

/**
 * Everything `a` brings for this firm and rung, `b` brings too. On a question held below another by a
 * consistency rule, more is not better (it may ask more of the other), so there `b` must bring the same.
 */
function covers(b: PlanItem, a: PlanItem, held: ReadonlySet<number>): boolean {
  return (
    a.ticks.every((x) => b.ticks.some((y) => y.question === x.question && (x.mask & ~y.mask) === 0)) &&
    a.reaches.every((x) => b.reaches.some((y) => y.question === x.question && (held.has(x.question) ? y.option === x.option : y.option >= x.option))) &&
    b.reaches.every((y) => !held.has(y.question) || a.reaches.some((x) => x.question === y.question)) &&
    a.lifts.every((x) => b.lifts.some((y) => y.scene === x.scene && y.from === x.from))
  );
}

/**
 * Drops solutions no optimal plan needs: another brings at least as much for a strictly lower
 * three-year cost, or for the same cost from the same provider at no higher first-year cost (the
 * earlier one kept when they tie on everything). Swapping it in never worsens the plan on any of the
 * three criteria, so the optimum is unchanged; the solver's search gets smaller.
 */
function withoutDominated(items: PlanItem[], consistency: PlanProblem["consistency"]): PlanItem[] {
  const held = new Set(consistency.map((r) => r.question));
  return items.filter(
    (a, i) =>
      !items.some((b, j) => {
        if (j === i || !covers(b, a, held)) return false;
        if (b.cost3 < a.cost3) return true;
        if (b.cost3 > a.cost3 || b.provider !== a.provider) return false;
        return b.firstYear < a.firstYear || (b.firstYear === a.firstYear && j < i);
      }),
  );
}

/**
 * The model's "A not above B" rules between two ordered questions with the same options (the
 * equipment shares), as far as the firm's answers meet them today: a plan keeps them. A firm that
 * answered a contradiction already is warned about it elsewhere; the plan does not make it a condition.
 */
function consistencyKept(t: CompiledTemplate, state: PlanState): PlanProblem["consistency"] {
  return t.def.consistency.flatMap((rule) => {
    const a = t.questionByCode.get(rule.question);
    const b = t.questionByCode.get(rule.notAbove);
    if (!a || !b || isMulti(a) || isMulti(b)) return [];
    const same = a.def.options.length === b.def.options.length && a.def.options.every((o, i) => o.code === b.def.options[i]!.code);
    if (!same || state.options[a.index]! > state.options[b.index]!) return [];
    return [{ question: a.index, notAbove: b.index }];
  });
}

export function cloneState(s: PlanState): PlanState {
  return { masks: s.masks.slice(), options: s.options.slice(), liftBits: s.liftBits.slice() };
}

export function applyItem(state: PlanState, item: PlanItem): void {
  for (const x of item.ticks) state.masks[x.question]! |= x.mask;
  for (const x of item.reaches) if (x.option > state.options[x.question]!) state.options[x.question] = x.option;
  for (const x of item.lifts) state.liftBits[x.scene]! |= 1 << x.from;
}

function questionMilli(q: CompiledQuestion, state: PlanState): number {
  if (isMulti(q)) {
    let m = state.masks[q.index]!;
    let sum = 0;
    for (let i = 0; m !== 0; i++, m >>>= 1) if (m & 1) sum += q.optionMilli[i] ?? 0;
    return Math.min(sum, q.maxMilli);
  }
  const o = state.options[q.index]!;
  return o < 0 ? 0 : (q.optionMilli[o] ?? 0);
}

function totalMilli(p: PlanProblem, state: PlanState): number {
  let total = 0;
  for (const q of p.template.questions) total += questionMilli(q, state);
  return total;
}

export function sceneLevelAfter(p: PlanProblem, state: PlanState, scene: number): number {
  let level = p.baseScenes[scene]!;
  while (level < 4 && (state.liftBits[scene]! >> level) & 1) level++;
  return level;
}

function sceneCountsAt(p: PlanProblem, state: PlanState): { all: number; constrained: number } {
  let all = 0;
  let constrained = 0;
  for (let j = 0; j < p.baseScenes.length; j++) {
    if (sceneLevelAfter(p, state, j) >= p.level) {
      all++;
      if (p.constrained[j]) constrained++;
    }
  }
  return { all, constrained };
}

export function meets(p: PlanProblem, state: PlanState): boolean {
  if (totalMilli(p, state) < p.minScoreMilli) return false;
  const c = sceneCountsAt(p, state);
  return (
    c.all >= p.minScenes &&
    c.constrained >= p.minConstrained &&
    p.required.every((x) => sceneLevelAfter(p, state, x.scene) >= x.level) &&
    p.consistency.every((r) => state.options[r.question]! <= state.options[r.notAbove]!)
  );
}

/**
 * The firm's answers after buying `bought`, every effect of each included (a 3→4 lift the rung did not
 * need still happens): ticks added ("none" dropped), options raised, scenes lifted step by step.
 */
export function answersAfter(t: CompiledTemplate, answers: Answers, bought: readonly SolutionEntry[]): Answers {
  const { state, scenes } = baseState(t, answers);
  for (const s of bought) {
    for (const imp of s.improves) {
      const q = t.questionByCode.get(imp.question);
      if (!q || !purchasable(q)) continue;
      for (const code of imp.options) {
        const i = q.optionIndex.get(code);
        if (i === undefined) continue;
        if (isMulti(q)) {
          if (i !== q.noneIndex) state.masks[q.index]! |= 1 << i;
        } else if (i > state.options[q.index]!) state.options[q.index] = i;
      }
    }
    for (const l of s.lifts) {
      const scene = t.sceneByCode.get(l.scene);
      if (scene) state.liftBits[scene.index]! |= 1 << l.from;
    }
  }
  const base = baseState(t, answers).state;
  const out: Record<string, Answer> = { ...answers };
  for (const q of t.questions) {
    if (isMulti(q)) {
      const added = state.masks[q.index]! & ~base.masks[q.index]!;
      if (added === 0) continue;
      const none = q.def.options[q.noneIndex]?.code;
      const before = Array.isArray(answers[q.code]) ? (answers[q.code] as readonly string[]).filter((c) => c !== none) : [];
      out[q.code] = [...before, ...q.def.options.filter((_, i) => (added >> i) & 1).map((o) => o.code)];
    } else if (state.options[q.index]! > base.options[q.index]!) {
      out[q.code] = q.def.options[state.options[q.index]!]!.code;
    }
  }
  t.scenes.forEach((sc, j) => {
    let level = scenes[j]!;
    while (level < 4 && (state.liftBits[j]! >> level) & 1) level++;
    if (level > scenes[j]!) out[sc.code] = level;
  });
  return out;
}
