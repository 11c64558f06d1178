import { describe, expect, it } from "vitest";
import { claimEstimate, itemCoverage, type ClaimItem } from "./claim";

const policy = (costs: string[] | null, rule: { xiaokuaiqingzhunOnly: boolean; providers: string[] | null } | null = null) =>
  ({
    eligibleCosts: { value: costs, clause: null },
    eligibleItems: { value: rule, clause: null },
  }) as Parameters<typeof itemCoverage>[0];

const item = (category: ClaimItem["category"], amountFen = 100_00): ClaimItem => ({ id: category, category, amountFen });

describe("which contract items a policy funds", () => {
  it("covers a category when the policy lists every cost type it stands for, partly when some", () => {
    const p = policy(["software", "cloud", "hardware", "consulting"]);
    expect(itemCoverage(p, item("software"), false).coverage).toBe("yes");
    expect(itemCoverage(p, item("hardware"), false).coverage).toBe("partly");
    expect(itemCoverage(p, item("service"), false).coverage).toBe("partly");
    expect(itemCoverage(policy(["software"]), item("service"), false).coverage).toBe("no");
  });

  it("says unknown when the policy names no cost types, and applies its item rules", () => {
    expect(itemCoverage(policy(null), item("hardware"), false).coverage).toBe("unknown");
    const xkqz = policy(["software", "cloud"], { xiaokuaiqingzhunOnly: true, providers: null });
    expect(itemCoverage(xkqz, item("software"), false)).toEqual({ id: "software", coverage: "no", rule: "xiaokuaiqingzhun" });
    expect(itemCoverage(xkqz, item("software"), true).coverage).toBe("yes");
    // A pool of providers is for the reviewer to check: never more than "partly".
    expect(itemCoverage(policy(["software", "cloud"], { xiaokuaiqingzhunOnly: false, providers: ["p1"] }), item("software"), false).coverage).toBe("partly");
  });
});

describe("what a policy gives on the claimed items", () => {
  const p = (percent: number | null, cap: { kind: "flat"; yuan: number } | { kind: "tiered"; tiers: { level: number; yuan: number }[] } | null) =>
    ({ percent: { value: percent, clause: null }, cap: { value: cap, clause: null } }) as Parameters<typeof claimEstimate>[0];
  const items = [item("software", 123_456_78), item("hardware", 10_01)];

  it("takes the percent of the items, in whole fen, under the cap of the level reached", () => {
    // 30 % of 123 466.79 yuan = 37 040.037 → 37 040.03 (never rounded up).
    expect(claimEstimate(p(30, null), items, 2)).toEqual({ claimedFen: 123_466_79, percent: 30, capFen: null, estimateFen: 37_040_03 });
    const tiered = p(30, {
      kind: "tiered",
      tiers: [
        { level: 2, yuan: 20000 },
        { level: 3, yuan: 40000 },
      ],
    });
    expect(claimEstimate(tiered, items, 2).estimateFen).toBe(20000_00);
    expect(claimEstimate(tiered, items, 3).estimateFen).toBe(37_040_03);
    // Below the lowest tier the cap is 0.
    expect(claimEstimate(tiered, items, 1).estimateFen).toBe(0);
  });

  it("invents nothing when the percent is not known", () => {
    expect(claimEstimate(p(null, { kind: "flat", yuan: 100000 }), items, 2)).toEqual({
      claimedFen: 123_466_79,
      percent: null,
      capFen: 100000_00,
      estimateFen: null,
    });
  });
});
