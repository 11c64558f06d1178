import { describe, expect, it } from "vitest";
import { specializedGates, specializedView, type SpecializedDeclaration } from "./specialized";

const declared: SpecializedDeclaration = { nicheYears: 3, rdSpendWan: 150, revenueWan: 5000, equityWan: null };
const status = (over: Partial<SpecializedDeclaration>) => Object.fromEntries(specializedGates({ ...declared, ...over }).map((g) => [g.key, g.status]));

describe("专精特新 digital criterion", () => {
  it("gives no points and no verdict on a reference level", () => {
    expect(specializedView({ level: 3, isReference: true })).toEqual({ kind: "reference" });
  });
  it("gives the points of the official level with the same maximum as every other level", () => {
    const v = specializedView({ level: 2, isReference: false });
    expect(v).toMatchObject({ kind: "official", points: 3, max: 5 });
    if (v.kind === "official") expect([v.byLevel[1], v.byLevel[2], v.byLevel[3]]).toEqual([0, 3, 5]);
  });
});

describe("专精特新 gates on the firm's own declaration", () => {
  it("meets every gate with enough years, R&D and revenue, each marked as declared", () => {
    const gates = specializedGates(declared);
    expect(gates.every((g) => g.status === "met" && g.basis === "declared")).toBe(true);
  });
  it("puts each threshold on the right side, in exact arithmetic", () => {
    expect(status({ nicheYears: 2 }).niche).toBe("met");
    expect(status({ nicheYears: 1.9 }).niche).toBe("unmet");
    expect(status({ rdSpendWan: 100, revenueWan: 3000 })).toMatchObject({ rd_spend: "met", rd_share: "met" });
    expect(status({ rdSpendWan: 99.99 }).rd_spend).toBe("unmet");
    // 102.9 of 3430 is 3 % exactly: met; 102.89 is just under.
    expect(status({ rdSpendWan: 102.9, revenueWan: 3430 }).rd_share).toBe("met");
    expect(status({ rdSpendWan: 102.89, revenueWan: 3430 }).rd_share).toBe("unmet");
    expect(status({ revenueWan: 1000, rdSpendWan: 30 }).revenue).toBe("met");
    expect(status({ revenueWan: 999, rdSpendWan: 30 }).revenue).toBe("unmet");
    expect(status({ revenueWan: 800, rdSpendWan: 30, equityWan: 2000 }).revenue).toBe("met");
  });
  it("says unknown while a figure is missing", () => {
    expect(status({ nicheYears: null, rdSpendWan: null, revenueWan: null })).toEqual({
      niche: "unknown",
      rd_spend: "unknown",
      rd_share: "unknown",
      revenue: "unknown",
    });
  });
});
