import { sectionSchema, type SectionPrompt } from "./section";

export const summaryPrompt: SectionPrompt = {
  key: "summary",
  version: "summary/3",
  inputs: ["facts", "firm_text"],
  task: {
    "zh-CN": `请撰写诊断报告的“报告摘要”章节：用两三段话说明：企业当前的数字化水平等级和总分、与同类企业相比的位置（用 standing：前 x% 或后 x%）、最关键的短板、迈向下一等级的方案要点（步骤数、三年总成本、可能的补贴与首年净支出 netCostWan），以及企业在 facts.pain.painPoints 中提出的问题由哪个方案解决。只有 facts.plan.exact 为 true 时才可称其为“三年总成本最低”或“最省”。bullets 列出最优先的三项行动。
<facts>
{{facts}}
</facts>
{{firm_text}}`,
    en: `Write the "Summary" section of the diagnostic report. In two or three paragraphs state the firm's current level and total, where it stands among peers (use standing: top x% or bottom x%), its key weaknesses, the gist of the plan to the next level (steps, three-year cost, possible subsidy and net cost), and which plan answers the problems the firm raised (facts.pain.painPoints). Call a plan the cheapest (least three-year cost) only when facts.plan.exact is true. In bullets, the three most urgent actions.
<facts>
{{facts}}
</facts>
{{firm_text}}`,
  },
  schema: sectionSchema({
    headline: "One sentence with the level and the single most important message for the owner.",
    paragraphs:
      "Two or three paragraphs: level and score, standing among peers, key weaknesses, the path to the next level with its cost, subsidy and the firm's own problems.",
    bullets: "The three most urgent actions, each one short imperative sentence.",
  }),
};
