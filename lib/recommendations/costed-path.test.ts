import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SolutionEntry } from "@/db/catalogue/solutions";
import { cheapestPath, type Level } from "@/scoring";
import { answersArb, bruteForce, MONOTONE_RULE, smallTemplate } from "@/tests/support/small-model";
import { solutionEffort } from "./solution-effort";

const firm = { industryCode: "34", sizeClass: "small" as const };

function solution(id: string, price: number, lifts: SolutionEntry["lifts"], improves: SolutionEntry["improves"]): SolutionEntry {
  return {
    id,
    category: "system",
    name: { "zh-CN": id, en: id },
    provider: { id: `p-${id}`, name: { "zh-CN": id, en: id } },
    description: { "zh-CN": "d", en: "d" },
    lifts,
    improves,
    industries: ["*"],
    sizes: ["small"],
    deployment: "saas",
    price: { oneOff: { min: price, max: price }, yearly: { min: 0, max: 0 } },
    durationWeeks: { min: 1, max: 1 },
    costType: "software",
    xiaokuaiqingzhun: true,
    demo: true,
  };
}

/** A random small catalogue: every scene step and answer has an offer, at random prices, some bundled. */
const catalogueArb = fc
  .record({
    scenePrices: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 16, maxLength: 16 }),
    bundle: fc.boolean(),
    aPrices: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 3, maxLength: 3 }),
    bPrices: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 3, maxLength: 3 }),
    cPrices: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 2, maxLength: 2 }),
  })
  .map(({ scenePrices, bundle, aPrices, bPrices, cPrices }) => {
    const list: SolutionEntry[] = [];
    ["S.P", "S.Q", "S.R", "S.T"].forEach((scene, i) => {
      for (let from = 0; from < 4; from++) list.push(solution(`s${i}-${from}`, scenePrices[i * 4 + from]!, [{ scene, from, to: from + 1 }], []));
    });
    if (bundle) list.push(solution("bundle", 10, [{ scene: "S.P", from: 0, to: 1 }, { scene: "S.Q", from: 0, to: 1 }], []));
    ["a1", "a2", "a3"].forEach((o, i) => list.push(solution(`fa-${o}`, aPrices[i]!, [], [{ question: "F.A", options: [o] }])));
    ["x", "y", "z"].forEach((o, i) => list.push(solution(`mb-${o}`, bPrices[i]!, [], [{ question: "M.B", options: [o] }])));
    ["flat", "better"].forEach((o, i) => list.push(solution(`ec-${o}`, cPrices[i]!, [], [{ question: "E.C", options: [o] }])));
    return list;
  });

describe("the costed path", () => {
  it("is optimal for the prices: equal to brute force over every raise on small instances", () => {
    const t = smallTemplate({ a: [1, 1, 1], b: [1, 1, 1], c: [1, 1], scene: new Array(16).fill(1) }, MONOTONE_RULE);
    fc.assert(
      fc.property(catalogueArb, answersArb, fc.integer({ min: 1, max: 4 }), (catalogue, answers, target) => {
        const effort = solutionEffort(catalogue, firm);
        const path = cheapestPath(t, answers, { target: target as Level, effort });
        if (path.alreadyMet) return;
        const truth = bruteForce(t, answers, target, effort);
        expect(path.reachable).toBe(Number.isFinite(truth));
        if (path.reachable) expect(path.effort).toBeCloseTo(truth, 6);
      }),
      { numRuns: 60 },
    );
  });

  it("treats a step nobody offers as out of reach", () => {
    const t = smallTemplate({ a: [1, 1, 1], b: [1, 1, 1], c: [1, 1], scene: new Array(16).fill(1) }, MONOTONE_RULE);
    const onlyPoints = [solution("fa", 1, [], [{ question: "F.A", options: ["a3"] }])];
    const path = cheapestPath(t, {}, { target: 1, effort: solutionEffort(onlyPoints, firm) });
    expect(path.reachable).toBe(false);
  });
});
