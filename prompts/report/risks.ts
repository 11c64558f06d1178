import { sectionSchema, type SectionPrompt } from "./section";

export const risksPrompt: SectionPrompt = {
  key: "risks",
  version: "risks/2",
  inputs: ["facts", "firm_text"],
  task: {
    "zh-CN": `请撰写诊断报告的“风险与建议”章节：说明本诊断的局限（facts.caveats），实施中常见的风险（数据质量、人员与组织、投入超支、供应商锁定）及应对，并给出接下来 90 天内的具体建议。可联系企业在 <firm_text> 中提到的问题。bullets 列出建议的下一步行动。
<facts>
{{facts}}
</facts>
{{firm_text}}`,
    en: `Write the "Risks and recommendations" section of the diagnostic report. State the limits of this diagnosis (facts.caveats), the usual risks of implementation (data quality, people and organisation, cost overruns, vendor lock-in) and how to handle them, and concrete recommendations for the coming 90 days. You may relate to the problems in <firm_text>. In bullets, the recommended next steps.
<facts>
{{facts}}
</facts>
{{firm_text}}`,
  },
  schema: sectionSchema({
    headline: "One sentence on the main risk and the first next step.",
    paragraphs: "Limits of the diagnosis, implementation risks and how to handle them.",
    bullets: "Recommended next steps for the coming 90 days.",
  }),
};
