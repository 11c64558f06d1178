import highsLoader, { type Highs } from "highs";
import { applyItem, cloneState, meets, type PlanProblem } from "./problem";
import { toLpText, type Objective } from "./lp";

/**
 * Solves a plan problem exactly with HiGHS (compiled to WebAssembly, single-threaded): first the least
 * three-year cost, then, among the sets of that cost, the fewest providers and the lowest first-year
 * cost. The optimum is proven (relative and absolute MIP gap 0; every coefficient a whole yuan), or
 * the call says it is not.
 */

export interface Optimum {
  reachable: boolean;
  /** Indexes into `problem.items`, ascending. */
  items: number[];
  cost3: number;
  firstYear: number;
  providers: number;
  /** The least three-year cost is proven (false only if HiGHS stopped at its time limit with a feasible set). */
  proven: boolean;
  /** HiGHS stopped at its time limit without finding any set: neither reachable nor proven out of reach. */
  timedOut: boolean;
}

let loading: Promise<Highs> | null = null;

/** The solver, loaded once per process (~80 ms). */
export function loadSolver(): Promise<Highs> {
  loading ??= highsLoader().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

const OPTIONS = { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0.5, time_limit: 20 } as const;

function run(highs: Highs, p: PlanProblem, objective: Objective): { status: "optimal" | "limit" | "infeasible" | "nothing"; chosen: number[]; value: number } {
  const solution = highs.solve(toLpText(p, objective), OPTIONS);
  if (solution.Status === "Infeasible") return { status: "infeasible", chosen: [], value: 0 };
  const optimal = solution.Status === "Optimal";
  if (!optimal && solution.Status !== "Time limit reached") throw new Error(`HiGHS: ${solution.Status}`);
  const chosen: number[] = [];
  const columns = "Columns" in solution ? solution.Columns : {};
  p.items.forEach((_, i) => {
    const column = (columns as Record<string, { Primal?: number } | undefined>)[`x${i}`];
    if ((column?.Primal ?? 0) > 0.5) chosen.push(i);
  });
  if (!optimal && chosen.length === 0) return { status: "nothing", chosen, value: 0 };
  return { status: optimal ? "optimal" : "limit", chosen, value: Math.round(solution.ObjectiveValue) };
}

export function solvePlanProblem(highs: Highs, p: PlanProblem): Optimum {
  const summary = (chosen: number[], proven: boolean): Optimum => {
    const items = chosen.map((i) => p.items[i]!);
    return {
      reachable: true,
      items: chosen,
      cost3: items.reduce((s, x) => s + x.cost3, 0),
      firstYear: items.reduce((s, x) => s + x.firstYear, 0),
      providers: new Set(items.map((x) => x.provider)).size,
      proven,
      timedOut: false,
    };
  };
  const none = (timedOut: boolean): Optimum => ({ reachable: false, items: [], cost3: 0, firstYear: 0, providers: 0, proven: !timedOut, timedOut });
  if (meets(p, p.base)) return summary([], true);
  if (p.items.length === 0) return none(false);
  const first = run(highs, p, { kind: "cost" });
  if (first.status === "infeasible") return none(false);
  if (first.status === "nothing") return none(true);
  const cost = summary(first.chosen, first.status === "optimal");
  // The tie-break only picks among sets of the proven cost: if it stops early, the cost stays proven.
  const second = run(highs, p, { kind: "tiebreak", maxCost3: cost.cost3 });
  const result = second.status === "optimal" || second.status === "limit" ? summary(second.chosen, cost.proven) : cost;
  // The set is checked against the problem itself, not taken on the solver's word.
  const state = cloneState(p.base);
  for (const i of result.items) applyItem(state, p.items[i]!);
  if (!meets(p, state)) throw new Error("HiGHS returned a set that does not meet the rung");
  return result;
}
