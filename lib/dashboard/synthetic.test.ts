import { describe, expect, it } from "vitest";
import { rng, syntheticFirm } from "./synthetic";

describe("synthetic firms", () => {
  it("are deterministic for a seed, scored by the engine, and spread over levels, sizes and districts", () => {
    const a = rng(7);
    const b = rng(7);
    const now = Date.UTC(2026, 10, 30);
    expect(syntheticFirm(1, "4101", a, now)).toEqual(syntheticFirm(1, "4101", b, now));
    const random = rng(42);
    const firms = Array.from({ length: 400 }, (_, i) => syntheticFirm(i, i % 2 ? "4101" : "1401", random, now));
    const results = firms.flatMap((f) => f.results);
    expect(results.length).toBeGreaterThan(400);
    const levels = new Set(results.map((r) => r.level));
    expect(levels.size).toBeGreaterThanOrEqual(3);
    expect(new Set(firms.map((f) => f.sizeClass)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(firms.map((f) => f.districtCode)).size).toBeGreaterThan(5);
    expect(results.every((r) => r.total >= 0 && r.total <= 100 && r.submittedAt.getTime() < now)).toBe(true);
    // A reassessment comes after the first result.
    for (const f of firms.filter((x) => x.results.length === 2)) expect(f.results[1]!.submittedAt > f.results[0]!.submittedAt).toBe(true);
  });
});
