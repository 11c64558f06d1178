import type { CompiledTemplate } from "../model/load";
import type { Answers } from "./types";
import { isAnswered } from "./validate";

/**
 * Questions that do not apply, by the template's skip rules: when the firm left such a question
 * unanswered, its answer is implied by another answer, and `skipped` names it (the result marks it
 * "skipped", with the rule's reason). An answer the firm gave, directly or through its figures, is
 * never replaced: a contradiction with the rule is a warning (see warnings.ts), not a rewrite.
 */
export function applySkipRules(t: CompiledTemplate, answers: Answers): { answers: Answers; skipped: string[] } {
  if (t.def.skipRules.length === 0) return { answers, skipped: [] };
  let out: Record<string, Answers[string]> | null = null;
  const skipped: string[] = [];
  for (const rule of t.def.skipRules) {
    if (isAnswered(answers[rule.question]) || skipped.includes(rule.question)) continue;
    const trigger = answers[rule.when.question];
    if (typeof trigger === "string" && rule.when.in.includes(trigger)) {
      skipped.push(rule.question);
      out ??= { ...answers };
      out[rule.question] = rule.implies;
    }
  }
  return { answers: out ?? answers, skipped };
}
