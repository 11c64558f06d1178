import { describe, expect, it } from "vitest";
import { loadSolutionCatalogue, type SolutionEntry } from "@/db/catalogue/solutions";
import { solutionEntry } from "@/tests/support/solution-entry";
import { MAX_PER_PROVIDER, rankSolutions } from "./rank";

const catalogue = loadSolutionCatalogue();
const small = { industryCode: "34", sizeClass: "small" as const };

function entry(id: string, provider: string, price: number, over: Partial<SolutionEntry> = {}): SolutionEntry {
  return solutionEntry(id, provider, {
    lifts: [{ scene: "S.QUALITY", from: 1, to: 2 }],
    price: { oneOff: { min: price, max: price }, yearly: { min: 0, max: 0 } },
    ...over,
  });
}

describe("rankSolutions", () => {
  it("offers candidates for every scene step of the demo catalogue, fitting the firm", () => {
    for (const scene of ["S.QUALITY", "S.FINANCE", "S.PRODUCTION"]) {
      for (let from = 0; from < 4; from++) {
        const list = rankSolutions(catalogue, { kind: "scene", scene, from }, { industryCode: "34", sizeClass: "medium" });
        expect(list.length, `${scene} ${from}`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it("keeps at most two entries of one provider in any list, the next best filling in", () => {
    const many = [
      entry("a1", "acme", 1),
      entry("a2", "acme", 2),
      entry("a3", "acme", 3),
      entry("a4", "acme", 4),
      entry("b1", "beta", 50),
      entry("c1", "gamma", 80),
    ];
    const list = rankSolutions(many, { kind: "scene", scene: "S.QUALITY", from: 1 }, small, 5);
    expect(list.map((r) => r.id)).toEqual(["a1", "a2", "b1", "c1"]);
    const perProvider = new Map<string, number>();
    for (const r of list) perProvider.set(r.provider, (perProvider.get(r.provider) ?? 0) + 1);
    expect(Math.max(...perProvider.values())).toBeLessThanOrEqual(MAX_PER_PROVIDER);
  });

  it("holds vendor neutrality on every list of the real catalogue", () => {
    for (const s of ["S.QUALITY", "S.HR", "S.PURCHASING"]) {
      for (let from = 0; from < 4; from++) {
        const list = rankSolutions(catalogue, { kind: "scene", scene: s, from }, small, 10);
        const counts = new Map<string, number>();
        for (const r of list) counts.set(r.provider, (counts.get(r.provider) ?? 0) + 1);
        for (const n of counts.values()) expect(n).toBeLessThanOrEqual(MAX_PER_PROVIDER);
      }
    }
  });

  it("leaves out offerings for other industries or sizes, prefers industry-specific and 小快轻准 ones, breaks ties by price then id", () => {
    const list = rankSolutions(
      [
        entry("generic", "p1", 5),
        entry("made-for-34", "p2", 5, { industries: ["34"] }),
        entry("other-industry", "p3", 1, { industries: ["13"] }),
        entry("large-only", "p4", 1, { sizes: ["large"] }),
        entry("light", "p5", 5, { xiaokuaiqingzhun: true }),
        entry("twin-b", "p6", 5),
      ],
      { kind: "scene", scene: "S.QUALITY", from: 1 },
      small,
    );
    expect(list.map((r) => r.id)).toEqual(["made-for-34", "light", "generic", "twin-b"]);
  });

  it("finds solutions for a question's options", () => {
    const list = rankSolutions(catalogue, { kind: "question", question: "F.NETSEC", options: ["policy"] }, small);
    expect(list.map((r) => r.id)).toContain("sec-managed");
  });
});
