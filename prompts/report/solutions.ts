import { sectionSchema, type SectionPrompt } from "./section";

export const solutionsPrompt: SectionPrompt = {
  key: "solutions",
  version: "solutions/1",
  inputs: ["facts"],
  task: {
    "zh-CN": `请撰写“推荐解决方案”章节：从 facts.candidates 中说明每个路径步骤可选的方案、为什么适合（服务的步骤、部署方式、费用、工期、是否“小快轻准”），并提醒企业比较不同服务商。只用 [[solution:ID]] 标记提及方案。如方案为演示数据（demo 为 true），须说明。bullets 每个步骤一条建议。
<facts>
{{facts}}
</facts>`,
    en: `Write the "Recommended solutions" section: from facts.candidates, explain the options for each step of the path and why they fit (the step they serve, deployment, cost, duration, whether they are "small, fast, light and precise"), and advise comparing providers. Refer to solutions only with [[solution:ID]] tokens. If entries are demo data (demo is true), say so. In bullets, one recommendation per step.
<facts>
{{facts}}
</facts>`,
  },
  schema: sectionSchema({
    headline: "One sentence on what kind of solutions the firm needs first.",
    paragraphs: "The options per step and why they fit, with cost and duration, and a reminder to compare providers.",
    bullets: "One recommendation per step, with solution tokens.",
  }),
};
