import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answersArb, bruteForce, effortArb, MONOTONE_RULE, ODD_RULE, smallTemplate } from "@/tests/support/small-model";
import { levelOnly, scoreAnswers } from "../engine/score";
import { findInconsistencies } from "../engine/validate";
import type { Answers, Level } from "../engine/types";
import { constrainedFlags, type CompiledTemplate } from "../model/load";
import { getTemplate } from "../templates";
import { applyPath, cheapestPath } from "./cheapest-path";

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
            ? fc.subarray(
                q.def.options.filter((o) => o.code !== q.def.options[q.noneIndex]?.code).map((o) => o.code),
                { minLength: 1 },
              )
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
