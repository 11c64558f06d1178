import type { Locale } from "@/lib/i18n/locales";

/**
 * A Chinese report reads in Chinese: the model's and the catalogue's Latin abbreviations are written
 * out where they occur in our own wording (names of products and firms are left as they are).
 */
const ZH: readonly [RegExp, string][] = [
  [/二维或三维CAD/g, "二维或三维计算机辅助设计"],
  [/\bCAD\b|CAD(?=[\u4e00-\u9fff（(]|$)/g, "计算机辅助设计"],
  [/BOM/g, "物料清单"],
  [/OEE/g, "设备综合效率"],
  [/ERP/g, "企业资源计划"],
  [/MES/g, "制造执行系统"],
  [/WMS/g, "仓储管理系统"],
  [/SaaS/gi, "云订阅"],
  [/PLC/g, "可编程控制器"],
  [/\bAI\b|AI(?=[\u4e00-\u9fff]|$)/g, "人工智能"],
  [/APP|App(?=[\u4e00-\u9fff]|$)/g, "应用"],
  [/CRM/g, "客户关系管理"],
  [/\bIT\b|IT(?=[\u4e00-\u9fff])/g, "信息技术"],
  [/（PPM）/g, ""],
  [/^PPM$/g, "百万分之一"],
  [/VOCs/g, "挥发性有机物"],
  [/GMP/g, "药品生产质量管理规范"],
];

export function plainWords(text: string, language: Locale): string {
  if (language !== "zh-CN") return text;
  let out = text;
  for (const [re, zh] of ZH) out = out.replace(re, zh);
  return out;
}
