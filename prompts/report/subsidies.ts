import { sectionSchema, type SectionPrompt } from "./section";

export const subsidiesPrompt: SectionPrompt = {
  key: "subsidies",
  version: "subsidies/1",
  inputs: ["facts"],
  task: {
    "zh-CN": `请撰写“补贴政策与申报”章节：按 facts.policies 逐项说明匹配结论（verdict）及理由、预计金额或上限、尚需企业确认的事项、需要准备的材料和申报时间，并说明补贴一般在改造完成、等级复核达标后兑付，以主管部门的最终审核为准。只用 [[policy:ID]] 标记提及政策。bullets 列出申报前要做的事。
<facts>
{{facts}}
</facts>`,
    en: `Write the "Subsidies and how to apply" section: for each entry of facts.policies, give the verdict and its reasons, the estimated amount or the cap, what the firm still has to confirm, the documents to prepare and the application window, and explain that subsidies are usually paid after the transformation and a level re-check, subject to the authority's final review. Refer to policies only with [[policy:ID]] tokens. In bullets, list what to do before applying.
<facts>
{{facts}}
</facts>`,
  },
  schema: sectionSchema({
    headline: "One sentence on the best subsidy prospect.",
    paragraphs: "Each policy's verdict with reasons, amount or cap, facts to confirm, documents and window.",
    bullets: "What to do before applying, in order.",
  }),
};
