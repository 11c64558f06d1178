import { firstYearCost, type SolutionEntry } from "@/db/catalogue/solutions";
import type { CompiledQuestion, CompiledScene, EffortModel } from "@/scoring";
import { fits, type FirmProfile } from "./rank";

/**
 * Effort from solution prices (万元, first-year cost), so that the cheapest path becomes a costed plan.
 * A solution that brings several things (two scene steps, four security measures) is shared out
 * evenly over them. A step no fitting solution offers costs Infinity: the path avoids it, or says the
 * level is out of reach with this catalogue.
 */

export interface SolutionEffort extends EffortModel {
  /** The solution whose (shared-out) price gave a step's cost, for the plan to name. */
  sceneSolution(scene: string, toLevel: number): string | null;
  /** Ordered questions: the option index reached; multi questions: the option ticked. */
  questionSolution(q: CompiledQuestion, option: number): string | null;
}

function benefits(s: SolutionEntry): number {
  return Math.max(1, s.lifts.length + s.improves.reduce((n, i) => n + i.options.length, 0));
}

export function solutionEffort(catalogue: readonly SolutionEntry[], firm: FirmProfile): SolutionEffort {
  const usable = catalogue.filter((s) => fits(s, firm));
  const share = (s: SolutionEntry) => firstYearCost(s) / benefits(s);
  const cheapest = (candidates: SolutionEntry[]) => candidates.reduce<SolutionEntry | null>((best, s) => (!best || share(s) < share(best) ? s : best), null);

  const sceneBest = new Map<string, SolutionEntry | null>();
  const sceneStep = (scene: string, toLevel: number) => {
    const key = `${scene}:${toLevel}`;
    if (!sceneBest.has(key)) sceneBest.set(key, cheapest(usable.filter((s) => s.lifts.some((l) => l.scene === scene && l.to === toLevel))));
    return sceneBest.get(key) ?? null;
  };
  const optionBest = new Map<string, SolutionEntry | null>();
  /** For ordered questions a solution reaching option k also covers every option below k. */
  const reaching = (q: CompiledQuestion, to: number) => {
    const key = `${q.code}:${to}`;
    if (!optionBest.has(key)) {
      const ok = usable.filter((s) =>
        s.improves.some((i) => i.question === q.code && i.options.some((o) => (q.kind === "multi" ? o === q.def.options[to]?.code : (q.optionIndex.get(o) ?? -1) >= to))),
      );
      optionBest.set(key, cheapest(ok));
    }
    return optionBest.get(key) ?? null;
  };

  return {
    optionChange(q: CompiledQuestion, from: number, to: number) {
      // The lowest option (index 0) is where an unanswered question stands: reaching it costs nothing.
      if (to <= Math.max(from, 0)) return 0;
      const s = reaching(q, to);
      return s ? share(s) : Infinity;
    },
    multiOption(q: CompiledQuestion, option: number) {
      const s = reaching(q, option);
      return s ? share(s) : Infinity;
    },
    sceneStep(s: CompiledScene, toLevel: number) {
      const found = sceneStep(s.code, toLevel);
      return found ? share(found) : Infinity;
    },
    sceneSolution: (scene, toLevel) => sceneStep(scene, toLevel)?.id ?? null,
    questionSolution: (q, option) => reaching(q, option)?.id ?? null,
  };
}
