import { sectionSchema, type SectionPrompt } from "./section";

export const planPrompt: SectionPrompt = {
  key: "plan",
  version: "plan/3",
  inputs: ["facts", "firm_text"],
  task: {
    "zh-CN": `请撰写诊断报告的“改造方案”章节：说明改造方案：三年总成本最低的方案（facts.plans.next，如有 level2 也说明到二级的方案）与从痛点出发的方案（facts.plans.pain）：每一步改变什么、选用的方案（[[solution:ID]]）与可比较的替代方案、预算按软件/硬件/服务的一次性与年费、三年总成本。只有 exact 为 true 时才可称其为“三年总成本最低”或“最省”；费用按方案目录的报价中位数估算，需如实说明。每个方案的介绍只写一次。不得增删步骤。bullets 按顺序列出步骤。
<facts>
{{facts}}
</facts>
{{firm_text}}`,
    en: `Write the "Transformation plan" section of the diagnostic report. Set out the plans: the least three-year-cost plan (facts.plans.next, and to level 2 where level2 is given) and the plan that starts from the firm's problems (facts.plans.pain): what each step changes, the chosen solution ([[solution:ID]]) and the alternatives to compare, the budget by software / hardware / services one-off and yearly, the three-year cost. Call a plan the cheapest only when exact is true; costs are estimated at the middle of catalogue prices, say so. Describe each solution once. Do not add or drop steps. In bullets, the steps in order.
<facts>
{{facts}}
</facts>
{{firm_text}}`,
  },
  schema: sectionSchema({
    headline: "One sentence with the target level, the number of steps and the three-year cost.",
    paragraphs: "The plans step by step, with solutions, alternatives and the budget.",
    bullets: "The steps in order, each saying what changes and with which solution.",
  }),
};
