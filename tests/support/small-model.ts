import fc from "fast-check";
import { levelOnly, scoreAnswers } from "@/scoring/engine/score";
import type { Answers } from "@/scoring/engine/types";
import { compileTemplate, constrainedFlags, type CompiledTemplate } from "@/scoring/model/load";
import type { TemplateInput } from "@/scoring/model/schema";
import { modelEffort, type EffortModel } from "@/scoring/path/effort";

/** A small model and an exhaustive search, shared by the optimality tests of the plain and costed paths. */

const L = (s: string) => ({ "zh-CN": s, en: s });
const help = { meaning: L("m"), evidence: L("e") };

/**
 * A small model on the same frame: three questions (one with a multi cap that binds), four scenes,
 * two of them constrained. Efforts come from the property test, so every run is a new instance.
 */
export const MONOTONE_RULE = [
  { level: 4, minScore: 80, minScenes: 4, minConstrained: 2 },
  { level: 3, minScore: 60, minScenes: 3, minConstrained: 2 },
  { level: 2, minScore: 40, minScenes: 2, minConstrained: 1 },
  { level: 1, minScore: 20, minScenes: 2, minConstrained: 1 },
];
/** A rule where a higher level asks for fewer scenes, so a higher rung can be the cheaper way up. */
export const ODD_RULE = [
  { level: 4, minScore: 90, minScenes: 1, minConstrained: 0 },
  { level: 3, minScore: 70, minScenes: 2, minConstrained: 1 },
  { level: 2, minScore: 40, minScenes: 4, minConstrained: 2 },
  { level: 1, minScore: 20, minScenes: 3, minConstrained: 1 },
];

export function smallTemplate(e: { a: number[]; b: number[]; c: number[]; scene: number[] }, levelRule = MONOTONE_RULE): CompiledTemplate {
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
        code: "F.A",
        indicator: "F.A",
        kind: "single",
        max: 50,
        label: L("A"),
        help,
        options: [0, 10, 25, 50].map((points, i) => ({ code: `a${i}`, label: L(`a${i}`), points, effort: e.a.slice(0, i).reduce((s, x) => s + x, 0) })),
      },
      {
        code: "M.B",
        indicator: "M.B",
        kind: "multi",
        max: 30,
        none: "none",
        label: L("B"),
        help,
        options: [
          { code: "none", label: L("none"), points: 0, effort: 0 },
          { code: "x", label: L("x"), points: 15, effort: e.b[0]! },
          { code: "y", label: L("y"), points: 15, effort: e.b[1]! },
          { code: "z", label: L("z"), points: 10, effort: e.b[2]! },
        ],
      },
      {
        code: "E.C",
        indicator: "E.C",
        kind: "trend",
        max: 20,
        label: L("C"),
        help,
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
      code,
      group: "G",
      label: L(code),
      ladder: { 1: L("1"), 2: L("2"), 3: L("3"), 4: L("4") },
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
export function bruteForce(t: CompiledTemplate, answers: Answers, target: number, effort: EffortModel = modelEffort): number {
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
          let cost = (aFrom === ai ? 0 : effort.optionChange(a, aFrom, ai)) + (cFrom === ci ? 0 : effort.optionChange(c, cFrom, ci));
          for (const o of added) cost += effort.multiOption(b, b.optionIndex.get(o)!);
          levels.forEach((l, i) => {
            for (let x = levels0[i]! + 1; x <= l; x++) cost += effort.sceneStep(t.scenes[i]!, x);
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

export const effortArb = fc.record({
  a: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 3, maxLength: 3 }),
  b: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 3, maxLength: 3 }),
  c: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 2 }),
  scene: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 16, maxLength: 16 }),
});
export const answersArb = fc.record(
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
