import type { PolicyEntry } from "@/db/catalogue/policies";
import type { Plan } from "./plan";

/**
 * What the city dashboard keeps of a firm's funded plans (to the next level, and to 二级 when the firm
 * is below 一级): the subsidy policies it is eligible for, those it may be eligible for once a fact is
 * confirmed, and the largest eligible estimate. Criteria such as 专精特新 are not subsidies. Pure.
 */
export interface SubsidyMatch {
  eligible: string[];
  possible: string[];
  bestYuan: number | null;
}

export function subsidyMatch(plans: readonly (Plan | null)[], policies: readonly Pick<PolicyEntry, "id" | "kind">[]): SubsidyMatch {
  const subsidies = new Set(policies.filter((p) => p.kind === "subsidy").map((p) => p.id));
  const eligible = new Set<string>();
  const possible = new Set<string>();
  let bestYuan: number | null = null;
  for (const plan of plans) {
    if (!plan) continue;
    for (const m of plan.policies) {
      if (!subsidies.has(m.policyId)) continue;
      if (m.verdict === "eligible") eligible.add(m.policyId);
      else if (m.verdict === "possibly_eligible") possible.add(m.policyId);
    }
    if (plan.bestSubsidy && (bestYuan === null || plan.bestSubsidy.amountYuan > bestYuan)) bestYuan = plan.bestSubsidy.amountYuan;
  }
  // Eligible on one plan outranks possibly eligible on the other.
  for (const id of eligible) possible.delete(id);
  return { eligible: [...eligible].sort(), possible: [...possible].sort(), bestYuan };
}
