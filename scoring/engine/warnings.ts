import type { CompiledQuestion, CompiledTemplate } from "../model/load";
import type { Localized } from "../model/schema";
import { readableShare, percentText, shareOf } from "./derive";
import { resolveAnswers, type Derivation } from "./evidence";
import { compare, type Fraction } from "./exact";
import type { Answers } from "./types";
import { isAnswered, rulePair } from "./validate";

/**
 * Answers that are valid one by one but contradict each other. They are scored as given (the engine
 * never rewrites an answer); each warning names the questions involved and says why, so that the firm
 * can check before it pledges its answers true. Every check comes from the template's data:
 * - answer_contradicts_figures: an explicit answer differs from the band or trend its own figures give;
 * - share_above_reference: a consistency rule "A not above B" is broken, by the answers or (both given
 *   as figures) by the exact shares;
 * - figures_base_differs: two shares of the same base (the same denominator in the data, e.g. all
 *   production equipment) were given with different bases;
 * - skip_rule_contradicted: a skip rule implies an answer, and the firm answered otherwise.
 */
export type AnswerWarningCode = "answer_contradicts_figures" | "share_above_reference" | "figures_base_differs" | "skip_rule_contradicted";

export const ANSWER_WARNING_CODES: readonly AnswerWarningCode[] = [
  "answer_contradicts_figures",
  "share_above_reference",
  "figures_base_differs",
  "skip_rule_contradicted",
];

export interface AnswerWarning {
  /** The kind of contradiction, stable. */
  code: AnswerWarningCode;
  /** The question codes involved, the one to check first. */
  questions: string[];
  message: Localized;
}

type Band = Extract<CompiledQuestion["def"], { kind: "band" }>;

const name = (q: CompiledQuestion): Localized => q.def.shortLabel ?? q.def.label;
const optionLabel = (q: CompiledQuestion, code: string): Localized => q.def.options.find((o) => o.code === code)?.label ?? { "zh-CN": code, en: code };

/** The exact share of a band question's figures, when it has valid figures. */
function shareOfFigures(def: Band, d: Derivation | undefined): Fraction | null {
  const num = d?.inputs[def.evidence.numerator.key];
  const den = d?.inputs[def.evidence.denominator.key];
  return num === undefined || den === undefined || den === 0 ? null : shareOf(num, den);
}

/**
 * @param given the answers as the firm gave them (validated)
 * @param resolved the given answers with those derived from figures added where none was given
 * @param derivations what the figures give, per question
 */
export function findWarnings(t: CompiledTemplate, given: Answers, resolved: Answers, derivations: readonly Derivation[]): AnswerWarning[] {
  const warnings: AnswerWarning[] = [];
  const byCode = new Map(derivations.map((d) => [d.code, d]));

  for (const d of derivations) {
    const q = t.questionByCode.get(d.code);
    const answer = given[d.code];
    if (!q || typeof answer !== "string" || answer === d.option) continue;
    const chosen = optionLabel(q, answer);
    const figured = optionLabel(q, d.option);
    warnings.push({
      code: "answer_contradicts_figures",
      questions: [d.code],
      message: {
        "zh-CN": `${name(q)["zh-CN"]}：所选“${chosen["zh-CN"]}”与填报的数据不符（${d.explanation["zh-CN"]}，应为“${figured["zh-CN"]}”）。按所选答案计分，请核对答案或数据。`,
        en: `${name(q).en}: the answer “${chosen.en}” does not match the figures given (${d.explanation.en}, which gives “${figured.en}”). The answer is scored as given; please check the answer or the figures.`,
      },
    });
  }

  for (const rule of t.def.consistency) {
    const pair = rulePair(t, rule, resolved);
    if (!pair) continue;
    const { q, ref, a, b } = pair;
    let why: Localized | null = null;
    if (pair.above) {
      why = {
        "zh-CN": `${name(q)["zh-CN"]}“${optionLabel(q, a)["zh-CN"]}”高于${name(ref)["zh-CN"]}“${optionLabel(ref, b)["zh-CN"]}”`,
        en: `${name(q).en} “${optionLabel(q, a).en}” is above ${name(ref).en} “${optionLabel(ref, b).en}”`,
      };
    } else if (q.def.kind === "band" && ref.def.kind === "band") {
      // Same band, but both given as figures: the exact shares can still contradict the rule.
      const sa = shareOfFigures(q.def, byCode.get(q.code));
      const sb = shareOfFigures(ref.def, byCode.get(ref.code));
      if (sa && sb && compare(sa, sb) > 0) {
        const ta = percentText(readableShare(q.def.options, sa, [sb]));
        const tb = percentText(readableShare(ref.def.options, sb, [sa]));
        why = {
          "zh-CN": `按填报的数据，${name(q)["zh-CN"]}（${ta}）高于${name(ref)["zh-CN"]}（${tb}）`,
          en: `by the figures given, ${name(q).en} (${ta}) is above ${name(ref).en} (${tb})`,
        };
      }
    }
    if (why) {
      warnings.push({
        code: "share_above_reference",
        questions: [rule.question, rule.notAbove],
        message: {
          "zh-CN": `${why["zh-CN"]}：${rule.message["zh-CN"]}两题均按所填计分，请核对。`,
          en: `${capitalise(why.en)}: ${rule.message.en} Both are scored as given; please check.`,
        },
      });
    }
  }

  // Shares of one base: band questions whose figures have the same denominator in the data.
  const bands = t.questions.filter((q): q is CompiledQuestion & { def: Band } => q.def.kind === "band");
  for (let i = 0; i < bands.length; i++) {
    for (let j = i + 1; j < bands.length; j++) {
      const qa = bands[i]!;
      const qb = bands[j]!;
      const base = qa.def.evidence.denominator;
      if (!sameBase(base, qb.def.evidence.denominator)) continue;
      const x = byCode.get(qa.code)?.inputs[base.key];
      const y = byCode.get(qb.code)?.inputs[base.key];
      if (x === undefined || y === undefined || x === y) continue;
      warnings.push({
        code: "figures_base_differs",
        questions: [qa.code, qb.code],
        message: {
          "zh-CN": `${name(qa)["zh-CN"]}与${name(qb)["zh-CN"]}填报的“${base.label["zh-CN"]}”不同（${String(x)} 与 ${String(y)}），两题应基于同一数字，请核对。`,
          en: `${capitalise(name(qa).en)} and ${name(qb).en} give different figures for “${base.label.en}” (${String(x)} and ${String(y)}); both should use the same figure. Please check.`,
        },
      });
    }
  }

  for (const rule of t.def.skipRules) {
    const q = t.questionByCode.get(rule.question);
    const when = t.questionByCode.get(rule.when.question);
    const answer = resolved[rule.question];
    const trigger = resolved[rule.when.question];
    if (!q || !when || !isAnswered(answer) || typeof trigger !== "string" || !rule.when.in.includes(trigger) || answer === rule.implies) continue;
    // A consistency rule on the same pair already says it.
    if (warnings.some((w) => w.questions.includes(rule.question) && w.questions.includes(rule.when.question))) continue;
    const given = typeof answer === "string" ? optionLabel(q, answer) : { "zh-CN": String(answer), en: String(answer) };
    const implied = optionLabel(q, rule.implies);
    const reason = (l: "zh-CN" | "en") => rule.reason[l].replace(/[。.]$/, "");
    warnings.push({
      code: "skip_rule_contradicted",
      questions: [rule.question, rule.when.question],
      message: {
        "zh-CN": `${name(q)["zh-CN"]}填了“${given["zh-CN"]}”，但${name(when)["zh-CN"]}为“${optionLabel(when, trigger)["zh-CN"]}”时应为“${implied["zh-CN"]}”（${reason("zh-CN")}）。按所填计分，请核对。`,
        en: `${capitalise(name(q).en)} is answered “${given.en}”, but with ${name(when).en} “${optionLabel(when, trigger).en}” it should be “${implied.en}” (${reason("en")}). It is scored as given; please check.`,
      },
    });
  }
  return warnings;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function sameBase(a: Band["evidence"]["denominator"], b: Band["evidence"]["denominator"]): boolean {
  return a.key === b.key && a.label["zh-CN"] === b.label["zh-CN"] && a.label.en === b.label.en;
}

/** The warnings of a draft: its answers as stored and its figures (invalid figures are left out). */
export function draftWarnings(t: CompiledTemplate, answers: Answers, evidence: unknown): AnswerWarning[] {
  const resolved = resolveAnswers(t, answers, evidence);
  return findWarnings(t, answers, resolved.answers, resolved.derivations);
}
