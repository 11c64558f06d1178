import { sectionSchema, type SectionPrompt } from "./section";

export const targetsPrompt: SectionPrompt = {
  key: "targets",
  version: "targets/1",
  inputs: ["facts"],
  task: {
    "zh-CN": `请撰写诊断报告的“改造目标”章节：说明改造目标：目标等级（facts.targets.levelName）、每个场景的目标级别（from → to），以及应当现在记录基线、改造后用来衡量成效的指标（facts.targets.kpis）。如 facts.level2 不为空，说明到二级的目标。bullets 列出每个可衡量的指标。
<facts>
{{facts}}
</facts>`,
    en: `Write the "Transformation targets" section of the diagnostic report. State the targets: the target level (facts.targets.levelName), each scene's target (from → to), and the measures whose baseline should be recorded now to show the effect afterwards (facts.targets.kpis). If facts.level2 is set, give the targets to level 2 as well. In bullets, each measurable indicator.
<facts>
{{facts}}
</facts>`,
  },
  schema: sectionSchema({
    headline: "One sentence with the target level and how many scenes must rise.",
    paragraphs: "The target level, per-scene targets, and the measures to record now.",
    bullets: "Each measurable indicator, with what to record as its baseline.",
  }),
};
