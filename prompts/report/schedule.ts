import { sectionSchema, type SectionPrompt } from "./section";

export const schedulePrompt: SectionPrompt = {
  key: "schedule",
  version: "schedule/1",
  inputs: ["facts"],
  task: {
    "zh-CN": `请撰写诊断报告的“实施计划”章节：说明实施计划：按 facts.plan.phases 的阶段顺序，每个阶段做哪些步骤、用时几周、哪些可以并行，里程碑（每个阶段结束的周数），以及分工（企业指定数字化负责人并提供数据与人员，服务商负责实施与培训，改造完成后申请等级复核）。bullets 列出各阶段与里程碑。
<facts>
{{facts}}
</facts>`,
    en: `Write the "Implementation schedule" section of the diagnostic report. Give the schedule: in the order of facts.plan.phases, what each phase does, how many weeks it takes, what runs in parallel, the milestones (the week each phase ends), and who does what (the firm names an owner and provides data and people; providers implement and train; after the work the firm applies for a re-check of its level). In bullets, the phases and milestones.
<facts>
{{facts}}
</facts>`,
  },
  schema: sectionSchema({
    headline: "One sentence with the number of phases and the total weeks.",
    paragraphs: "The phases in order, what runs in parallel, milestones and roles.",
    bullets: "Each phase with its steps, weeks and the milestone that ends it.",
  }),
};
