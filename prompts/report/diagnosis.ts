import { sectionSchema, type SectionPrompt } from "./section";

export const diagnosisPrompt: SectionPrompt = {
  key: "diagnosis",
  version: "diagnosis/1",
  inputs: ["facts"],
  task: {
    "zh-CN": `请撰写诊断报告的“问题诊断”章节：逐项诊断 facts.diagnosis 中的薄弱场景和指标：现状（today）说明了什么问题，提升后应达到的状态（target），是否为约束性场景，与该行业常见痛点（industryPains）的联系。若某项有企业自己的原话（quotes），用中文引号原样引用。只写 facts.diagnosis 中的场景和指标，不要提及其他场景。bullets 每项一句结论。
<facts>
{{facts}}
</facts>`,
    en: `Write the "Diagnosis" section of the diagnostic report. Diagnose each weak scene and indicator in facts.diagnosis: what its current state (today) says is wrong, what it should become (target), whether it is a constrained scene, and how it ties to the industry's typical pains (industryPains). Where the firm's own words are given (quotes), quote them exactly in quotation marks. Write only about the scenes and indicators in facts.diagnosis, no others. In bullets, one conclusion per item.
<facts>
{{facts}}
</facts>`,
  },
  schema: sectionSchema({
    headline: "One sentence naming the most important weak point and why it matters.",
    paragraphs: "Per weak scene or indicator: today's state, the problem, the target, the firm's words where given.",
    bullets: "One conclusion per weak scene or indicator.",
  }),
};
