import { describe, expect, it } from "vitest";
import { getTemplate, type Level } from "@/scoring";
import { COMPLETE_MANUFACTURING as ANSWERS } from "@/tests/support/fixtures";
import { POLICY_CATALOGUE, SOLUTION_CATALOGUE, SOLVER, ZHENGZHOU_FIRM } from "@/tests/support/report-inputs";
import type { PolicyMatch } from "./eligibility";
import { buildPlan, type Plan } from "./plan";
import { subsidyMatch } from "./subsidy-match";

const t = getTemplate("miit-2024-manufacturing");
const plan = (target: Level, firm = ZHENGZHOU_FIRM) =>
  buildPlan({ solver: SOLVER, template: t, answers: ANSWERS, target, firm, catalogue: SOLUTION_CATALOGUE, policies: POLICY_CATALOGUE, today: "2026-11-29" });

describe("subsidyMatch: what the dashboard keeps of a firm's plans", () => {
  it("keeps eligible and possibly eligible subsidies (never criteria) and the best eligible amount", () => {
    const p = plan(2);
    const m = subsidyMatch([p, null], POLICY_CATALOGUE);
    const kinds = new Map(POLICY_CATALOGUE.map((x) => [x.id, x.kind]));
    expect(m.eligible).toContain("demo-zhengzhou-transformation");
    expect([...m.eligible, ...m.possible].every((id) => kinds.get(id) === "subsidy")).toBe(true);
    expect(m.eligible).toEqual(
      p.policies
        .filter((x) => x.verdict === "eligible" && kinds.get(x.policyId) === "subsidy")
        .map((x) => x.policyId)
        .sort(),
    );
    expect(m.possible).toEqual(
      p.policies
        .filter((x) => x.verdict === "possibly_eligible" && kinds.get(x.policyId) === "subsidy")
        .map((x) => x.policyId)
        .sort(),
    );
    expect(m.bestYuan).toBe(p.bestSubsidy?.amountYuan);
    expect(m.bestYuan).toBeGreaterThan(0);
  });

  it("a policy eligible on one plan is not also listed as possible; the larger best amount wins", () => {
    const eligible: PolicyMatch = { policyId: "a", verdict: "eligible", checks: [], missing: [], subsidy: null, points: null, payment: null, warnings: [] };
    const possible: PolicyMatch = { ...eligible, verdict: "possibly_eligible" };
    const base = plan(2);
    const one: Plan = { ...base, policies: [possible, { ...possible, policyId: "b" }], bestSubsidy: { policyId: "x", amountYuan: 1000 } };
    const two: Plan = { ...base, policies: [eligible, { ...eligible, policyId: "c" }], bestSubsidy: { policyId: "a", amountYuan: 5000 } };
    const m = subsidyMatch(
      [one, two],
      [
        { id: "a", kind: "subsidy" },
        { id: "b", kind: "subsidy" },
        { id: "c", kind: "criterion" },
      ],
    );
    expect(m).toEqual({ eligible: ["a"], possible: ["b"], bestYuan: 5000 });
  });

  it("a firm outside every policy's region matches nothing", () => {
    const far = plan(2, { ...ZHENGZHOU_FIRM, provinceCode: "65", cityCode: "6501", districtCode: null });
    const m = subsidyMatch([far], POLICY_CATALOGUE);
    expect(m.eligible).toEqual([]);
    expect(m.bestYuan).toBeNull();
  });
});
