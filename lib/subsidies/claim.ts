import type { PolicyEntry } from "@/db/catalogue/policies";
import type { ProjectItemCategory } from "@/db/schema/projects";
import { capFor, type CostType } from "@/lib/recommendations/eligibility";

/**
 * Which of a project's contract items a policy's money can go to, and what its percent and cap give
 * on them. Pure. A contract item is 软件, 硬件 or 服务; a policy lists finer cost types, so a category
 * is covered when the policy lists every type it may stand for, partly when it lists some (the item
 * may or may not count: the reviewer decides), and not at all when it lists none.
 */

const CATEGORY_TYPES: Record<ProjectItemCategory, readonly CostType[]> = {
  software: ["software", "cloud"],
  hardware: ["hardware", "equipment", "network"],
  service: ["consulting", "training", "integration", "security"],
};

/** yes: the policy funds it; partly: some of what the category stands for; no; unknown: the policy does not say. */
export type Coverage = "yes" | "partly" | "no" | "unknown";

export interface ClaimItem {
  id: string;
  category: ProjectItemCategory;
  amountFen: number;
}

export interface ItemCoverage {
  id: string;
  coverage: Coverage;
  /** Why not, when the policy's item rule (小快轻准 only, listed providers) is what decides. */
  rule: "xiaokuaiqingzhun" | "providers" | null;
}

export function itemCoverage(p: Pick<PolicyEntry, "eligibleCosts" | "eligibleItems">, item: ClaimItem, lightweight: boolean): ItemCoverage {
  const rule = p.eligibleItems.value;
  if (rule?.xiaokuaiqingzhunOnly && !lightweight) return { id: item.id, coverage: "no", rule: "xiaokuaiqingzhun" };
  const types = CATEGORY_TYPES[item.category];
  const listed = p.eligibleCosts.value;
  let coverage: Coverage =
    listed === null ? "unknown" : types.every((t) => listed.includes(t)) ? "yes" : types.some((t) => listed.includes(t)) ? "partly" : "no";
  // A pool of listed providers is checked by the reviewer: our contract names the provider, not its pool id.
  if (rule?.providers && coverage === "yes") coverage = "partly";
  return { id: item.id, coverage, rule: rule?.providers ? "providers" : null };
}

export interface ClaimEstimate {
  /** Sum of the claimed items (fen). */
  claimedFen: number;
  percent: number | null;
  /** The cap at the level reached, in fen; null when the policy has none known. */
  capFen: number | null;
  /** min(percent × claimed, cap) in fen; null when the percent is not known. */
  estimateFen: number | null;
}

/** What the policy gives on the claimed items at the level reached (the after-assessment's, else the target). */
export function claimEstimate(p: Pick<PolicyEntry, "percent" | "cap">, claimed: readonly ClaimItem[], level: number): ClaimEstimate {
  const claimedFen = claimed.reduce((s, i) => s + i.amountFen, 0);
  const percent = p.percent.value;
  const cap = capFor(p.cap.value, level);
  const capFen = cap === null ? null : Math.round(cap * 100);
  const byPercent = percent === null ? null : Math.floor((claimedFen * percent) / 100);
  const estimateFen = byPercent === null ? null : capFen === null ? byPercent : Math.min(byPercent, capFen);
  return { claimedFen, percent, capFen, estimateFen };
}
