import { describe, expect, it } from "vitest";
import { getTemplate } from "../templates";
import { evaluate, type Result } from "./evaluate";
import { COMPLETE_MANUFACTURING as EXAMPLE } from "@/tests/support/fixtures";

const t = getTemplate("miit-2024-manufacturing");

/** Scores worth exactly 40: F.NET 8 + F.EQDIG 6 + F.EQNET 6 + F.IS 10 + F.NETSEC 5 + F.DATASEC 5. */
const FORTY = {
  "F.NET": ["plant_control_network", "enterprise_network", "industrial_5g", "full_coverage"],
  "F.EQDIG": "p60_100",
  "F.EQNET": "p60_100",
  "F.IS": "all",
  "F.NETSEC": ["policy", "products", "risk_assessment", "perimeter_detection"],
  "F.DATASEC": ["policy", "products", "risk_assessment", "inventory_checks"],
};
const SIX_AT_TWO = { "S.QUALITY": 2, "S.FINANCE": 2, "S.MARKETING": 2, "S.HR": 2, "S.OFFICE": 2, "S.DECISION": 2 };

function result(answers: object, options = {}): Result {
  const e = evaluate(t, answers, options);
  if (!e.ok) throw new Error(e.problems.map((p) => `${p.code}: ${p.message}`).join("\n"));
  return e.result;
}

describe("golden cases", () => {
  it("nothing answered: 0 points, 未达一级, provisional", () => {
    const r = result({});
    expect(r).toMatchObject({ total: 0, level: 0, provisional: true, completeness: { answered: 0, total: 31, share: 0 } });
    expect(r.levelName["zh-CN"]).toBe("未达一级");
    expect(r.nextLevel?.level).toBe(1);
  });

  it("a typical small manufacturer: 37.225 points, 一级, 2.775 points short of 二级", () => {
    const r = result(EXAMPLE, { complete: true });
    expect(r.total).toBe(37.225);
    expect(r.dimensions).toEqual({ FOUNDATION: 17.35, MANAGEMENT: 6.375, EFFECT: 13.5 });
    expect(r.indicators).toMatchObject({ "F.SYSTEMS": 6.5, "F.COLLECTION": 2.1, "F.INFOSYS": 5, "F.SECURITY": 3.75 });
    expect(r.level).toBe(1);
    expect(r.provisional).toBe(false);
    expect(r.sceneCounts.atOrAbove).toEqual({ 1: 14, 2: 6, 3: 0, 4: 0 });
    expect(r.sceneCounts.constrainedAtOrAbove).toEqual({ 1: 9, 2: 5, 3: 0, 4: 0 });
    expect(r.nextLevel).toEqual({ level: 2, unmet: [{ kind: "score", required: 40, actual: 37.225, short: 2.775 }] });
  });

  it("explains each point by the answer that gave it", () => {
    const r = result(EXAMPLE);
    const data = r.questions.find((q) => q.code === "F.DATA");
    expect(data).toMatchObject({ points: 2.1, max: 10, source: "answer", capped: false });
    expect(data?.contributions).toEqual([
      { option: "finance", points: 0.7 },
      { option: "marketing", points: 0.7 },
      { option: "warehousing", points: 0.7 },
    ]);
    const fund = r.questions.find((q) => q.code === "M.FUND");
    expect(fund).toMatchObject({ points: 0, answer: "p0_10", contributions: [{ option: "p0_10", points: 0 }] });
  });

  it("exactly 40 points with six scenes at 二级, three constrained: 二级", () => {
    expect(result({ ...FORTY, ...SIX_AT_TWO }).level).toBe(2);
  });

  it("one scene fewer at 二级 drops to 一级 and says why", () => {
    const r = result({ ...FORTY, ...SIX_AT_TWO, "S.DECISION": 1 });
    expect(r.level).toBe(1);
    expect(r.nextLevel).toEqual({ level: 2, unmet: [{ kind: "scenes", required: 6, actual: 5, short: 1 }] });
  });

  it("fewer than three constrained scenes at any level: 未达一级", () => {
    const r = result({ ...FORTY, "S.QUALITY": 2, "S.FINANCE": 2, "S.PROCESS_DESIGN": 2, "S.HR": 2, "S.OFFICE": 2, "S.DECISION": 2 });
    expect(r.level).toBe(0);
    expect(r.nextLevel).toEqual({ level: 1, unmet: [{ kind: "constrained", required: 3, actual: 2, short: 1 }] });
  });

  it("1.25 points short of 40 gives 一级", () => {
    const r = result({ ...FORTY, "F.NETSEC": ["policy", "products", "risk_assessment"], ...SIX_AT_TWO });
    expect(r.total).toBe(38.75);
    expect(r.level).toBe(1);
  });

  it("only two constrained scenes at 二级 fail the constrained condition", () => {
    const r = result({ ...FORTY, "S.QUALITY": 2, "S.FINANCE": 2, "S.PROCESS_DESIGN": 2, "S.HR": 2, "S.OFFICE": 2, "S.DECISION": 2, "S.SAFETY": 1 });
    expect(r.level).toBe(1);
    expect(r.nextLevel?.unmet).toEqual([{ kind: "constrained", required: 3, actual: 2, short: 1 }]);
  });

  it("full marks with ten scenes at 四级, six constrained: 四级", () => {
    const best = {
      ...FORTY,
      "F.DATA": [
        "product_design",
        "process_design",
        "marketing",
        "after_sales",
        "planning",
        "production_control",
        "quality",
        "equipment",
        "safety",
        "energy",
        "purchasing",
        "warehousing",
        "finance",
        "hr",
      ],
      "M.PLAN": "exemplary",
      "M.RULES": ["workflow", "system_operation", "data_management", "incentives"],
      "M.TALENT": ["staff", "dedicated_unit", "training", "incentives", "career_path"],
      "M.FUND": "p60_100",
      "E.ENERGY": "better",
      "E.QUALITY": "better",
      "E.REVENUE": "better",
      "E.COST": "better",
    };
    const scenes = {
      "S.PRODUCT_DESIGN": 4,
      "S.MARKETING": 4,
      "S.PRODUCTION": 4,
      "S.QUALITY": 4,
      "S.EQUIPMENT": 4,
      "S.SAFETY": 4,
      "S.HR": 4,
      "S.OFFICE": 4,
      "S.DECISION": 4,
      "S.PLANNING": 4,
    };
    const r = result({ ...best, ...scenes });
    expect(r.total).toBe(100);
    expect(r.level).toBe(4);
    expect(r.nextLevel).toBeNull();
    // With one constrained scene fewer at 四级 it is 三级 (ten scenes at ≥3, five constrained... still six at ≥3).
    expect(result({ ...best, ...scenes, "S.SAFETY": 3 }).level).toBe(3);
  });

  it("a city profile changes which scenes are constrained", () => {
    const answers = { ...FORTY, "S.QUALITY": 2, "S.FINANCE": 2, "S.WAREHOUSING": 2, "S.HR": 2, "S.OFFICE": 2, "S.DECISION": 2, "S.SAFETY": 1 };
    expect(result(answers).level).toBe(2);
    expect(result(answers, { profile: "pilot-9-no-warehousing" }).level).toBe(1);
    expect(result(answers, { profile: ["S.QUALITY", "S.FINANCE", "S.HR"] }).level).toBe(2);
  });

  it("derives answers from evidence and marks them", () => {
    const r = result({}, { evidence: { "F.EQDIG": { digital: 45, total: 100 } } });
    expect(r.questions.find((q) => q.code === "F.EQDIG")).toMatchObject({ answer: "p40_60", points: 4.5, source: "evidence" });
    expect(r.derivations).toHaveLength(1);
  });

  it("skips 设备联网率 when digital equipment is at most 10% and it is unanswered, implying the lowest band", () => {
    const r = result({ "F.EQDIG": "p0_10" });
    expect(r.questions.find((q) => q.code === "F.EQNET")).toMatchObject({
      answer: "p0_10",
      points: 0,
      source: "skipped",
      skipReason: t.def.skipRules[0]!.reason,
    });
    expect(r.warnings).toEqual([]);
    const complete = { ...EXAMPLE, "F.EQDIG": "p0_10" } as Record<string, unknown>;
    delete complete["F.EQNET"];
    expect(evaluate(t, complete, { complete: true }).ok).toBe(true);
  });

  it("never rewrites an explicit 设备联网率: scored as given, with a warning", () => {
    const r = result({ "F.EQDIG": "p0_10", "F.EQNET": "p40_60" });
    expect(r.questions.find((q) => q.code === "F.EQNET")).toMatchObject({ answer: "p40_60", points: 4.5, source: "answer" });
    expect(r.warnings.map((w) => [w.code, w.questions])).toEqual([["share_above_reference", ["F.EQNET", "F.EQDIG"]]]);
  });

  it("refuses to score invalid answers and lists every problem", () => {
    const e = evaluate(t, { "F.IS": "lots", "S.HR": 7 });
    expect(e.ok).toBe(false);
    if (!e.ok) expect(e.problems.map((p) => p.code)).toEqual(["F.IS", "S.HR"]);
  });

  it("gives a reference level for services", () => {
    const r = evaluate(getTemplate("miit-2024-services"), { "F.TERMDIG": "p60_100", "F.ONLINE": "p20_40" });
    expect(r.ok && r.result.isReference).toBe(true);
    expect(r.ok && r.result.total).toBe(9);
  });
});
