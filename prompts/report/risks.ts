import { sectionSchema, type SectionPrompt } from "./section";

export const risksPrompt: SectionPrompt = {
  key: "risks",
  version: "risks/1",
  inputs: ["facts", "firm_text"],
  task: {
    "zh-CN": `请撰写“风险提示与下一步”章节：说明本诊断的局限（facts.caveats，如参考等级、演示目录、尚待确认的政策条件），实施中常见的风险（数据质量、人员与组织、投入超支、供应商锁定）及应对，并给出接下来 90 天内的具体下一步。可联系企业在 <firm_text> 中提到的痛点。bullets 列出下一步行动。
<facts>
{{facts}}
</facts>
{{firm_text}}`,
    en: `Write the "Risks and next steps" section: state the limits of this diagnosis (facts.caveats, such as a reference level, demo catalogue data, policy conditions still to confirm), the usual risks of implementation (data quality, people and organisation, cost overruns, vendor lock-in) and how to handle them, and concrete next steps for the coming 90 days. You may relate to the pain points in <firm_text>. In bullets, list the next steps.
<facts>
{{facts}}
</facts>
{{firm_text}}`,
  },
  schema: sectionSchema({
    headline: "One sentence on the main risk and the first next step.",
    paragraphs: "Limits of the diagnosis, implementation risks and how to handle them.",
    bullets: "Next steps for the coming 90 days.",
  }),
};
