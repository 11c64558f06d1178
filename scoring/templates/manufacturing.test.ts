import { describe, expect, it } from "vitest";
import { evaluate, getTemplate, scoreAnswers } from "..";

/** maturity-model.md §2, typed in again here so that the template is checked against the document. */
const DOCUMENT: Record<string, { kind: string; max: number; options: Record<string, number> }> = {
  "F.NET": { kind: "multi", max: 8, options: { none: 0, plant_control_network: 2, enterprise_network: 2, industrial_5g: 2, full_coverage: 2 } },
  "F.EQDIG": { kind: "band", max: 6, options: { p0_10: 0, p10_20: 1.5, p20_40: 3, p40_60: 4.5, p60_100: 6 } },
  "F.EQNET": { kind: "band", max: 6, options: { p0_10: 0, p10_20: 1.5, p20_40: 3, p40_60: 4.5, p60_100: 6 } },
  "F.DATA": {
    kind: "multi",
    max: 10,
    options: {
      none: 0,
      product_design: 0.7,
      process_design: 0.7,
      marketing: 0.7,
      after_sales: 0.7,
      planning: 0.7,
      production_control: 0.7,
      quality: 0.7,
      equipment: 0.7,
      safety: 0.7,
      energy: 0.7,
      purchasing: 0.7,
      warehousing: 0.7,
      finance: 0.7,
      hr: 0.9,
    },
  },
  "F.IS": { kind: "single", max: 10, options: { none: 0, one: 2.5, several: 5, most: 7.5, all: 10 } },
  "F.NETSEC": { kind: "multi", max: 5, options: { none: 0, policy: 1.25, products: 1.25, risk_assessment: 1.25, perimeter_detection: 1.25 } },
  "F.DATASEC": { kind: "multi", max: 5, options: { none: 0, policy: 1.25, products: 1.25, risk_assessment: 1.25, inventory_checks: 1.25 } },
  "M.PLAN": { kind: "single", max: 7.5, options: { none: 0, learning: 1.5, planned: 3, started: 4.5, transformed: 6, exemplary: 7.5 } },
  "M.RULES": { kind: "multi", max: 7.5, options: { none: 0, workflow: 1.875, system_operation: 1.875, data_management: 1.875, incentives: 1.875 } },
  "M.TALENT": { kind: "multi", max: 7.5, options: { none: 0, staff: 1.5, dedicated_unit: 1.5, training: 1.5, incentives: 1.5, career_path: 1.5 } },
  "M.FUND": { kind: "band", max: 7.5, options: { p0_10: 0, p10_20: 1.875, p20_40: 3.75, p40_60: 5.625, p60_100: 7.5 } },
  "E.ENERGY": { kind: "trend", max: 7, options: { worse: 0, flat: 3.5, better: 7 } },
  "E.QUALITY": { kind: "trend", max: 7, options: { worse: 0, flat: 3.5, better: 7 } },
  "E.REVENUE": { kind: "trend", max: 3, options: { worse: 0, flat: 1.5, better: 3 } },
  "E.COST": { kind: "trend", max: 3, options: { worse: 0, flat: 1.5, better: 3 } },
};

const SCENES = [
  ["S.PRODUCT_DESIGN", "LIFECYCLE", true],
  ["S.PROCESS_DESIGN", "LIFECYCLE", false],
  ["S.MARKETING", "LIFECYCLE", true],
  ["S.AFTER_SALES", "LIFECYCLE", false],
  ["S.PLANNING", "PRODUCTION", false],
  ["S.PRODUCTION", "PRODUCTION", true],
  ["S.QUALITY", "PRODUCTION", true],
  ["S.EQUIPMENT", "PRODUCTION", true],
  ["S.SAFETY", "PRODUCTION", true],
  ["S.ENERGY", "PRODUCTION", true],
  ["S.PURCHASING", "SUPPLY_CHAIN", true],
  ["S.WAREHOUSING", "SUPPLY_CHAIN", true],
  ["S.FINANCE", "MANAGEMENT", true],
  ["S.HR", "MANAGEMENT", false],
  ["S.OFFICE", "MANAGEMENT", false],
  ["S.DECISION", "MANAGEMENT", false],
] as const;

const t = getTemplate("miit-2024-manufacturing");

describe("miit-2024-manufacturing against the document", () => {
  it("has exactly the document's questions, in its order, with their kinds and maxima", () => {
    expect(t.questions.map((q) => q.code)).toEqual(Object.keys(DOCUMENT));
    for (const q of t.questions) expect({ kind: q.kind, max: q.maxMilli / 1000 }).toEqual({ kind: DOCUMENT[q.code]?.kind, max: DOCUMENT[q.code]?.max });
  });

  const cases = Object.entries(DOCUMENT).flatMap(([code, d]) => Object.entries(d.options).map(([option, points]) => [code, d.kind, option, points] as const));
  it.each(cases)("%s (%s) option %s gives %d points", (code, kind, option, points) => {
    const answer = kind === "multi" ? [option] : option;
    const core = scoreAnswers(t, { [code]: answer });
    expect(core.totalMilli / 1000).toBe(points);
    expect(t.questionByCode.get(code)?.def.options.map((o) => o.code)).toEqual(Object.keys(DOCUMENT[code]!.options));
  });

  it.each(Object.entries(DOCUMENT).filter(([, d]) => d.kind === "multi"))("%s: all options together give exactly the max", (code, d) => {
    const all = Object.keys(d.options).filter((o) => o !== "none");
    expect(scoreAnswers(t, { [code]: all }).totalMilli / 1000).toBe(d.max);
  });

  it("adds up to 50 / 30 / 20 and 100 with every best answer", () => {
    const best = Object.fromEntries(
      Object.entries(DOCUMENT).map(([code, d]) => {
        const options = Object.keys(d.options);
        return [code, d.kind === "multi" ? options.filter((o) => o !== "none") : options[options.length - 1]!];
      }),
    );
    const e = evaluate(t, best);
    expect(e.ok).toBe(true);
    if (!e.ok) return;
    expect(e.result.dimensions).toEqual({ FOUNDATION: 50, MANAGEMENT: 30, EFFECT: 20 });
    expect(e.result.total).toBe(100);
  });

  it("has the 16 scenes, their groups and the 10 default constrained scenes", () => {
    expect(t.scenes.map((s) => [s.code, s.def.group, t.defaultConstrained[s.index]])).toEqual(SCENES.map((s) => [...s]));
    for (const s of t.scenes) {
      for (const level of [1, 2, 3, 4] as const) {
        expect(s.def.ladder[level]["zh-CN"].length).toBeGreaterThan(4);
        expect(s.def.ladder[level].en.length).toBeGreaterThan(4);
      }
    }
  });

  it("has the level rule of the document", () => {
    expect(t.rungs.map((r) => [r.level, r.minScore, r.minScenes, r.minConstrained])).toEqual([
      [4, 80, 10, 6],
      [3, 60, 8, 5],
      [2, 40, 6, 3],
      [1, 20, 6, 3],
    ]);
  });
});
