import { industryByCode } from "@/lib/enterprise/industries";
import { divisionName } from "@/lib/enterprise/regions";
import { segmentName } from "@/lib/enterprise/segments";
import { isoMinute, truncateScore } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locales";
import { localize, type Localized } from "@/lib/i18n/localized";
import { getTemplate } from "@/scoring";
import type { DashboardFilters } from "./filters";

/**
 * The dashboard's export as a city office reads it: Chinese headers and values by default (names,
 * 是/否, 一级, local time), the codes in columns of their own for anyone who joins the file to another,
 * and the filter it was made with. One definition for the CSV and the .xlsx. Pure.
 */

export interface ExportRow {
  at: Date;
  firm: string;
  creditCode: string | null;
  industry: string | null;
  segment: string | null;
  district: string | null;
  size: string | null;
  above: boolean | null;
  level: number | null;
  /** A services or other firm's level is a reference level, never an official rating. */
  reference: boolean;
  total: number | null;
  previous: number | null;
  dims: Record<string, number | undefined>;
}

type Cell = string | number | null;
interface Column {
  header: Localized & { en: string };
  value: (r: ExportRow, locale: Locale) => Cell;
  /** Excel column width in characters. */
  width: number;
}

const LEVELS = getTemplate("miit-2024-manufacturing").def.levelNames;
const SIZE: Record<string, Localized & { en: string }> = {
  micro: { "zh-CN": "微型企业", en: "micro" },
  small: { "zh-CN": "小型企业", en: "small" },
  medium: { "zh-CN": "中型企业", en: "medium" },
  large: { "zh-CN": "大型企业", en: "large" },
};
const score = (n: number | null) => (n === null ? null : truncateScore(n));
const yesNo = (v: boolean | null, locale: Locale) => (v === null ? null : localize(v ? { "zh-CN": "是", en: "yes" } : { "zh-CN": "否", en: "no" }, locale));
const levelName = (n: number | null, locale: Locale) => (n === null ? null : (LEVELS[n as 0 | 1 | 2 | 3 | 4]?.[locale] ?? String(n)));
const districtName = (code: string | null, locale: Locale) => (code ? (divisionName(code, locale) ?? null) : null);
const industryName = (code: string | null, locale: Locale) => {
  const ind = code ? industryByCode(code) : undefined;
  return ind ? (locale === "zh-CN" ? ind.zh : ind.en) : null;
};
const localTime = (at: Date) => isoMinute(at);

export const EXPORT_COLUMNS: readonly Column[] = [
  { header: { "zh-CN": "提交时间（北京时间）", en: "Submitted (China time)" }, value: (r) => localTime(r.at), width: 20 },
  { header: { "zh-CN": "企业名称", en: "Firm" }, value: (r) => r.firm, width: 30 },
  { header: { "zh-CN": "统一社会信用代码", en: "Credit code" }, value: (r) => r.creditCode, width: 22 },
  { header: { "zh-CN": "行业", en: "Industry" }, value: (r, l) => industryName(r.industry, l), width: 26 },
  { header: { "zh-CN": "细分行业", en: "Pilot segment" }, value: (r, locale) => (r.segment ? segmentName(r.segment, locale) : null), width: 18 },
  { header: { "zh-CN": "区县", en: "District" }, value: (r, locale) => districtName(r.district, locale), width: 12 },
  { header: { "zh-CN": "企业规模", en: "Size" }, value: (r, l) => (r.size ? (SIZE[r.size]?.[l] ?? r.size) : null), width: 10 },
  { header: { "zh-CN": "是否规上", en: "Above designated size" }, value: (r, l) => yesNo(r.above, l), width: 10 },
  { header: { "zh-CN": "数字化水平等级", en: "Level" }, value: (r, l) => levelName(r.level, l), width: 14 },
  { header: { "zh-CN": "参考等级（非官方评定）", en: "Reference level (not official)" }, value: (r, l) => yesNo(r.reference, l), width: 12 },
  // Scores as every page prints them: two decimals, never rounded up (37.225 → 37.22).
  { header: { "zh-CN": "总分", en: "Total" }, value: (r) => score(r.total), width: 8 },
  { header: { "zh-CN": "上次等级", en: "Previous level" }, value: (r, l) => levelName(r.previous, l), width: 10 },
  { header: { "zh-CN": "数字化基础", en: "Digital foundation" }, value: (r) => score(r.dims.FOUNDATION ?? null), width: 10 },
  { header: { "zh-CN": "数字化管理", en: "Digital management" }, value: (r) => score(r.dims.MANAGEMENT ?? null), width: 10 },
  { header: { "zh-CN": "数字化成效", en: "Digital results" }, value: (r) => score(r.dims.EFFECT ?? null), width: 10 },
  { header: { "zh-CN": "行业代码", en: "Industry code" }, value: (r) => r.industry, width: 10 },
  { header: { "zh-CN": "区县代码", en: "District code" }, value: (r) => r.district, width: 10 },
  { header: { "zh-CN": "等级代码", en: "Level code" }, value: (r) => r.level, width: 8 },
];

export const exportHeaders = (locale: Locale) => EXPORT_COLUMNS.map((c) => localize(c.header, locale));
export const exportCells = (r: ExportRow, locale: Locale): Cell[] => EXPORT_COLUMNS.map((c) => c.value(r, locale));
export const exportWidths = () => EXPORT_COLUMNS.map((c) => c.width);

/** The filter in words ("全部企业" only when nothing is filtered). */
export function filterText(f: DashboardFilters, locale: Locale): string {
  const zh = locale === "zh-CN";
  const parts: string[] = [];
  if (f.from || f.to) parts.push(`${zh ? "提交日期" : "submitted"} ${f.from ?? "…"} – ${f.to ?? "…"}`);
  if (f.district) parts.push(`${zh ? "区县" : "district"} ${districtName(f.district, locale) ?? f.district}`);
  if (f.industry) parts.push(`${zh ? "行业" : "industry"} ${industryName(f.industry, locale) ?? f.industry}`);
  if (f.segment) parts.push(`${zh ? "细分行业" : "segment"} ${segmentName(f.segment, locale)}`);
  if (f.size) parts.push(`${zh ? "规模" : "size"} ${SIZE[f.size]?.[locale] ?? f.size}`);
  if (f.aboveScale) parts.push(`${zh ? "规上" : "above designated size"} ${yesNo(f.aboveScale === "yes", locale)}`);
  if (parts.length === 0) return zh ? "全部企业" : "all firms";
  return parts.join(zh ? "；" : "; ");
}
