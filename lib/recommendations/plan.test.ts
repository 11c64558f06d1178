import { describe, expect, it } from "vitest";
import { loadPolicyCatalogue } from "@/db/catalogue/policies";
import { loadSolutionCatalogue } from "@/db/catalogue/solutions";
import { getTemplate, levelOnly, scoreAnswers, type Answers } from "@/scoring";
import { buildPlan } from "./plan";
import { COMPLETE_MANUFACTURING as ANSWERS } from "@/tests/support/fixtures";
import { SOLVER, ZHENGZHOU_FIRM } from "@/tests/support/report-inputs";

const t = getTemplate("miit-2024-manufacturing");
const catalogue = loadSolutionCatalogue();
const policies = loadPolicyCatalogue();

const FIRM = ZHENGZHOU_FIRM;

describe("buildPlan: the funded path", () => {
  const plan = buildPlan({ solver: SOLVER, template: t, answers: ANSWERS, target: 2, firm: FIRM, catalogue, policies, today: "2026-11-29" });

  it("reaches 二级 with named solutions and candidates to compare for each step", () => {
    expect(plan.reachable).toBe(true);
    expect(plan.levelAfter).toBeGreaterThanOrEqual(2);
    expect(plan.steps.length).toBeGreaterThan(0);
    for (const step of plan.steps) {
      expect(step.solutionIds.length, step.code).toBeGreaterThan(0);
      expect(step.candidates.length, step.code).toBeGreaterThan(0);
    }
    let answers: Answers = ANSWERS;
    for (const step of plan.steps) answers = { ...answers, [step.code]: step.to };
    const core = scoreAnswers(t, answers);
    expect(levelOnly(t, core.totalMilli, core.sceneLevels, t.defaultConstrained)).toBeGreaterThanOrEqual(2);
  });

  it("costs each solution once and subtracts the best eligible subsidy", () => {
    expect(plan.totalCostYuan).toBe(plan.solutions.reduce((s, x) => s + x.costYuan, 0));
    expect(new Set(plan.solutions.map((s) => s.id)).size).toBe(plan.solutions.length);
    const zz = plan.policies.find((p) => p.policyId === "demo-zhengzhou-transformation");
    expect(zz?.verdict).toBe("eligible");
    expect(plan.bestSubsidy?.policyId).toBe("demo-zhengzhou-transformation");
    const expected = Math.min(Math.round((zz?.subsidy?.eligibleSpend ?? 0) * 0.3), 200_000);
    expect(plan.bestSubsidy?.amountYuan).toBe(expected);
    expect(plan.netCostYuan).toBe(plan.totalCostYuan - expected);
  });

  it("lists eligible policies first and out-of-region ones as not eligible", () => {
    const order = plan.policies.map((p) => p.verdict);
    expect(
      [...order].sort((a, b) => ["eligible", "possibly_eligible", "not_eligible"].indexOf(a) - ["eligible", "possibly_eligible", "not_eligible"].indexOf(b)),
    ).toEqual(order);
    expect(plan.policies.find((p) => p.policyId === "zhongshan-2024-5")?.verdict).toBe("not_eligible");
    expect(plan.policies.find((p) => p.policyId === "zhengzhou-2024-10")?.verdict).toBe("possibly_eligible");
  });
});

describe("buildPlan: no item is funded twice", () => {
  it("counts one subsidy, the largest, when two policies would each fund the same items", () => {
    const zz = policies.find((p) => p.id === "demo-zhengzhou-transformation")!;
    const twin = { ...zz, id: "demo-zhengzhou-twin", percent: { ...zz.percent, value: 40 } };
    const plan = buildPlan({ solver: SOLVER, template: t, answers: ANSWERS, target: 2, firm: FIRM, catalogue, policies: [zz, twin], today: "2026-11-29" });
    const amounts = plan.policies.map((m) => m.subsidy?.amountYuan ?? 0);
    expect(amounts.filter((a) => a > 0)).toHaveLength(2);
    expect(plan.bestSubsidy?.amountYuan).toBe(Math.max(...amounts));
    expect(plan.netCostYuan).toBe(plan.totalCostYuan - Math.max(...amounts));
  });
});
