import { sectionSchema, type SectionPrompt } from "./section";

export const levelPrompt: SectionPrompt = {
  key: "level",
  version: "level/1",
  inputs: ["facts"],
  task: {
    "zh-CN": `请撰写“数字化水平等级及其含义”章节：说明企业的等级（facts.level）意味着什么（引用 facts.level.description），评定规则中每一级对总分、达标场景数和约束性场景数的要求（facts.rule），以及企业距离下一级差在哪里（facts.gap）。如 facts.model.isReference 为 true，必须说明这是参考等级。bullets 逐条列出下一级尚未满足的条件。
<facts>
{{facts}}
</facts>`,
    en: `Write the "Digital level and what it means" section: explain what the firm's level (facts.level) means (use facts.level.description), what the rule asks of each level in total score, scenes at the level and constrained scenes (facts.rule), and what separates the firm from the next level (facts.gap). If facts.model.isReference is true, say that this is a reference level. In bullets, list each unmet condition of the next level.
<facts>
{{facts}}
</facts>`,
  },
  schema: sectionSchema({
    headline: "One sentence stating the level and its meaning.",
    paragraphs: "What the level means, how the rule decides it, and what is missing for the next level.",
    bullets: "Each unmet condition of the next level with the required and actual figures; empty at the top level.",
  }),
};
