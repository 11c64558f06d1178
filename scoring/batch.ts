import { cheapestPath, type CheapestPath } from "./path/cheapest-path";
import { evaluate } from "./engine/evaluate";
import type { Level } from "./engine/types";
import type { AnswerWarning } from "./engine/warnings";
import type { DimensionCode } from "./model/schema";
import { getTemplate, isTemplateId, TEMPLATE_IDS } from "./templates";

/**
 * Scores the requests of the `score` command: `{template, answers, evidence?, profile?}` or an array of
 * them. Pure; the script does the file reading and exit codes.
 */

export interface ScoreOutput {
  template: string;
  version: string;
  /** 参考等级: non-manufacturing templates are not the official model. */
  isReference: boolean;
  total: number;
  dimensions: Record<DimensionCode, number>;
  scenes: Record<string, number>;
  /** 0 = 未达一级, 1–4 = 一级–四级. */
  level: Level;
  levelName: string;
  provisional: boolean;
  answeredShare: number;
  nextLevel: { level: number; unmet: { kind: string; required: number; actual: number; short: number }[] } | null;
  /** Answers that contradict each other or their figures: scored as given, each naming its questions. */
  warnings: AnswerWarning[];
  paths?: { next: CheapestPath; level2: CheapestPath };
}

export interface BatchProblem {
  /** Index in the input array, or null for a single object. */
  index: number | null;
  code: string;
  message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function scoreOne(input: unknown, index: number | null, options: { complete: boolean; paths: boolean }): ScoreOutput | BatchProblem[] {
  if (!isObject(input)) return [{ index, code: "input", message: "expected an object {template, answers}" }];
  const { template: id, answers, evidence, profile } = input;
  if (!isTemplateId(id)) return [{ index, code: "template", message: `unknown template ${String(id)}; one of ${TEMPLATE_IDS.join(", ")}` }];
  if (profile !== undefined && typeof profile !== "string" && !(Array.isArray(profile) && profile.every((p) => typeof p === "string"))) {
    return [{ index, code: "profile", message: "profile must be a profile code or an array of scene codes" }];
  }
  const t = getTemplate(id);
  let evaluation;
  try {
    evaluation = evaluate(t, answers ?? {}, { evidence, profile: profile as string | string[] | undefined, complete: options.complete });
  } catch (error) {
    return [{ index, code: "profile", message: error instanceof Error ? error.message : String(error) }];
  }
  if (!evaluation.ok) return evaluation.problems.map((p) => ({ index, code: p.code, message: p.message }));
  const r = evaluation.result;
  const output: ScoreOutput = {
    template: t.id,
    version: t.version,
    isReference: r.isReference,
    total: r.total,
    dimensions: r.dimensions,
    scenes: Object.fromEntries(r.scenes.map((s) => [s.code, s.level])),
    level: r.level,
    levelName: r.levelName["zh-CN"],
    provisional: r.provisional,
    answeredShare: Math.round(r.completeness.share * 1000) / 1000,
    nextLevel: r.nextLevel,
    warnings: r.warnings,
  };
  if (options.paths) {
    const pathOptions = { profile: profile as string | string[] | undefined };
    output.paths = {
      next: cheapestPath(t, evaluation.answers, pathOptions),
      level2: cheapestPath(t, evaluation.answers, { ...pathOptions, target: 2 }),
    };
  }
  return output;
}

export function scoreBatch(
  input: unknown,
  options: { complete?: boolean; paths?: boolean } = {},
): { ok: true; output: ScoreOutput | ScoreOutput[] } | { ok: false; problems: BatchProblem[] } {
  const opts = { complete: options.complete ?? false, paths: options.paths ?? false };
  const list = Array.isArray(input) ? input : [input];
  const outputs: ScoreOutput[] = [];
  const problems: BatchProblem[] = [];
  list.forEach((item, i) => {
    const r = scoreOne(item, Array.isArray(input) ? i : null, opts);
    if (Array.isArray(r)) problems.push(...r);
    else outputs.push(r);
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, output: Array.isArray(input) ? outputs : outputs[0]! };
}

export function formatProblem(p: BatchProblem): string {
  return `${p.index === null ? "" : `[${p.index}] `}${p.code}: ${p.message}`;
}
