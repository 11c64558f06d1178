import type { PolicyEntry } from "@/db/catalogue/policies";
import { firstYearCost, type SolutionEntry } from "@/db/catalogue/solutions";
import { cheapestPath, type Answers, type CompiledTemplate, type Level } from "@/scoring";
import { matchPolicy, type CostType, type FirmFacts, type PolicyMatch } from "./eligibility";
import { rankSolutions, type RankedSolution } from "./rank";
import { solutionEffort } from "./solution-effort";

/**
 * The funded path: the cheapest path priced by the solution catalogue, solutions to compare for each
 * step, every policy matched against the firm and the plan, and the firm's net cost. Pure.
 */

export type FirmForPlan = Omit<FirmFacts, "levelNow" | "levelAfter" | "spend" | "today">;

/** The firm as policies see it, from its stored row (a missing region never matches a region). */
export function firmForPlan(row: {
  provinceCode: string | null;
  cityCode: string | null;
  districtCode: string | null;
  industryCode: string;
  industrySegment: string | null;
  sizeClass: FirmForPlan["sizeClass"];
  aboveScale: boolean | null;
}): FirmForPlan {
  return {
    provinceCode: row.provinceCode ?? "",
    cityCode: row.cityCode ?? "",
    districtCode: row.districtCode,
    industryCode: row.industryCode,
    industrySegment: row.industrySegment,
    sizeClass: row.sizeClass,
    aboveScale: row.aboveScale,
  };
}

export interface PlanInput {
  template: CompiledTemplate;
  answers: Answers;
  profile?: readonly string[];
  target: Level;
  firm: FirmForPlan;
  catalogue: readonly SolutionEntry[];
  policies: readonly PolicyEntry[];
  today: string;
}

export interface PlanStep {
  kind: "question" | "scene";
  code: string;
  from: string | string[] | number | null;
  to: string | string[] | number;
  /** The solution the price came from (the cheapest fitting one), and others to compare. */
  solutionIds: string[];
  candidates: RankedSolution[];
}

export interface Plan {
  target: Level;
  reachable: boolean;
  alreadyMet: boolean;
  levelAfter: Level;
  totalAfter: number;
  steps: PlanStep[];
  solutions: { id: string; costYuan: number; costType: CostType }[];
  totalCostYuan: number;
  policies: PolicyMatch[];
  /** The largest amount among eligible subsidies (they are not assumed to stack). */
  bestSubsidy: { policyId: string; amountYuan: number } | null;
  netCostYuan: number;
}

const WAN = 10_000;
const VERDICT_ORDER = { eligible: 0, possibly_eligible: 1, not_eligible: 2 } as const;

export function buildPlan(input: PlanInput): Plan {
  const { template: t, firm } = input;
  const effort = solutionEffort(input.catalogue, firm);
  const path = cheapestPath(t, input.answers, { target: input.target, profile: input.profile, effort });
  const byId = new Map(input.catalogue.map((s) => [s.id, s]));

  const steps: PlanStep[] = path.steps.map((step) => {
    if (step.kind === "scene") {
      const ids: string[] = [];
      const candidates: RankedSolution[] = [];
      for (let level = step.from + 1; level <= step.to; level++) {
        const id = effort.sceneSolution(step.code, level);
        if (id && !ids.includes(id)) ids.push(id);
        for (const c of rankSolutions(input.catalogue, { kind: "scene", scene: step.code, from: level - 1 }, firm)) {
          if (!candidates.some((x) => x.id === c.id)) candidates.push(c);
        }
      }
      return { kind: "scene", code: step.code, from: step.from, to: step.to, solutionIds: ids, candidates };
    }
    const q = t.questionByCode.get(step.code)!;
    const reached = q.kind === "multi" ? (step.added ?? []) : [String(step.to)];
    const ids = [
      ...new Set(
        reached.map((code) => effort.questionSolution(q, q.optionIndex.get(code) ?? -1)).filter((id): id is string => id !== null),
      ),
    ];
    return {
      kind: "question",
      code: step.code,
      from: step.from,
      to: step.to,
      solutionIds: ids,
      candidates: rankSolutions(input.catalogue, { kind: "question", question: step.code, options: reached }, firm),
    };
  });

  // Each solution is bought once, however many steps it serves.
  const chosen = [...new Set(steps.flatMap((s) => s.solutionIds))].map((id) => byId.get(id)!);
  const solutions = chosen.map((s) => ({ id: s.id, costYuan: Math.round(firstYearCost(s) * WAN), costType: s.costType }));
  const spend: Partial<Record<CostType, number>> = {};
  for (const s of solutions) spend[s.costType] = (spend[s.costType] ?? 0) + s.costYuan;
  const totalCostYuan = solutions.reduce((sum, s) => sum + s.costYuan, 0);

  const facts: FirmFacts = { ...firm, levelNow: path.before.level, levelAfter: path.after.level, spend, today: input.today };
  const policies = input.policies.map((p) => matchPolicy(p, facts)).sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || a.policyId.localeCompare(b.policyId));
  const best = policies
    .filter((m) => m.verdict === "eligible" && m.subsidy?.amountYuan !== null && m.subsidy?.amountYuan !== undefined)
    .sort((a, b) => (b.subsidy?.amountYuan ?? 0) - (a.subsidy?.amountYuan ?? 0))[0];
  const bestSubsidy = best?.subsidy?.amountYuan != null ? { policyId: best.policyId, amountYuan: best.subsidy.amountYuan } : null;

  return {
    target: path.target,
    reachable: path.reachable,
    alreadyMet: path.alreadyMet,
    levelAfter: path.after.level,
    totalAfter: path.after.total,
    steps,
    solutions,
    totalCostYuan,
    policies,
    bestSubsidy,
    netCostYuan: totalCostYuan - (bestSubsidy?.amountYuan ?? 0),
  };
}
