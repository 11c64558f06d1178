import type { Locale } from "@/lib/i18n/locales";
import type { SectionKey } from "@/prompts/report";

export const SECTION_TITLES: Record<SectionKey, Record<Locale, string>> = {
  summary: { "zh-CN": "报告摘要", en: "Summary" },
  profile: { "zh-CN": "一、企业基本情况", en: "1. The firm" },
  result: { "zh-CN": "二、评测结果", en: "2. Assessment result" },
  diagnosis: { "zh-CN": "三、问题诊断", en: "3. Diagnosis" },
  targets: { "zh-CN": "四、改造目标", en: "4. Transformation targets" },
  plan: { "zh-CN": "五、改造方案", en: "5. Transformation plan" },
  schedule: { "zh-CN": "六、实施计划", en: "6. Implementation schedule" },
  effects: { "zh-CN": "七、预期成效与补贴申报", en: "7. Expected effects and subsidies" },
  risks: { "zh-CN": "八、风险与建议", en: "8. Risks and recommendations" },
};

/** Sections of reports written before the 诊断报告 structure, in their order: still shown under their own titles. */
export const LEGACY_SECTION_TITLES: Record<string, Record<Locale, string>> = {
  summary: { "zh-CN": "总体结论", en: "Summary" },
  level: { "zh-CN": "数字化水平等级及其含义", en: "Digital level and what it means" },
  dimensions: { "zh-CN": "维度分析", en: "Dimension analysis" },
  scenes: { "zh-CN": "业务场景分析", en: "Business scene analysis" },
  plan: { "zh-CN": "提升路径", en: "Path to the next level" },
  solutions: { "zh-CN": "推荐解决方案", en: "Recommended solutions" },
  subsidies: { "zh-CN": "补贴政策与申报", en: "Subsidies and how to apply" },
  risks: { "zh-CN": "风险提示与下一步", en: "Risks and next steps" },
};

/** The old sections' order (a jsonb column does not keep the order its keys were written in). */
export const LEGACY_SECTION_ORDER: readonly string[] = Object.keys(LEGACY_SECTION_TITLES);
