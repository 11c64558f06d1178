import { describe, expect, it } from "vitest";
import { evaluate, getTemplate, TEMPLATE_IDS } from "@/scoring";
import { COMPLETE_MANUFACTURING } from "@/tests/support/fixtures";
import { capabilityVector } from "./capability-vector";

describe("capabilityVector", () => {
  it("holds a result's dimension scores then scene levels, in the template's order", () => {
    const t = getTemplate("miit-2024-manufacturing");
    const e = evaluate(t, COMPLETE_MANUFACTURING, { complete: true });
    if (!e.ok) throw new Error("fixture does not evaluate");
    const levels = Object.fromEntries(e.result.scenes.map((s) => [s.code, s.level]));
    const v = capabilityVector(t, e.result.dimensions, levels);
    expect(v).toHaveLength(3 + t.scenes.length);
    expect(v.slice(0, 3)).toEqual([e.result.dimensions.FOUNDATION, e.result.dimensions.MANAGEMENT, e.result.dimensions.EFFECT]);
    expect(v.slice(3)).toEqual(e.result.scenes.map((s) => s.level));
    expect(
      capabilityVector(t, e.result.dimensions, {})
        .slice(3)
        .every((x) => x === null),
    ).toBe(true);
  });

  it("every template lists its dimensions as FOUNDATION, MANAGEMENT, EFFECT (migration 0007's backfill relies on it)", () => {
    for (const id of TEMPLATE_IDS) expect(getTemplate(id).dimensionCodes, id).toEqual(["FOUNDATION", "MANAGEMENT", "EFFECT"]);
  });
});
