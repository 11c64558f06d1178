import { describe, expect, it } from "vitest";
import { benchmark, median, percentileRank } from "./benchmark";
import { specializedPoints } from "./specialized";

describe("percentileRank", () => {
  it.each([
    [50, [10, 20, 30, 40], 100],
    [5, [10, 20, 30, 40], 0],
    [25, [10, 20, 30, 40], 50],
    [20, [10, 20, 30, 40], 37.5], // one below, one equal (half)
    [20, [20, 20, 20, 20], 50],
    [20, [], 0],
  ])("%d among %j → %d", (value, peers, expected) => {
    expect(percentileRank(value, peers)).toBe(expected);
  });

  it("medians", () => {
    expect(median([1, 2, 3])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});

describe("benchmark", () => {
  it("places total, dimensions and scenes among peers", () => {
    const peer = (total: number, quality: number) => ({ total, dimensions: { FOUNDATION: total / 2 }, scenes: { "S.QUALITY": quality } });
    const b = benchmark(peer(40, 2), [peer(20, 1), peer(30, 2), peer(50, 3), peer(60, 1)]);
    expect(b.peers).toBe(4);
    expect(b.total).toEqual({ value: 40, percentile: 50, median: 40 });
    expect(b.dimensions.FOUNDATION?.percentile).toBe(50);
    expect(b.scenes["S.QUALITY"]).toEqual({ value: 2, percentile: 62.5, median: 1.5 });
  });
});

describe("专精特新 digital-level points", () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 3],
    [3, 5],
    [4, 5],
  ] as const)("level %i → %i points", (level, points) => {
    expect(specializedPoints(level)).toEqual({ points, max: 5, confidence: "M" });
  });
});
