import type { CompiledTemplate } from "../model/load";
import type { Answers } from "./types";

/**
 * Questions that do not apply, by the template's skip rules: their answer is implied by another
 * answer (and replaces whatever was given before the other answer changed).
 */
export function applySkipRules(t: CompiledTemplate, answers: Answers): { answers: Answers; skipped: string[] } {
  if (t.def.skipRules.length === 0) return { answers, skipped: [] };
  let out: Record<string, Answers[string]> | null = null;
  const skipped: string[] = [];
  for (const rule of t.def.skipRules) {
    const trigger = answers[rule.when.question];
    if (typeof trigger === "string" && rule.when.in.includes(trigger)) {
      skipped.push(rule.question);
      if (answers[rule.question] !== rule.implies) {
        out ??= { ...answers };
        out[rule.question] = rule.implies;
      }
    }
  }
  return { answers: out ?? answers, skipped };
}
