import type { CompiledTemplate } from "../model/load";
import type { Localized } from "../model/schema";
import { bandFor, trendFor } from "./derive";
import type { Answers, Problem } from "./types";

/** How a band or trend answer was derived from the firm's figures; the figures are kept beside it. */
export interface Derivation {
  code: string;
  inputs: Record<string, number>;
  /** Share in percent (band) or relative change in percent (trend); null when the base is 0. */
  value: number | null;
  option: string;
  explanation: Localized;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const fmt = (n: number) => String(Math.round(n * 100) / 100);

function invalid(code: string, message: string, messageZh: string): Problem {
  return { code, kind: "evidence_invalid", message, messageZh };
}

function figure(code: string, inputs: Record<string, unknown>, key: string, problems: Problem[]): number | null {
  const v = inputs[key];
  if (typeof v !== "number" || !Number.isFinite(v)) {
    problems.push(invalid(code, `evidence ${key} must be a number`, `佐证数据 ${key} 必须是数字`));
    return null;
  }
  if (v < 0) {
    problems.push(invalid(code, `evidence ${key} cannot be negative`, `佐证数据 ${key} 不能为负数`));
    return null;
  }
  return v;
}

/**
 * Derives band and trend answers from numeric evidence. Band edges are (min, max] as the official data
 * states them (the first band includes 0); comparisons are done as products so that 20 of 100 lands
 * exactly in (10, 20]. A trend moving by no more than the template's flat percentage is "flat".
 */
export function deriveFromEvidence(t: CompiledTemplate, evidence: unknown): { answers: Record<string, string>; derivations: Derivation[]; problems: Problem[] } {
  const answers: Record<string, string> = {};
  const derivations: Derivation[] = [];
  const problems: Problem[] = [];
  if (evidence === undefined || evidence === null) return { answers, derivations, problems };
  if (!isObject(evidence)) {
    return { answers, derivations, problems: [invalid("evidence", "evidence must be an object keyed by question code", "佐证数据必须是以题目编码为键的对象")] };
  }
  for (const code in evidence) {
    const q = t.questionByCode.get(code);
    const raw = evidence[code];
    if (!q) {
      problems.push({ code, kind: "unknown_code", message: `unknown question code in ${t.id}`, messageZh: `模板 ${t.id} 中没有此题目编码` });
      continue;
    }
    if (!isObject(raw)) {
      problems.push(invalid(code, "evidence must be an object of figures", "佐证数据必须是数字对象"));
      continue;
    }
    const def = q.def;
    if (def.kind === "band") {
      const { numerator, denominator, allowAbove100 } = def.evidence;
      const num = figure(code, raw, numerator.key, problems);
      const den = figure(code, raw, denominator.key, problems);
      if (num === null || den === null) continue;
      if (den === 0) {
        problems.push(invalid(code, `${denominator.key} must be above 0`, `${denominator.key} 必须大于 0`));
        continue;
      }
      if (!allowAbove100 && num > den) {
        problems.push(invalid(code, `${numerator.key} (${num}) cannot exceed ${denominator.key} (${den})`, `${numerator.key}（${num}）不能大于 ${denominator.key}（${den}）`));
        continue;
      }
      const band = bandFor(def.options, num, den);
      if (!band) continue;
      const share = (num * 100) / den;
      answers[code] = band.code;
      derivations.push({
        code,
        inputs: { [numerator.key]: num, [denominator.key]: den },
        value: share,
        option: band.code,
        explanation: {
          "zh-CN": `${fmt(num)} ÷ ${fmt(den)} = ${fmt(share)}%，属于“${band.label["zh-CN"]}”档`,
          en: `${fmt(num)} ÷ ${fmt(den)} = ${fmt(share)}%, in the band “${band.label.en}”`,
        },
      });
    } else if (def.kind === "trend") {
      const before = figure(code, raw, "before", problems);
      const after = figure(code, raw, "after", problems);
      if (before === null || after === null) continue;
      const option = trendFor(before, after, def.evidence.better, t.def.trendFlatPercent);
      const change = before === 0 ? null : ((after - before) * 100) / before;
      answers[code] = option;
      const label = def.options.find((o) => o.code === option)?.label ?? { "zh-CN": option, en: option };
      derivations.push({
        code,
        inputs: { before, after },
        value: change,
        option,
        explanation: {
          "zh-CN": `${def.evidence.measure["zh-CN"]}由 ${fmt(before)} 变为 ${fmt(after)}${change === null ? "" : `（${change >= 0 ? "+" : ""}${fmt(change)}%）`}，判定为“${label["zh-CN"]}”（±${t.def.trendFlatPercent}%以内为持平）`,
          en: `${def.evidence.measure.en} went from ${fmt(before)} to ${fmt(after)}${change === null ? "" : ` (${change >= 0 ? "+" : ""}${fmt(change)}%)`}: “${label.en}” (within ±${t.def.trendFlatPercent}% counts as flat)`,
        },
      });
    } else {
      problems.push(invalid(code, "numeric evidence applies only to band and trend questions", "数值佐证只适用于比例档位题和趋势题"));
    }
  }
  return { answers, derivations, problems };
}

/**
 * Merges derived answers into the given ones. An explicit answer that contradicts its own evidence is
 * a problem rather than silently overwritten.
 */
export function resolveAnswers(t: CompiledTemplate, answers: Answers, evidence: unknown): { answers: Answers; derivations: Derivation[]; problems: Problem[] } {
  const derived = deriveFromEvidence(t, evidence);
  if (derived.derivations.length === 0) return { answers, derivations: [], problems: derived.problems };
  const merged: Record<string, Answers[string]> = { ...answers };
  const problems = [...derived.problems];
  for (const d of derived.derivations) {
    const given = answers[d.code];
    if (given !== undefined && given !== d.option) {
      problems.push({
        code: d.code,
        kind: "evidence_mismatch",
        message: `answer ${String(given)} contradicts the evidence, which gives ${d.option} (${d.explanation.en})`,
        messageZh: `答案 ${String(given)} 与佐证数据不符，按数据应为 ${d.option}（${d.explanation["zh-CN"]}）`,
      });
      continue;
    }
    merged[d.code] = d.option;
  }
  return { answers: merged, derivations: derived.derivations, problems };
}
