import { sectionSchema, type SectionPrompt } from "./section";

export const summaryPrompt: SectionPrompt = {
  key: "summary",
  version: "summary/2",
  inputs: ["facts", "firm_text"],
  task: {
    "zh-CN": `请撰写诊断报告的“总体结论”章节：用两三段话说明企业当前的数字化水平等级和总分、与同类企业相比的位置、最关键的短板，以及迈向下一等级的方案要点（步骤数、三年总成本、可能的补贴）；只有 facts.plan.exact 为 true 时才可称其为“三年总成本最低”或“最省”。如企业在 <firm_text> 中说明了主营业务或痛点，可联系这些情况，但以事实为准。bullets 列出最优先的三项行动。
<facts>
{{facts}}
</facts>
{{firm_text}}`,
    en: `Write the "Summary" section of the diagnostic report: in two or three paragraphs, state the firm's current digital level and total score, where it stands against similar firms, its most important weaknesses, and the gist of the plan to the next level (number of steps, three-year cost, possible subsidy); call it the cheapest (least three-year cost) only when facts.plan.exact is true. If the firm described its business or pain points in <firm_text>, relate to them, but the facts decide. In bullets, list the three most urgent actions.
<facts>
{{facts}}
</facts>
{{firm_text}}`,
  },
  schema: sectionSchema({
    headline: "One sentence with the level and the single most important message for the owner.",
    paragraphs:
      "Two or three paragraphs: level and score, standing among peers, key weaknesses, the path to the next level with its cost and possible subsidy.",
    bullets: "The three most urgent actions, each one short imperative sentence.",
  }),
};
