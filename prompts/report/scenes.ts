import { sectionSchema, type SectionPrompt } from "./section";

export const scenesPrompt: SectionPrompt = {
  key: "scenes",
  version: "scenes/1",
  inputs: ["facts"],
  task: {
    "zh-CN": `请撰写“业务场景分析”章节：说明各业务场景的数字化等级分布（facts.scenes、facts.counts），哪些是约束性场景、哪些已达到下一级的要求、哪些最拖后腿，并结合评定规则说明需要提升的场景数量（facts.gap）。bullets 列出最值得优先提升的场景及目标等级。
<facts>
{{facts}}
</facts>`,
    en: `Write the "Business scene analysis" section: describe how the business scenes are spread across levels (facts.scenes, facts.counts), which are constrained scenes, which already meet the next level and which lag most, and, with the level rule, how many scenes must improve (facts.gap). In bullets, list the scenes most worth improving first with their target level.
<facts>
{{facts}}
</facts>`,
  },
  schema: sectionSchema({
    headline: "One sentence on the state of the business scenes.",
    paragraphs: "The spread of scene levels, constrained scenes, and how many scenes need to improve for the next level.",
    bullets: "The scenes to improve first, each with its current and target level.",
  }),
};
