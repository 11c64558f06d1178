import type { CompiledQuestion, CompiledTemplate } from "../model/load";
import type { Answers, Problem, ProblemKind } from "./types";

function problem(code: string, kind: ProblemKind, message: string, messageZh: string): Problem {
  return { code, kind, message, messageZh };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Checks answers against a template and returns every problem (never stops at the first). Written by
 * hand rather than with zod: it runs on every autosave and must cost about as much as parsing JSON.
 * With `complete`, unanswered questions and scenes are problems too (submission).
 */
export function validateAnswers(t: CompiledTemplate, input: unknown, options: { complete?: boolean } = {}): Problem[] {
  const problems: Problem[] = [];
  if (!isObject(input)) return [problem("answers", "not_an_object", "answers must be an object keyed by question code", "答案必须是以题目编码为键的对象")];
  for (const code in input) {
    const value = input[code];
    const q = t.questionByCode.get(code);
    if (q) {
      if (q.kind === "multi") {
        if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
          problems.push(problem(code, "wrong_kind", "expects an array of option codes", "应为选项编码数组"));
          continue;
        }
        const seen = new Set<string>();
        for (const option of value as string[]) {
          if (seen.has(option)) problems.push(problem(code, "duplicate_option", `option ${option} is given twice`, `选项 ${option} 重复`));
          seen.add(option);
          if (!q.optionIndex.has(option)) problems.push(problem(code, "unknown_option", `unknown option ${option}`, `未知选项 ${option}`));
        }
        if (q.noneIndex >= 0 && seen.size > 1 && seen.has(q.def.options[q.noneIndex]?.code ?? "")) {
          problems.push(problem(code, "none_with_others", "“none” cannot be combined with other options", "“均没有”不能与其他选项同时选择"));
        }
      } else if (typeof value !== "string") {
        problems.push(problem(code, "wrong_kind", "expects one option code (a string)", "应为单个选项编码（字符串）"));
      } else if (!q.optionIndex.has(value)) {
        problems.push(problem(code, "unknown_option", `unknown option ${value}`, `未知选项 ${value}`));
      }
      continue;
    }
    if (t.sceneByCode.has(code)) {
      if (typeof value !== "number" || !Number.isInteger(value)) {
        problems.push(problem(code, "wrong_kind", "expects a scene level, an integer 0–4", "应为场景等级，0–4 的整数"));
      } else if (value < 0 || value > 4) {
        problems.push(problem(code, "scene_level_out_of_range", `scene level ${value} is outside 0–4`, `场景等级 ${value} 超出 0–4`));
      }
      continue;
    }
    problems.push(problem(code, "unknown_code", `unknown question or scene code in ${t.id}`, `模板 ${t.id} 中没有此题目或场景编码`));
  }
  if (options.complete) {
    for (const code of missingCodes(t, input as Answers)) problems.push(problem(code, "missing", "not answered", "尚未作答"));
  }
  return problems;
}

/** An empty multi selection counts as unanswered: "none" is an explicit option. */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

export function missingCodes(t: CompiledTemplate, answers: Answers): string[] {
  const missing: string[] = [];
  for (const q of t.questions) if (!isAnswered(answers[q.code])) missing.push(q.code);
  for (const s of t.scenes) if (!isAnswered(answers[s.code])) missing.push(s.code);
  return missing;
}

export interface Inconsistency {
  code: string;
  other: string;
  message: { "zh-CN": string; en: string };
}

/** A consistency rule's two questions with their answers, when both have one known option; `above` when broken. */
export function rulePair(
  t: CompiledTemplate,
  rule: { question: string; notAbove: string },
  answers: Answers,
): { q: CompiledQuestion; ref: CompiledQuestion; a: string; b: string; above: boolean } | null {
  const q = t.questionByCode.get(rule.question);
  const ref = t.questionByCode.get(rule.notAbove);
  const a = answers[rule.question];
  const b = answers[rule.notAbove];
  if (!q || !ref || typeof a !== "string" || typeof b !== "string") return null;
  const ia = q.optionIndex.get(a);
  const ib = ref.optionIndex.get(b);
  if (ia === undefined || ib === undefined) return null;
  return { q, ref, a, b, above: ia > ib };
}

/** Answers that are valid one by one but contradict each other (rules in the template). */
export function findInconsistencies(t: CompiledTemplate, answers: Answers): Inconsistency[] {
  const found: Inconsistency[] = [];
  for (const rule of t.def.consistency) {
    if (rulePair(t, rule, answers)?.above) found.push({ code: rule.question, other: rule.notAbove, message: rule.message });
  }
  return found;
}
