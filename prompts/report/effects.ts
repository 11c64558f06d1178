import { sectionSchema, type SectionPrompt } from "./section";

export const effectsPrompt: SectionPrompt = {
  key: "effects",
  version: "effects/1",
  inputs: ["facts"],
  task: {
    "zh-CN": `请撰写诊断报告的“预期成效与补贴申报”章节：说明预期成效（只说可能的改善，不作承诺，以 facts.kpis 与 facts.goodLooksLike 为依据）和补贴申报：各方案可能获得的补贴（bestSubsidy）与首年净支出（netCostWan：一次性加首年费用扣除补贴），每项政策的判断（verdict）与尚需确认的条件（toConfirm），需准备的材料，以及“先建后补”的时间安排（改造完成、等级复核达标后兑付）。补贴金额只写 facts 中的数字，各处一致；若 bestSubsidy 为空，写明目前没有可确定金额的补贴，不要写净成本扣除补贴。bullets 列出申报步骤与材料。
<facts>
{{facts}}
</facts>`,
    en: `Write the "Expected effects and subsidies" section of the diagnostic report. Set out the expected effects (possible improvements, never promised, based on facts.kpis and facts.goodLooksLike) and the subsidies: the subsidy each plan may get (bestSubsidy) and the first-year net outlay (netCostWan: one-off plus first year, less the subsidy), each policy's verdict and the conditions still to confirm (toConfirm), the materials to prepare, and the timing (build first, paid after the work and a re-check of the level). Write subsidy amounts only as the facts give them, the same everywhere; if bestSubsidy is null, say that no subsidy with a known amount matched and do not deduct one. In bullets, the application steps and materials.
<facts>
{{facts}}
</facts>`,
  },
  schema: sectionSchema({
    headline: "One sentence with the subsidy prospect (or its absence) and the main expected effect.",
    paragraphs: "Expected effects, then the subsidies of each plan with verdicts, conditions, materials and timing.",
    bullets: "The application steps and materials, in order.",
  }),
};
