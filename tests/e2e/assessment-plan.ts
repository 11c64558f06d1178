import { evaluate, getTemplate, type Answers } from "@/scoring";

/** A complete manufacturing assessment; F.EQDIG is given by figures (30 of 100 → 20%–40%). */
export const ANSWERS: Record<string, string | string[] | number> = {
  "F.NET": ["enterprise_network"], "F.EQNET": "p10_20", "F.DATA": ["finance", "marketing", "warehousing"],
  "F.IS": "several", "F.NETSEC": ["policy", "products"], "F.DATASEC": ["products"], "M.PLAN": "planned", "M.RULES": ["workflow"],
  "M.TALENT": ["staff"], "M.FUND": "p0_10", "E.ENERGY": "flat", "E.QUALITY": "better", "E.REVENUE": "flat", "E.COST": "flat",
  "S.PRODUCT_DESIGN": 1, "S.PROCESS_DESIGN": 1, "S.MARKETING": 2, "S.AFTER_SALES": 1, "S.PLANNING": 1, "S.PRODUCTION": 1, "S.QUALITY": 2,
  "S.EQUIPMENT": 1, "S.SAFETY": 1, "S.ENERGY": 0, "S.PURCHASING": 2, "S.WAREHOUSING": 2, "S.FINANCE": 2, "S.HR": 1, "S.OFFICE": 2, "S.DECISION": 0,
};
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
