import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { levelOnly, scoreAnswers } from "../engine/score";
import { findInconsistencies } from "../engine/validate";
import type { Answers, Level } from "../engine/types";
import { compileTemplate, constrainedFlags, type CompiledTemplate } from "../model/load";
import type { TemplateInput } from "../model/schema";
import { getTemplate } from "../templates";
import { applyPath, cheapestPath } from "./cheapest-path";
import { modelEffort } from "./effort";

const L = (s: string) => ({ "zh-CN": s, en: s });
const help = { meaning: L("m"), evidence: L("e") };

/**
 * A small model on the same frame: three questions (one with a multi cap that binds), four scenes,
 * two of them constrained. Efforts come from the property test, so every run is a new instance.
 */
const MONOTONE_RULE = [
  { level: 4, minScore: 80, minScenes: 4, minConstrained: 2 },
  { level: 3, minScore: 60, minScenes: 3, minConstrained: 2 },
  { level: 2, minScore: 40, minScenes: 2, minConstrained: 1 },
  { level: 1, minScore: 20, minScenes: 2, minConstrained: 1 },
];
/** A rule where a higher level asks for fewer scenes, so a higher rung can be the cheaper way up. */
const ODD_RULE = [
  { level: 4, minScore: 90, minScenes: 1, minConstrained: 0 },
  { level: 3, minScore: 70, minScenes: 2, minConstrained: 1 },
  { level: 2, minScore: 40, minScenes: 4, minConstrained: 2 },
  { level: 1, minScore: 20, minScenes: 3, minConstrained: 1 },
];

function smallTemplate(e: { a: number[]; b: number[]; c: number[]; scene: number[] }, levelRule = MONOTONE_RULE): CompiledTemplate {
  const raw: TemplateInput = {
    id: "small",
    version: "1",
    label: L("small"),
    isReference: true,
    source: L("test"),
    dimensions: [
      { code: "FOUNDATION", label: L("F"), max: 50 },
      { code: "MANAGEMENT", label: L("M"), max: 30 },
      { code: "EFFECT", label: L("E"), max: 20 },
    ],
    indicators: [
      { code: "F.A", dimension: "FOUNDATION", label: L("A"), max: 50 },
      { code: "M.B", dimension: "MANAGEMENT", label: L("B"), max: 30 },
      { code: "E.C", dimension: "EFFECT", label: L("C"), max: 20 },
    ],
    questions: [
      {
        code: "F.A", indicator: "F.A", kind: "single", max: 50, label: L("A"), help,
        options: [0, 10, 25, 50].map((points, i) => ({ code: `a${i}`, label: L(`a${i}`), points, effort: e.a.slice(0, i).reduce((s, x) => s + x, 0) })),
      },
      {
        code: "M.B", indicator: "M.B", kind: "multi", max: 30, none: "none", label: L("B"), help,
        options: [
          { code: "none", label: L("none"), points: 0, effort: 0 },
          { code: "x", label: L("x"), points: 15, effort: e.b[0]! },
          { code: "y", label: L("y"), points: 15, effort: e.b[1]! },
          { code: "z", label: L("z"), points: 10, effort: e.b[2]! },
        ],
      },
      {
        code: "E.C", indicator: "E.C", kind: "trend", max: 20, label: L("C"), help,
        options: [
          { code: "worse", label: L("w"), points: 0, effort: 0 },
          { code: "flat", label: L("f"), points: 10, effort: e.c[0]! },
          { code: "better", label: L("b"), points: 20, effort: e.c[0]! + e.c[1]! },
        ],
        evidence: { measure: L("m"), better: "higher" },
      },
    ],
    sceneGroups: [{ code: "G", label: L("G") }],
    scenes: ["S.P", "S.Q", "S.R", "S.T"].map((code, i) => ({
      code, group: "G", label: L(code), ladder: { 1: L("1"), 2: L("2"), 3: L("3"), 4: L("4") },
      stepEffort: e.scene.slice(i * 4, i * 4 + 4),
    })),
    sceneLevelZero: L("0"),
    sceneStepEffort: [1, 1, 1, 1],
    levelRule,
    levelNames: { 0: L("0"), 1: L("1"), 2: L("2"), 3: L("3"), 4: L("4") },
    levelDescriptions: { 1: L("1"), 2: L("2"), 3: L("3"), 4: L("4") },
    profiles: [{ code: "p", label: L("p"), scenes: ["S.P", "S.Q"] }],
    defaultProfile: "p",
    trendFlatPercent: 1,
  };
  return compileTemplate(raw);
}

/** Every combination of raised answers, scored by the engine itself: the true minimum effort. */
function bruteForce(t: CompiledTemplate, answers: Answers, target: number): number {
  const constrained = constrainedFlags(t);
  const a = t.questionByCode.get("F.A")!;
  const b = t.questionByCode.get("M.B")!;
  const c = t.questionByCode.get("E.C")!;
  const aFrom = typeof answers["F.A"] === "string" ? a.optionIndex.get(answers["F.A"] as string)! : -1;
  const cFrom = typeof answers["E.C"] === "string" ? c.optionIndex.get(answers["E.C"] as string)! : -1;
  const bHave = new Set((answers["M.B"] as string[] | undefined) ?? []);
  const bItems = ["x", "y", "z"].filter((o) => !bHave.has(o));
  let best = Infinity;
  for (let ai = Math.max(0, aFrom); ai < 4; ai++) {
    for (let ci = Math.max(0, cFrom); ci < 3; ci++) {
      for (let mask = 0; mask < 1 << bItems.length; mask++) {
        const added = bItems.filter((_, i) => mask & (1 << i));
        const levels0 = t.scenes.map((s) => (answers[s.code] as number | undefined) ?? 0);
        const ranges = levels0.map((l) => 5 - l);
        const combos = ranges.reduce((p, r) => p * r, 1);
        for (let k = 0; k < combos; k++) {
          let rest = k;
          const levels = levels0.map((l, i) => {
            const v = l + (rest % ranges[i]!);
            rest = Math.floor(rest / ranges[i]!);
            return v;
          });
          let cost = (aFrom === ai ? 0 : modelEffort.optionChange(a, aFrom, ai)) + (cFrom === ci ? 0 : modelEffort.optionChange(c, cFrom, ci));
          for (const o of added) cost += modelEffort.multiOption(b, b.optionIndex.get(o)!);
          levels.forEach((l, i) => {
            for (let x = levels0[i]! + 1; x <= l; x++) cost += modelEffort.sceneStep(t.scenes[i]!, x);
          });
          if (cost >= best) continue;
          const next: Record<string, Answers[string]> = {
            ...answers,
            "F.A": `a${ai}`,
            "E.C": c.def.options[ci]!.code,
            "M.B": [...[...bHave].filter((o) => o !== "none"), ...added],
          };
          t.scenes.forEach((s, i) => (next[s.code] = levels[i]!));
          const core = scoreAnswers(t, next);
          if (levelOnly(t, core.totalMilli, core.sceneLevels, constrained) >= target) best = cost;
        }
      }
    }
  }
  return best;
}

const effortArb = fc.record({
  a: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 3, maxLength: 3 }),
  b: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 3, maxLength: 3 }),
  c: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 2 }),
  scene: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 16, maxLength: 16 }),
});
const answersArb = fc.record(
  {
    "F.A": fc.constantFrom("a0", "a1", "a2", "a3"),
    "M.B": fc.subarray(["x", "y", "z"], { minLength: 1 }),
    "E.C": fc.constantFrom("worse", "flat", "better"),
    "S.P": fc.integer({ min: 0, max: 4 }),
    "S.Q": fc.integer({ min: 0, max: 4 }),
    "S.R": fc.integer({ min: 0, max: 4 }),
    "S.T": fc.integer({ min: 0, max: 4 }),
  },
  { requiredKeys: [] },
);

describe("cheapest path", () => {
  it.each([
    ["the official (monotone) rule", MONOTONE_RULE],
    ["a rule where a higher rung can be cheaper", ODD_RULE],
  ])("is optimal under %s: its effort equals the brute-force minimum on small instances", (_name, rule) => {
    fc.assert(
      fc.property(effortArb, answersArb, fc.integer({ min: 1, max: 4 }), (efforts, answers, target) => {
        const t = smallTemplate(efforts, rule);
        expect(t.rungsMonotone).toBe(rule === MONOTONE_RULE);
        const core = scoreAnswers(t, answers);
        const current = levelOnly(t, core.totalMilli, core.sceneLevels, constrainedFlags(t));
        const path = cheapestPath(t, answers, { target: target as Level });
        const truth = bruteForce(t, answers, target);
        if (current >= target) {
          expect(path.alreadyMet).toBe(true);
          return;
        }
        expect(path.reachable).toBe(Number.isFinite(truth));
        expect(path.effort).toBeCloseTo(truth, 9);
        const after = scoreAnswers(t, applyPath(answers, path));
        expect(levelOnly(t, after.totalMilli, after.sceneLevels, constrainedFlags(t))).toBeGreaterThanOrEqual(target);
      }),
      { numRuns: 120 },
    );
  });

  it("respects the multi cap (15 + 15 + 10 capped at 30)", () => {
    const t = smallTemplate({ a: [100, 100, 100], b: [1, 1, 1], c: [100, 100], scene: new Array(16).fill(0) });
    const path = cheapestPath(t, { "F.A": "a0", "E.C": "worse", "M.B": ["z"] }, { target: 1 });
    // 20 points needed: z (10) is held, x alone brings 15 → 25 ≥ 20; adding y too would be waste.
    expect(path.effort).toBe(1);
    expect(path.after.total).toBe(25);
  });

  const manufacturing = getTemplate("miit-2024-manufacturing");
  const answersFor = (t: CompiledTemplate) =>
    fc.record(
      Object.fromEntries([
        ...t.questions.map((q) => [
          q.code,
          q.kind === "multi"
            ? fc.subarray(q.def.options.filter((o) => o.code !== q.def.options[q.noneIndex]?.code).map((o) => o.code), { minLength: 1 })
            : fc.constantFrom(...q.def.options.map((o) => o.code)),
        ]),
        ...t.scenes.map((s) => [s.code, fc.integer({ min: 0, max: 4 })]),
      ]),
      { requiredKeys: [] },
    ) as fc.Arbitrary<Answers>;

  it("always reaches the level it promises on the real template", () => {
    fc.assert(
      fc.property(answersFor(manufacturing), fc.integer({ min: 1, max: 4 }), (answers, target) => {
        const path = cheapestPath(manufacturing, answers, { target: target as Level });
        expect(path.reachable).toBe(true);
        const after = scoreAnswers(manufacturing, applyPath(answers, path));
        expect(levelOnly(manufacturing, after.totalMilli, after.sceneLevels, manufacturing.defaultConstrained)).toBeGreaterThanOrEqual(target);
        expect(path.after.level).toBeGreaterThanOrEqual(target);
        for (const step of path.steps) expect(step.effort).toBeGreaterThanOrEqual(0);
        // The plan never creates a contradiction (e.g. more networked than digital equipment).
        if (findInconsistencies(manufacturing, answers).length === 0) {
          expect(findInconsistencies(manufacturing, applyPath(answers, path))).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("goes from nothing to 四级 with every scene condition and 80 points", () => {
    const path = cheapestPath(manufacturing, {}, { target: 4 });
    expect(path.after).toMatchObject({ level: 4 });
    expect(path.after.total).toBeGreaterThanOrEqual(80);
    const scenes = path.steps.filter((s) => s.kind === "scene");
    expect(scenes).toHaveLength(10);
    expect(scenes.filter((s) => s.kind === "scene" && s.constrained).length).toBeGreaterThanOrEqual(6);
  });

  it("raises digital equipment with networked equipment, never networked alone above it", () => {
    const answers = { "F.EQDIG": "p20_40", "F.EQNET": "p20_40" };
    const path = cheapestPath(manufacturing, answers, { target: 4 });
    const after = applyPath(answers, path);
    const t = manufacturing;
    const idx = (code: string) => t.questionByCode.get(code)!.optionIndex.get(after[code] as string)!;
    expect(idx("F.EQNET")).toBeLessThanOrEqual(idx("F.EQDIG"));
  });

  it("says when the target is already met and when nothing changes", () => {
    const path = cheapestPath(manufacturing, {}, { target: 0 as Level });
    expect(path).toMatchObject({ alreadyMet: true, steps: [], effort: 0 });
  });

  it("reports running totals after each step, quick wins first", () => {
    const path = cheapestPath(manufacturing, { "F.IS": "one" }, { target: 1 });
    const efforts = path.steps.map((s) => s.effort);
    expect([...efforts].sort((x, y) => x - y)).toEqual(efforts);
    const last = path.steps[path.steps.length - 1];
    expect(last?.after.total).toBe(path.after.total);
  });
});
