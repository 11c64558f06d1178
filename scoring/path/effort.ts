import type { CompiledQuestion, CompiledScene } from "../model/load";

/**
 * What a step costs. The default reads the efforts of the model data (relative units); the solution
 * catalogue later supplies prices through the same interface, so the path becomes a costed plan.
 */
export interface EffortModel {
  /** Move an ordered (single, band, trend) question from option `from` (-1 = unanswered) to `to`. */
  optionChange(q: CompiledQuestion, from: number, to: number): number;
  /** Tick one more option of a multi question. */
  multiOption(q: CompiledQuestion, option: number): number;
  /** Raise a scene from `toLevel - 1` to `toLevel`. */
  sceneStep(s: CompiledScene, toLevel: number): number;
}

export const modelEffort: EffortModel = {
  optionChange(q, from, to) {
    const options = q.def.options;
    const start = from < 0 ? 0 : (options[from]?.effort ?? 0);
    return Math.max(0, (options[to]?.effort ?? 0) - start);
  },
  multiOption(q, option) {
    return q.def.options[option]?.effort ?? 0;
  },
  sceneStep(s, toLevel) {
    return s.stepEffort[toLevel - 1] ?? 0;
  },
};
