import { describe, expect, it } from "vitest";
import { loadPilotPolicies, sourceUrlsOf, validUntilOf } from "./pilot-policies";

describe("pilot policies data", () => {
  it("loads every researched policy with a source and a confidence", () => {
    const records = loadPilotPolicies();
    expect(records.length).toBeGreaterThanOrEqual(8);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const record of records) {
      expect(sourceUrlsOf(record).length).toBeGreaterThan(0);
      expect(record.confidence).not.toBe("");
    }
  });

  it("keeps unknown subsidy terms unknown", () => {
    const zhengzhou = loadPilotPolicies().find((r) => r.id === "zhengzhou-2024-10");
    expect(zhengzhou?.subsidy).toBeNull();
  });

  it("reads an end date only where the deadline states one", () => {
    const byId = new Map(loadPilotPolicies().map((r) => [r.id, r]));
    expect(validUntilOf(byId.get("zhongshan-2024-5")!)).toBe("2026-12-31");
    expect(validUntilOf(byId.get("hz-xiaoshan-2024-pilot-projects")!)).toBeNull();
  });

  it("rejects a malformed entry naming its id and field", () => {
    expect(() => loadPilotPolicies([{ id: "bad-one", city: "X", province: "Y", title: "T", url: "not-a-url", confidence: "H" }])).toThrow(
      /bad-one: url/,
    );
    expect(() => loadPilotPolicies([{ city: "X" }])).toThrow(/#0: id/);
  });
});
