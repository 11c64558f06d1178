import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadSolutionCatalogue, type SolutionEntry } from "@/db/catalogue/solutions";
import {
  constrainedFlags,
  evaluate,
  getTemplate,
  levelOnly,
  purchasable,
  scoreAnswers,
  type Answer,
  type Answers,
  type CompiledTemplate,
  type Level,
} from "@/scoring";
import { MONOTONE_RULE, ODD_RULE, smallTemplate } from "@/tests/support/small-model";
import { randomAnswers } from "@/tests/support/random-firms";
import { SOLVER } from "@/tests/support/report-inputs";
import { solutionEntry } from "@/tests/support/solution-entry";
import { buildPlan } from "../plan";
import { fits } from "../rank";

/**
 * The plan is the true least-cost set. Two independent checks: brute force over every subset of small
 * random catalogues (effects applied here by their own code, levels by the scoring engine), and, on
 * the seeded catalogue, an integer programme written here from the raw entries in another encoding.
 */

const FIRM = {
  provinceCode: "41",
  cityCode: "4101",
  districtCode: null,
  industryCode: "34",
  industrySegment: null,
  sizeClass: "small" as const,
  aboveScale: true,
};
const mid = (r: { min: number; max: number }) => Math.round((r.min + r.max) * 5000);
const cost3 = (s: SolutionEntry) => mid(s.price.oneOff) + 3 * mid(s.price.yearly);
const firstYear = (s: SolutionEntry) => mid(s.price.oneOff) + mid(s.price.yearly);

/** The answers after buying `set`, written without the planner's code. */
function applyAll(t: CompiledTemplate, answers: Answers, set: readonly SolutionEntry[]): Answers {
  const out: Record<string, Answer> = { ...answers };
  for (const q of t.questions) {
    if (!purchasable(q)) continue;
    const offers = set.flatMap((s) => s.improves.filter((i) => i.question === q.code).flatMap((i) => i.options));
    if (offers.length === 0) continue;
    if (q.kind === "multi") {
      const none = q.def.options[q.noneIndex]!.code;
      const had = Array.isArray(answers[q.code]) ? (answers[q.code] as string[]).filter((c) => c !== none) : [];
      const merged = [...new Set([...had, ...offers.filter((o) => o !== none)])];
      if (merged.length > had.length) out[q.code] = merged;
    } else {
      const current = typeof answers[q.code] === "string" ? (q.optionIndex.get(answers[q.code] as string) ?? -1) : -1;
      const best = Math.max(...offers.map((o) => q.optionIndex.get(o) ?? -1));
      if (best > current) out[q.code] = q.def.options[best]!.code;
    }
  }
  for (const s of t.scenes) {
    let level = typeof answers[s.code] === "number" ? (answers[s.code] as number) : 0;
    while (set.some((x) => x.lifts.some((l) => l.scene === s.code && l.from === level))) level++;
    if (level > ((answers[s.code] as number | undefined) ?? 0)) out[s.code] = level;
  }
  return out;
}

function levelOf(t: CompiledTemplate, answers: Answers): Level {
  const core = scoreAnswers(t, answers);
  return levelOnly(t, core.totalMilli, core.sceneLevels, constrainedFlags(t));
}

function entry(
  id: string,
  provider: string,
  oneOff: number,
  yearly: number,
  lifts: SolutionEntry["lifts"],
  improves: SolutionEntry["improves"],
): SolutionEntry {
  return solutionEntry(id, provider, { lifts, improves, price: { oneOff: { min: oneOff, max: oneOff }, yearly: { min: yearly, max: yearly } } });
}

const SCENES = ["S.P", "S.Q", "S.R", "S.T"];
/** Up to 11 random solutions: scene lifts of one or two steps, ticks, raised options, and outcome claims to ignore. */
const catalogueArb = fc
  .array(
    fc.record({
      provider: fc.constantFrom("p1", "p2", "p3"),
      oneOff: fc.integer({ min: 0, max: 12 }),
      yearly: fc.integer({ min: 0, max: 4 }),
      scene: fc.option(fc.record({ scene: fc.constantFrom(...SCENES), from: fc.integer({ min: 0, max: 3 }), two: fc.boolean() })),
      a: fc.option(fc.constantFrom("a1", "a2", "a3")),
      b: fc.subarray(["x", "y", "z"]),
      outcome: fc.boolean(),
    }),
    { minLength: 1, maxLength: 11 },
  )
  .map((rows) =>
    rows.map((r, i) => {
      const lifts: SolutionEntry["lifts"] = [];
      if (r.scene) {
        lifts.push({ scene: r.scene.scene, from: r.scene.from, to: r.scene.from + 1 });
        if (r.scene.two && r.scene.from < 3) lifts.push({ scene: r.scene.scene, from: r.scene.from + 1, to: r.scene.from + 2 });
      }
      const improves: SolutionEntry["improves"] = [];
      if (r.a) improves.push({ question: "F.A", options: [r.a] });
      if (r.b.length > 0) improves.push({ question: "M.B", options: r.b });
      if (r.outcome) improves.push({ question: "E.C", options: ["better"] });
      return entry(`s${i}`, r.provider, r.oneOff, r.yearly, lifts, improves);
    }),
  );
const answersArb = fc.record({
  "F.A": fc.constantFrom("a0", "a1", "a2"),
  "M.B": fc.constantFrom(["none"], ["x"], ["y", "z"]),
  "E.C": fc.constantFrom("worse", "flat", "better"),
  "S.P": fc.integer({ min: 0, max: 3 }),
  "S.Q": fc.integer({ min: 0, max: 3 }),
  "S.R": fc.integer({ min: 0, max: 2 }),
  "S.T": fc.integer({ min: 0, max: 2 }),
});

type Key = { cost3: number; providers: number; firstYear: number };
const less = (a: Key, b: Key | null) =>
  !b || a.cost3 < b.cost3 || (a.cost3 === b.cost3 && (a.providers < b.providers || (a.providers === b.providers && a.firstYear < b.firstYear)));

describe("the least-cost plan", () => {
  it.each([
    ["a monotone level rule", MONOTONE_RULE],
    ["a rule where a higher rung can be cheaper", ODD_RULE],
  ])(
    "equals brute force over every set of solutions, ties broken by providers then first-year cost, with or without a pain-point scene (%s)",
    (_, rule) => {
      const t = smallTemplate({ a: [1, 1, 1], b: [1, 1, 1], c: [1, 1], scene: new Array(16).fill(1) }, rule);
      fc.assert(
        fc.property(catalogueArb, answersArb, fc.integer({ min: 1, max: 4 }), fc.option(fc.constantFrom(...SCENES)), (catalogue, answers, target, pain) => {
          // A pain-point scene must reach the target, or one level more when it is there already.
          const painFrom = pain ? (answers[pain as keyof typeof answers] as number) : 0;
          const painTo = pain ? Math.min(4, Math.max(target, painFrom + 1)) : 0;
          let best: (Key & { set: SolutionEntry[] }) | null = null;
          for (let mask = 0; mask < 1 << catalogue.length; mask++) {
            const set = catalogue.filter((_, i) => mask & (1 << i));
            const after = applyAll(t, answers, set);
            if (levelOf(t, after) < target) continue;
            if (pain && ((after[pain] as number | undefined) ?? 0) < painTo) continue;
            const key = {
              cost3: set.reduce((s, x) => s + cost3(x), 0),
              providers: new Set(set.map((x) => x.provider.id)).size,
              firstYear: set.reduce((s, x) => s + firstYear(x), 0),
            };
            if (less(key, best)) best = { ...key, set };
          }
          const painPoints = pain ? [{ scene: pain, words: ["x"], field: "painPoints" as const }] : [];
          const plan = buildPlan({
            solver: SOLVER,
            template: t,
            answers,
            target: target as Level,
            firm: FIRM,
            catalogue,
            policies: [],
            today: "2026-11-29",
            painPoints,
          });
          expect(plan.reachable).toBe(best !== null);
          if (!best) return;
          expect(plan.exact).toBe(true);
          expect({ cost3: plan.threeYearCostYuan, providers: plan.providers, firstYear: plan.totalCostYuan }).toEqual({
            cost3: best.cost3,
            providers: best.providers,
            firstYear: best.firstYear,
          });
          expect(levelOf(t, plan.answersAfter)).toBeGreaterThanOrEqual(target);
          expect(plan.answersAfter["E.C"]).toBe(answers["E.C"]);
          const sorted = (a: Answers) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, Array.isArray(v) ? [...(v as string[])].sort() : v]));
          expect(sorted(plan.answersAfter)).toEqual(
            sorted(
              applyAll(
                t,
                answers,
                catalogue.filter((s) => plan.solutions.some((x) => x.id === s.id)),
              ),
            ),
          );
        }),
        { numRuns: 150 },
      );
      // 150 exact solves against brute force: about 2 s alone, more beside other test files on two cores.
    },
    30_000,
  );
});

/** The same question as an integer programme, in another encoding (one-hot final options and levels), from the raw entries. */
function independentLp(t: CompiledTemplate, answers: Answers, catalogue: readonly SolutionEntry[], target: Level): string {
  const rung = t.rungs.find((r) => r.level === target)!;
  const constrained = constrainedFlags(t);
  const rows: string[] = [];
  const bins = catalogue.map((_, i) => `x${i}`);
  const offering = (pred: (s: SolutionEntry) => boolean) => catalogue.map((s, i) => (pred(s) ? `x${i}` : null)).filter((v) => v !== null);
  const points: string[] = [];
  let constant = 0;
  t.questions.forEach((q, qi) => {
    const value = answers[q.code];
    if (q.kind === "multi") {
      const had = new Set(Array.isArray(value) ? value : []);
      const terms: string[] = [];
      let fixed = 0;
      q.def.options.forEach((o, oi) => {
        const milli = q.optionMilli[oi]!;
        if (milli === 0) return;
        if (had.has(o.code)) return void (fixed += milli);
        if (!purchasable(q)) return;
        const by = offering((s) => s.improves.some((i) => i.question === q.code && i.options.includes(o.code)));
        if (by.length === 0) return;
        bins.push(`w${qi}_${oi}`);
        rows.push(`w${qi}_${oi} - ${by.join(" - ")} <= 0`);
        terms.push(`${milli} w${qi}_${oi}`);
      });
      if (terms.length === 0) return void (constant += Math.min(fixed, q.maxMilli));
      rows.push(`m${qi} - ${terms.join(" - ")} <= ${fixed}`, `m${qi} <= ${q.maxMilli}`);
      points.push(`m${qi}`);
    } else {
      const current = typeof value === "string" ? q.optionIndex.get(value)! : -1;
      const choices = [`z${qi}_base`];
      bins.push(`z${qi}_base`);
      points.push(`${current < 0 ? 0 : q.optionMilli[current]!} z${qi}_base`);
      if (purchasable(q)) {
        for (let k = current + 1; k < q.def.options.length; k++) {
          const by = offering((s) => s.improves.some((i) => i.question === q.code && i.options.some((o) => q.optionIndex.get(o)! >= k)));
          if (by.length === 0) continue;
          bins.push(`z${qi}_${k}`);
          choices.push(`z${qi}_${k}`);
          rows.push(`z${qi}_${k} - ${by.join(" - ")} <= 0`);
          points.push(`${q.optionMilli[k]!} z${qi}_${k}`);
        }
      }
      rows.push(`${choices.join(" + ")} = 1`);
    }
  });
  rows.push(`${points.join(" + ")} >= ${rung.minScoreMilli - constant}`);
  // "A not above B", kept when the firm meets it today: buying what takes A to option k needs B at k or above.
  for (const rule of t.def.consistency) {
    const a = t.questionByCode.get(rule.question)!;
    const b = t.questionByCode.get(rule.notAbove)!;
    const index = (q: typeof a) => (typeof answers[q.code] === "string" ? q.optionIndex.get(answers[q.code] as string)! : -1);
    if (index(a) > index(b)) continue;
    catalogue.forEach((s, i) => {
      const k = Math.max(-1, ...s.improves.filter((x) => x.question === a.code).flatMap((x) => x.options.map((o) => a.optionIndex.get(o)!)));
      if (k <= index(a) || k <= index(b)) return;
      const lifts = offering((x) => x.improves.some((y) => y.question === b.code && y.options.some((o) => b.optionIndex.get(o)! >= k)));
      rows.push(lifts.length > 0 ? `x${i} - ${lifts.join(" - ")} <= 0` : `x${i} <= 0`);
    });
  }
  const all: string[] = [];
  const con: string[] = [];
  let fixedAll = 0;
  let fixedCon = 0;
  t.scenes.forEach((s, j) => {
    const base = typeof answers[s.code] === "number" ? (answers[s.code] as number) : 0;
    if (base >= target) {
      fixedAll++;
      if (constrained[j]) fixedCon++;
      return;
    }
    for (let l = base + 1; l <= target; l++) {
      bins.push(`y${j}_${l}`);
      const by = offering((x) => x.lifts.some((lift) => lift.scene === s.code && lift.from === l - 1));
      rows.push(by.length > 0 ? `y${j}_${l} - ${by.join(" - ")} <= 0` : `y${j}_${l} = 0`);
      if (l > base + 1) rows.push(`y${j}_${l} - y${j}_${l - 1} <= 0`);
    }
    all.push(`y${j}_${target}`);
    if (constrained[j]) con.push(`y${j}_${target}`);
  });
  rows.push(`${all.length ? all.join(" + ") : "0 x0"} >= ${rung.minScenes - fixedAll}`);
  rows.push(`${con.length ? con.join(" + ") : "0 x0"} >= ${rung.minConstrained - fixedCon}`);
  return [
    "Minimize",
    ` cost: ${catalogue.map((s, i) => `${cost3(s)} x${i}`).join(" + ")}`,
    "Subject To",
    ...rows.map((r, i) => ` r${i}: ${r}`),
    "Binary",
    ...bins.map((b) => ` ${b}`),
    "End",
  ].join("\n");
}

describe("the least-cost plan on the seeded catalogue", () => {
  const t = getTemplate("miit-2024-manufacturing");
  const catalogue = loadSolutionCatalogue();
  const usable = catalogue.filter((s) => fits(s, FIRM));

  it("costs what an independent integer programme proves optimal, for 300 random firms, and its answers reach the target", () => {
    let compared = 0;
    let reachable = 0;
    for (let seed = 1; compared < 300; seed++) {
      const answers = randomAnswers(t, seed);
      const level = levelOf(t, answers);
      if (level >= 4) continue;
      const target = (seed % 3 === 0 && level < 1 ? 2 : level + 1) as Level;
      const plan = buildPlan({ solver: SOLVER, template: t, answers, target, firm: FIRM, catalogue, policies: [], today: "2026-11-29" });
      const truth = SOLVER.solve(independentLp(t, answers, usable, target), { output_flag: false, mip_rel_gap: 0 });
      expect(plan.reachable, `seed ${seed}`).toBe(truth.Status === "Optimal");
      compared++;
      if (!plan.reachable) continue;
      reachable++;
      expect(plan.exact).toBe(true);
      expect(plan.threeYearCostYuan, `seed ${seed} target ${target}`).toBe(Math.round(truth.ObjectiveValue));
      const bought = catalogue.filter((s) => plan.solutions.some((x) => x.id === s.id));
      expect(plan.threeYearCostYuan).toBe(bought.reduce((s, x) => s + cost3(x), 0));
      expect(levelOf(t, plan.answersAfter), `seed ${seed}`).toBeGreaterThanOrEqual(target);
      expect(plan.levelAfter).toBe(levelOf(t, plan.answersAfter));
      for (const q of t.questions) if (!purchasable(q)) expect(plan.answersAfter[q.code], q.code).toEqual(answers[q.code]);
      // No contradiction the firm's own answers did not have (a gateway never networks more than is digital).
      const warnings = (a: Answers) => {
        const e = evaluate(t, a, {});
        return e.ok ? e.result.warnings.map((w) => `${w.code}:${w.questions.join(",")}`) : ["invalid"];
      };
      const before = warnings(answers);
      expect(
        warnings(plan.answersAfter).filter((w) => !before.includes(w)),
        `seed ${seed}`,
      ).toEqual([]);
    }
    expect(reachable).toBeGreaterThan(250);
  }, 120_000);

  it("buys nothing when the firm already stands at the target, and says when the catalogue cannot reach it", () => {
    const answers = randomAnswers(t, 5);
    const level = levelOf(t, answers);
    const met = buildPlan({
      solver: SOLVER,
      template: t,
      answers,
      target: Math.max(1, level) as Level,
      firm: FIRM,
      catalogue,
      policies: [],
      today: "2026-11-29",
    });
    if (level >= 1) expect(met).toMatchObject({ reachable: true, alreadyMet: true, solutions: [], threeYearCostYuan: 0 });
    const none = buildPlan({ solver: SOLVER, template: t, answers: {}, target: 4, firm: FIRM, catalogue: [], policies: [], today: "2026-11-29" });
    expect(none).toMatchObject({ reachable: false, solutions: [], levelAfter: 0 });
  });
});
