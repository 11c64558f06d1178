/**
 * The columns of a city office's firm list, found by their header however it is written: trimmed,
 * full-width or half-width, with or without a unit (营收（万元）), Chinese or English. Pure.
 */

export const IMPORT_FIELDS = ["name", "creditCode", "industry", "district", "employees", "revenueWan", "assetsWan", "contact", "phone", "email"] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Columns without which no row can become a firm (the profile needs them). */
export const REQUIRED_FIELDS: readonly ImportField[] = ["name", "industry", "employees", "revenueWan"];

/** Each field's header as the template sheet and messages name it. */
export const FIELD_HEADERS: Record<ImportField, { "zh-CN": string; en: string }> = {
  name: { "zh-CN": "企业名称", en: "name" },
  creditCode: { "zh-CN": "统一社会信用代码", en: "creditCode" },
  industry: { "zh-CN": "行业", en: "industry" },
  district: { "zh-CN": "区县", en: "district" },
  employees: { "zh-CN": "人数", en: "employees" },
  revenueWan: { "zh-CN": "营收（万元）", en: "revenueWan" },
  assetsWan: { "zh-CN": "资产总额（万元）", en: "assetsWan" },
  contact: { "zh-CN": "联系人", en: "contact" },
  phone: { "zh-CN": "电话", en: "phone" },
  email: { "zh-CN": "邮箱", en: "email" },
};

const ALIASES: Record<ImportField, readonly string[]> = {
  name: ["企业名称", "企业", "名称", "单位名称", "公司名称", "企业全称", "name", "firm", "firmname", "company", "companyname", "enterprise"],
  creditCode: ["统一社会信用代码", "社会信用代码", "信用代码", "统一代码", "creditcode", "uscc", "unifiedsocialcreditcode"],
  industry: ["行业", "所属行业", "行业代码", "行业类别", "行业分类", "国民经济行业", "国民经济行业分类", "industry", "industrycode"],
  district: ["区县", "区/县", "所属区县", "县区", "县(区)", "区(县)", "所在区县", "district", "county"],
  employees: ["人数", "从业人员", "从业人员数", "从业人数", "员工人数", "职工人数", "员工数", "employees", "headcount", "staff"],
  revenueWan: ["营收", "营业收入", "营业收入额", "主营业务收入", "年营业收入", "revenuewan", "revenue"],
  assetsWan: ["资产总额", "资产", "总资产", "assetswan", "assets"],
  contact: ["联系人", "联系人姓名", "contact", "contactname"],
  phone: ["电话", "联系电话", "手机", "手机号", "手机号码", "联系方式", "phone", "mobile", "tel", "telephone"],
  email: ["邮箱", "电子邮箱", "电子邮件", "邮件", "email", "e-mail", "mail"],
};

/** A money unit found in a header, as a factor to 万元. */
const MONEY_UNITS: Record<string, number> = { 万元: 1, 万: 1, 元: 1e-4, 千元: 0.1, 亿元: 1e4, 亿: 1e4 };

/** Full-width to half-width, no spaces, lower case, without a leading marker (*) or trailing colon. */
export function normaliseHeader(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .replace(/^[*＊]+|[*＊:：]+$/g, "")
    .toLowerCase();
}

/** The header without a bracketed unit, and the unit: "营收(万元)" → ["营收", "万元"]. */
function splitUnit(header: string): [string, string | null] {
  const m = /^(.*?)[(（[【]([^()（）[\]【】]*)[)）\]】]$/.exec(header);
  return m ? [m[1]!, m[2]!] : [header, null];
}

const LOOKUP = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const alias of ALIASES[field]) LOOKUP.set(normaliseHeader(alias), field);

export interface ColumnMap {
  /** Column index (0-based) of each field found. */
  columns: Partial<Record<ImportField, number>>;
  /** Factor from the header's money unit to 万元 (营收（元） → 0.0001). */
  factors: Partial<Record<"revenueWan" | "assetsWan", number>>;
  /** Fields whose header appears twice: the first is used. */
  repeated: ImportField[];
  /** Headers that name no field (kept out of the import, listed for the reader). */
  ignored: string[];
}

/** Which column holds which field. A header is matched whole, then without its unit. */
export function matchHeaders(header: readonly (string | number | null)[]): ColumnMap {
  const map: ColumnMap = { columns: {}, factors: {}, repeated: [], ignored: [] };
  header.forEach((cell, index) => {
    const text = normaliseHeader(String(cell ?? ""));
    if (!text) return;
    let field = LOOKUP.get(text);
    let unit: string | null = null;
    if (!field) {
      const [bare, u] = splitUnit(text);
      field = LOOKUP.get(bare);
      unit = u;
    }
    if (!field) {
      map.ignored.push(String(cell).trim());
      return;
    }
    if (map.columns[field] !== undefined) {
      if (!map.repeated.includes(field)) map.repeated.push(field);
      return;
    }
    map.columns[field] = index;
    if ((field === "revenueWan" || field === "assetsWan") && unit) {
      const factor = MONEY_UNITS[unit];
      if (factor !== undefined) map.factors[field] = factor;
    }
  });
  return map;
}

/** The required fields a header row lacks. */
export function missingFields(map: ColumnMap): ImportField[] {
  return REQUIRED_FIELDS.filter((f) => map.columns[f] === undefined);
}
