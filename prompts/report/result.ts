import { sectionSchema, type SectionPrompt } from "./section";

export const resultPrompt: SectionPrompt = {
  key: "result",
  version: "result/1",
  inputs: ["facts"],
  task: {
    "zh-CN": `请撰写诊断报告的“评测结果”章节：说明评测结果：等级与总分、三个维度的得分与得分率、与同类企业的比较（standing：前 x% 或后 x%，或样本不足）、场景达标情况，以及等级规则和没有达到下一级的原因（facts.gap）。如有上次评测（facts.previous），说明变化。如 facts.specialized 不为空，说明其在专精特新数字化水平指标中的得分。bullets 列出未满足的下一级条件。
<facts>
{{facts}}
</facts>`,
    en: `Write the "Assessment result" section of the diagnostic report. Give the result: level and total, the three dimensions with their scores and shares, the comparison with peers (standing: top x% or bottom x%, or too few peers), the scenes at the level, and the level rule with why the next level is not reached (facts.gap). If there is a previous assessment (facts.previous), say what changed. If facts.specialized is set, state its points for the 专精特新 digital criterion. In bullets, the conditions of the next level still unmet.
<facts>
{{facts}}
</facts>`,
  },
  schema: sectionSchema({
    headline: "One sentence with the level, the total and the main reason the next level is not reached.",
    paragraphs: "Level, dimensions, peers, scenes, and the rule with the gap to the next level.",
    bullets: "The conditions of the next level still unmet, each with what is required and what the firm has.",
  }),
};
