import { firstYearCost, type SolutionEntry } from "@/db/catalogue/solutions";

/**
 * Candidate solutions for one improvement, ranked by fit. Vendor-neutral: no provider appears more
 * than twice in a list, whatever its scores. Pure.
 */

export interface FirmProfile {
  industryCode: string;
  sizeClass: "micro" | "small" | "medium" | "large" | null;
}

export type Improvement = { kind: "scene"; scene: string; from: number } | { kind: "question"; question: string; options: readonly string[] };

export interface RankedSolution {
  id: string;
  provider: string;
  /** 0–1: how well the offering fits the step, the firm and the budget. */
  fit: number;
  firstYearCost: number;
  reasons: ("step" | "industry" | "size" | "xiaokuaiqingzhun" | "price")[];
}

export const MAX_PER_PROVIDER = 2;

export function covers(s: SolutionEntry, step: Improvement): boolean {
  if (step.kind === "scene") return s.lifts.some((l) => l.scene === step.scene && l.from === step.from);
  return s.improves.some((i) => i.question === step.question && step.options.some((o) => i.options.includes(o)));
}

export function fits(s: SolutionEntry, firm: FirmProfile): boolean {
  const industry = s.industries.includes("*") || s.industries.includes(firm.industryCode);
  const size = firm.sizeClass === null || s.sizes.includes(firm.sizeClass);
  return industry && size;
}

function score(s: SolutionEntry, firm: FirmProfile): { fit: number; reasons: RankedSolution["reasons"] } {
  const reasons: RankedSolution["reasons"] = ["step"];
  let fit = 0.4;
  if (!s.industries.includes("*")) {
    fit += 0.15; // made for the firm's industry
    reasons.push("industry");
  }
  if (firm.sizeClass && s.sizes.includes(firm.sizeClass)) {
    fit += 0.1;
    reasons.push("size");
  }
  if (s.xiaokuaiqingzhun && (firm.sizeClass === "micro" || firm.sizeClass === "small")) {
    fit += 0.1;
    reasons.push("xiaokuaiqingzhun");
  }
  // Cheaper is better, smoothly: ¥0 → +0.25, ¥100k → +0.125, ¥1m → about +0.02.
  fit += 0.25 / (1 + firstYearCost(s) / 10);
  reasons.push("price");
  return { fit: Math.round(fit * 1000) / 1000, reasons };
}

export function rankSolutions(catalogue: readonly SolutionEntry[], step: Improvement, firm: FirmProfile, limit = 5): RankedSolution[] {
  const ranked = catalogue
    .filter((s) => covers(s, step) && fits(s, firm))
    .map((s) => ({ id: s.id, provider: s.provider.id, firstYearCost: firstYearCost(s), ...score(s, firm) }))
    .sort((a, b) => b.fit - a.fit || a.firstYearCost - b.firstYearCost || a.id.localeCompare(b.id));
  const perProvider = new Map<string, number>();
  const out: RankedSolution[] = [];
  for (const r of ranked) {
    const n = perProvider.get(r.provider) ?? 0;
    if (n >= MAX_PER_PROVIDER) continue;
    perProvider.set(r.provider, n + 1);
    out.push(r);
    if (out.length >= limit) break;
  }
  return out;
}
