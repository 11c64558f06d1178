import { zodText } from "@/lib/i18n/zod";

/**
 * The catalogue schemas' own messages (db/catalogue, which imports nothing of lib) in Chinese too: the
 * admin catalogue editor answers them through issueText like any zodText message. Keep each English
 * text exactly as the schema writes it (catalogue-messages.test.ts checks).
 */
export const CATALOGUE_MESSAGES = [
  { "zh-CN": "应为 http(s) 网址", en: "an http(s) address" },
  {
    "zh-CN": "条款原文面向中文读者，请用中文填写（英文版本填在 en）",
    en: "clause text is shown to Chinese readers: write it in Chinese (an English version goes in en)",
  },
  { "zh-CN": "应为日期，格式 YYYY-MM-DD", en: "a date as YYYY-MM-DD" },
  { "zh-CN": "id 只能含小写字母、数字和连字符", en: "ids are lower-case letters, digits and hyphens" },
  { "zh-CN": "排除条件面向中文读者，请用中文填写", en: "exclusions are shown to Chinese readers: write them in Chinese" },
  { "zh-CN": "备注面向中文读者，请用中文填写（英文填在 noteEn）", en: "the note is shown to Chinese readers: write it in Chinese (English goes in noteEn)" },
  { "zh-CN": "max 不能小于 min", en: "max must not be below min" },
  { "zh-CN": "每次提升只能升一级（to = from + 1）", en: "a lift is one step (to = from + 1)" },
  {
    "zh-CN": "improves 应为基础或管理类题目（F.* 或 M.*）；成效指标（E.*）是结果，不是可以购买的",
    en: "improves names a foundation or management question (F.* or M.*); outcome indicators (E.*) are results, not purchases",
  },
  { "zh-CN": "资金保障（M.FUND）取决于企业自身的投入，没有方案能直接提供", en: "资金保障 (M.FUND) follows from what the firm spends; no solution delivers it" },
] as const;

for (const text of CATALOGUE_MESSAGES) zodText(text);
