import { sectionSchema, type SectionPrompt } from "./section";

export const planPrompt: SectionPrompt = {
  key: "plan",
  version: "plan/2",
  inputs: ["facts", "firm_text"],
  task: {
    "zh-CN": `请撰写“提升路径”章节：按 facts.plans 说明到下一级（如有，再说明到二级）方案：每一步改变什么、达到后的预计总分与等级、三年总成本（threeYearCostWan，一次性费用加三年年费）与一次性加首年费用（costWan）、可能的补贴和净成本。只有 exact 为 true 时才可称其为“三年总成本最低”或“最省”；费用按方案目录的报价中位数估算，需如实说明。步骤顺序可结合企业在 <firm_text> 中说的痛点解释先后，但不得增删步骤。bullets 按顺序列出步骤。
<facts>
{{facts}}
</facts>
{{firm_text}}`,
    en: `Write the "Path to the next level" section: following facts.plans, explain the plan to the next level (and, where given, to level 2): what each step changes, the expected total and level afterwards, the three-year cost (threeYearCostWan: one-off plus three years of fees) and the one-off plus first-year cost (costWan), the possible subsidy and the net cost. Call it the cheapest (least three-year cost) only when exact is true. Costs are estimated at the middle of catalogue prices; say so. You may relate the order of the steps to the pain points in <firm_text>, but do not add or drop steps. In bullets, list the steps in order.
<facts>
{{facts}}
</facts>
{{firm_text}}`,
  },
  schema: sectionSchema({
    headline: "One sentence with the target level, the number of steps and the net cost.",
    paragraphs: "The path step by step, the result it reaches, and its cost, subsidy and net cost.",
    bullets: "The steps in order, each saying what changes.",
  }),
};
