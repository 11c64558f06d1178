import type { CompiledTemplate } from "../model/load";
import type { Localized } from "../model/schema";
import { bandOfShare, changeOf, percentText, readableChange, readableShare, shareOf, trendFor } from "./derive";
import { approximate } from "./exact";
import type { Answers, Problem } from "./types";
import { isAnswered } from "./validate";

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
/** A figure as the firm typed it (its shortest decimal form). */
const fmt = (n: number) => String(n);

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
 * states them (the first band includes 0), in exact arithmetic on the decimals typed, so that 10.21 of
 * 102.1 lands in [0, 10] and 34.7 of 173.5 in (10, 20]. A trend moving by no more than the template's
 * flat percentage (edges included) is "flat". Explanations show the figures as typed and percentages
 * rounded for a reader, never across a band edge.
 */
export function deriveFromEvidence(
  t: CompiledTemplate,
  evidence: unknown,
): { answers: Record<string, string>; derivations: Derivation[]; problems: Problem[] } {
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
        problems.push(
          invalid(
            code,
            `${numerator.key} (${num}) cannot exceed ${denominator.key} (${den})`,
            `${numerator.key}（${num}）不能大于 ${denominator.key}（${den}）`,
          ),
        );
        continue;
      }
      const share = shareOf(num, den);
      const band = bandOfShare(def.options, share);
      if (!band) continue;
      const shown = percentText(readableShare(def.options, share), { equation: true });
      answers[code] = band.code;
      derivations.push({
        code,
        inputs: { [numerator.key]: num, [denominator.key]: den },
        value: approximate(share),
        option: band.code,
        explanation: {
          "zh-CN": `${fmt(num)} ÷ ${fmt(den)} ${shown}，属于“${band.label["zh-CN"]}”档`,
          en: `${fmt(num)} ÷ ${fmt(den)} ${shown}, in the band “${band.label.en}”`,
        },
      });
    } else if (def.kind === "trend") {
      const before = figure(code, raw, "before", problems);
      const after = figure(code, raw, "after", problems);
      if (before === null || after === null) continue;
      const flat = t.def.trendFlatPercent;
      const option = trendFor(before, after, def.evidence.better, flat);
      const change = changeOf(before, after);
      const shown = change === null ? "" : percentText(readableChange(change, flat), { signed: true });
      answers[code] = option;
      const label = def.options.find((o) => o.code === option)?.label ?? { "zh-CN": option, en: option };
      derivations.push({
        code,
        inputs: { before, after },
        value: change === null ? null : approximate(change),
        option,
        explanation: {
          "zh-CN": `${def.evidence.measure["zh-CN"]}由 ${fmt(before)} 变为 ${fmt(after)}${shown ? `（${shown}）` : ""}，判定为“${label["zh-CN"]}”（±${flat}%以内为持平）`,
          en: `${def.evidence.measure.en} went from ${fmt(before)} to ${fmt(after)}${shown ? ` (${shown})` : ""}: “${label.en}” (within ±${flat}% counts as flat)`,
        },
      });
    } else {
      problems.push(invalid(code, "numeric evidence applies only to band and trend questions", "数值佐证只适用于比例档位题和趋势题"));
    }
  }
  return { answers, derivations, problems };
}

/**
 * Merges derived answers into the given ones. An explicit answer is never rewritten: where it differs
 * from its own figures it is kept (and scored), and the warnings say so (see warnings.ts).
 */
export function resolveAnswers(t: CompiledTemplate, answers: Answers, evidence: unknown): { answers: Answers; derivations: Derivation[]; problems: Problem[] } {
  const derived = deriveFromEvidence(t, evidence);
  if (derived.derivations.length === 0) return { answers, derivations: [], problems: derived.problems };
  const merged: Record<string, Answers[string]> = { ...answers };
  for (const d of derived.derivations) if (!isAnswered(answers[d.code])) merged[d.code] = d.option;
  return { answers: merged, derivations: derived.derivations, problems: derived.problems };
}
