import type { SolutionEntry } from "@/db/catalogue/solutions";
import { midYuan } from "./optimum/problem";
import { bandFor, percentText, readableShare, shareOf, type Answers, type CompiledTemplate, type Localized } from "@/scoring";

/**
 * What a consultant needs beside the plan's total: the budget split into 软件 / 硬件 / 服务 (one-off
 * and yearly, first year and three years), the order of the work (what can run in parallel), and the
 * outcome indicators the plan cannot buy but should move, with the figures to record now. Pure.
 */

export type BudgetLine = "software" | "hardware" | "services";

/** The catalogue's cost types as a budget reads them. */
const BUDGET_LINE: Record<SolutionEntry["costType"], BudgetLine> = {
  software: "software",
  cloud: "software",
  integration: "software",
  security: "software",
  hardware: "hardware",
  equipment: "hardware",
  network: "hardware",
  consulting: "services",
  training: "services",
};

export interface BudgetRow {
  line: BudgetLine;
  oneOffYuan: number;
  yearlyYuan: number;
  firstYearYuan: number;
  threeYearYuan: number;
}

export function budgetOf(bought: readonly SolutionEntry[]): BudgetRow[] {
  const rows = new Map<BudgetLine, BudgetRow>();
  for (const s of bought) {
    const line = BUDGET_LINE[s.costType];
    const row = rows.get(line) ?? { line, oneOffYuan: 0, yearlyYuan: 0, firstYearYuan: 0, threeYearYuan: 0 };
    const oneOff = midYuan(s.price.oneOff);
    const yearly = midYuan(s.price.yearly);
    row.oneOffYuan += oneOff;
    row.yearlyYuan += yearly;
    row.firstYearYuan += oneOff + yearly;
    row.threeYearYuan += oneOff + 3 * yearly;
    rows.set(line, row);
  }
  return (["software", "hardware", "services"] as const).flatMap((line) => (rows.has(line) ? [rows.get(line)!] : []));
}

export interface Phase {
  phase: number;
  solutionIds: string[];
  /** The phase lasts as long as its longest solution. */
  weeks: { min: number; max: number };
}

/**
 * Solutions in phases: one that lifts a scene from level n waits for the one that brings that scene to
 * n; everything else can start at once. The plan's duration is the sum of the phases' longest.
 */
export function scheduleOf(bought: readonly SolutionEntry[], answers: Answers): { phases: Phase[]; weeks: { min: number; max: number } } {
  const phaseOf = new Map<string, number>();
  const level = (scene: string) => (typeof answers[scene] === "number" ? (answers[scene] as number) : 0);
  const visit = (s: SolutionEntry, seen: Set<string>): number => {
    const known = phaseOf.get(s.id);
    if (known !== undefined) return known;
    seen.add(s.id);
    let phase = 1;
    for (const l of s.lifts) {
      if (l.from <= level(l.scene)) continue; // starts where the firm already stands
      for (const other of bought) {
        if (other.id === s.id || seen.has(other.id)) continue;
        // The other brings the scene to this lift's start, and does not already cover that step itself.
        if (other.lifts.some((o) => o.scene === l.scene && o.to === l.from) && !s.lifts.some((x) => x.scene === l.scene && x.to === l.from)) {
          phase = Math.max(phase, visit(other, seen) + 1);
        }
      }
    }
    phaseOf.set(s.id, phase);
    return phase;
  };
  for (const s of bought) visit(s, new Set());
  const phases: Phase[] = [];
  for (const s of bought) {
    const n = phaseOf.get(s.id)!;
    let p = phases.find((x) => x.phase === n);
    if (!p) phases.push((p = { phase: n, solutionIds: [], weeks: { min: 0, max: 0 } }));
    p.solutionIds.push(s.id);
    p.weeks = { min: Math.max(p.weeks.min, s.durationWeeks.min), max: Math.max(p.weeks.max, s.durationWeeks.max) };
  }
  phases.sort((a, b) => a.phase - b.phase);
  return { phases, weeks: phases.reduce((w, p) => ({ min: w.min + p.weeks.min, max: w.max + p.weeks.max }), { min: 0, max: 0 }) };
}

export interface ExpectedEffect {
  /** An outcome question (成效 trend) the plan should move but cannot buy. */
  question: string;
  /** What to record now as the baseline, e.g. 单位营业收入能耗. */
  measure: Localized;
  /** Lower or higher is the improvement. */
  better: "higher" | "lower";
  /** The firm's answer today. */
  now: string | null;
}

/** The 成效 trends the plan should move, each with the measure to record before the work starts. */
export function expectedEffects(t: CompiledTemplate, answers: Answers): ExpectedEffect[] {
  return t.questions.flatMap((q) =>
    q.def.kind === "trend"
      ? [
          {
            question: q.code,
            measure: q.def.evidence.measure,
            better: q.def.evidence.better,
            now: typeof answers[q.code] === "string" ? (answers[q.code] as string) : null,
          },
        ]
      : [],
  );
}

export interface FundBandAfter {
  /** The plan's yearly spend (three-year cost / 3) as a share of revenue, for a reader ("≈ 2.33%"). */
  share: string;
  from: string | null;
  to: string;
}

/**
 * 资金保障 (M.FUND) is the firm's average digital investment over three years as a share of revenue:
 * a plan cannot buy it, but carrying the plan out is investment. When the plan's own spend alone would
 * put the share in a band worth more points than the firm's answer, say so (exactly, from whole yuan).
 */
export function fundBandAfter(t: CompiledTemplate, answers: Answers, threeYearCostYuan: number, revenueWan: number | null | undefined): FundBandAfter | null {
  const q = t.questionByCode.get("M.FUND");
  if (!q || q.def.kind !== "band" || !revenueWan || revenueWan <= 0 || threeYearCostYuan <= 0) return null;
  const revenueYuan = Math.round(revenueWan * 10_000);
  const band = bandFor(q.def.options, threeYearCostYuan, 3 * revenueYuan);
  if (!band) return null;
  const now = typeof answers[q.code] === "string" ? (answers[q.code] as string) : null;
  const points = (code: string | null) => (code === null ? 0 : (q.milliByCode.get(code) ?? 0));
  if (points(band.code) <= points(now)) return null;
  return { share: percentText(readableShare(q.def.options, shareOf(threeYearCostYuan, 3 * revenueYuan))), from: now, to: band.code };
}
