import { describe, expect, it } from "vitest";
import { loadSolutionCatalogue } from "@/db/catalogue/solutions";
import { getTemplate } from "@/scoring";
import { solutionEntry } from "@/tests/support/solution-entry";
import { budgetOf, expectedEffects, fundBandAfter, scheduleOf } from "./budget";

const t = getTemplate("miit-2024-manufacturing");
const catalogue = loadSolutionCatalogue();
const byId = (id: string) => catalogue.find((s) => s.id === id)!;

describe("the plan's budget, order and expected effects", () => {
  it("splits the cost into 软件 / 硬件 / 服务 that add up to the plan's first-year and three-year costs", () => {
    const bought = ["marketing-lite", "equip-gateway", "consult-rules", "sec-managed"].map(byId);
    const rows = budgetOf(bought);
    expect(rows.map((r) => r.line)).toEqual(["software", "hardware", "services"]);
    const mid = (r: { min: number; max: number }) => Math.round((r.min + r.max) * 5000);
    const first = bought.reduce((s, x) => s + mid(x.price.oneOff) + mid(x.price.yearly), 0);
    const three = bought.reduce((s, x) => s + mid(x.price.oneOff) + 3 * mid(x.price.yearly), 0);
    expect(rows.reduce((s, r) => s + r.firstYearYuan, 0)).toBe(first);
    expect(rows.reduce((s, r) => s + r.threeYearYuan, 0)).toBe(three);
    for (const r of rows) expect(r.threeYearYuan).toBe(r.oneOffYuan + 3 * r.yearlyYuan);
  });

  it("puts a lift after the one that brings its scene to its start, and runs the rest in parallel", () => {
    const lite = solutionEntry("lite", "a", {
      lifts: [
        { scene: "S.MARKETING", from: 0, to: 1 },
        { scene: "S.MARKETING", from: 1, to: 2 },
      ],
      durationWeeks: { min: 1, max: 2 },
    });
    const integration = solutionEntry("integration", "b", { lifts: [{ scene: "S.MARKETING", from: 2, to: 3 }], durationWeeks: { min: 8, max: 16 } });
    const other = solutionEntry("other", "c", { lifts: [{ scene: "S.HR", from: 0, to: 1 }], durationWeeks: { min: 2, max: 4 } });
    const { phases, weeks } = scheduleOf([integration, lite, other], { "S.MARKETING": 0 });
    expect(phases.map((p) => [p.phase, p.solutionIds])).toEqual([
      [1, ["lite", "other"]],
      [2, ["integration"]],
    ]);
    expect(weeks).toEqual({ min: 2 + 8, max: 4 + 16 });
    // A firm already at level 2 starts the integration at once.
    expect(scheduleOf([integration], { "S.MARKETING": 2 }).phases.map((p) => p.phase)).toEqual([1]);
  });

  it("names the measures to record for every 成效 trend, and the 资金保障 band the plan's own spend reaches, exactly at the edges", () => {
    expect(expectedEffects(t, { "E.ENERGY": "flat" }).map((e) => [e.question, e.now])).toEqual([
      ["E.ENERGY", "flat"],
      ["E.QUALITY", null],
      ["E.REVENUE", null],
      ["E.COST", null],
    ]);
    // 30万 over three years against 100万 revenue: exactly 10% a year, the top of the lowest band.
    expect(fundBandAfter(t, { "M.FUND": "p0_10" }, 300_000, 100)).toBeNull();
    expect(fundBandAfter(t, { "M.FUND": "p0_10" }, 300_003, 100)).toMatchObject({ from: "p0_10", to: "p10_20" });
    expect(fundBandAfter(t, {}, 300_000, 100)).toBeNull(); // the lowest band is worth nothing
    expect(fundBandAfter(t, {}, 600_003, 100)).toMatchObject({ from: null, to: "p20_40" });
    expect(fundBandAfter(t, { "M.FUND": "p0_10" }, 300_000, null)).toBeNull();
  });
});
