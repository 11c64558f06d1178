import type { Locale } from "@/lib/i18n/locales";
import type { SectionKey } from "@/prompts/report";

export const SECTION_TITLES: Record<SectionKey, Record<Locale, string>> = {
  summary: { "zh-CN": "总体结论", en: "Summary" },
  level: { "zh-CN": "数字化水平等级及其含义", en: "Digital level and what it means" },
  dimensions: { "zh-CN": "维度分析", en: "Dimension analysis" },
  scenes: { "zh-CN": "业务场景分析", en: "Business scene analysis" },
  plan: { "zh-CN": "提升路径", en: "Path to the next level" },
  solutions: { "zh-CN": "推荐解决方案", en: "Recommended solutions" },
  subsidies: { "zh-CN": "补贴政策与申报", en: "Subsidies and how to apply" },
  risks: { "zh-CN": "风险提示与下一步", en: "Risks and next steps" },
};
