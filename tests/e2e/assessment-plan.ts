import { evaluate, getTemplate, type Answers } from "@/scoring";
import { COMPLETE_MANUFACTURING } from "../support/fixtures";

/** A complete manufacturing assessment; F.EQDIG is given by figures (30 of 100 → 20%–40%). */
export const ANSWERS: Record<string, string | string[] | number> = Object.fromEntries(
  Object.entries(COMPLETE_MANUFACTURING).filter(([code]) => code !== "F.EQDIG"),
);
export const FIGURES = { "F.EQDIG": { digital: 30, total: 100 } };

/** What the engine says for the plan: the browser must show exactly this. */
export function expected(answers: Answers = ANSWERS, evidence: object = FIGURES): { level: number; total: number } {
  const e = evaluate(getTemplate("miit-2024-manufacturing"), answers, { evidence, complete: true });
  if (!e.ok) throw new Error(e.problems.map((p) => `${p.code}: ${p.message}`).join("; "));
  return { level: e.result.level, total: e.result.total };
}

/** Steps of the manufacturing questionnaire in order, with the codes each holds. */
export function steps(): { key: string; items: string[] }[] {
  const t = getTemplate("miit-2024-manufacturing");
  return [
    ...t.def.dimensions.map((d) => ({ key: d.code.toLowerCase(), items: t.questions.filter((q) => q.dimension === d.code).map((q) => q.code) })),
    ...t.def.sceneGroups.map((g) => ({ key: `scenes-${g.code.toLowerCase()}`, items: t.scenes.filter((s) => s.def.group === g.code).map((s) => s.code) })),
  ];
}

export function optionCodes(code: string): string[] {
  const q = getTemplate("miit-2024-manufacturing").questionByCode.get(code);
  return q ? q.def.options.map((o) => o.code) : ["0", "1", "2", "3", "4"];
}
