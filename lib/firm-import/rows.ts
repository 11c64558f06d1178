import { contactLine, type ContactLine } from "@/lib/firm-file/inventory";
import { checkCreditCode, normalizeCreditCode } from "@/lib/enterprise/credit-code";
import { enterpriseInput, type EnterpriseInput } from "@/lib/enterprise/profile";
import { INDUSTRIES, industryByCode, REAL_ESTATE_SUBCODES, SECTIONS } from "@/lib/enterprise/industries";
import { INDUSTRY_CLASSES, INDUSTRY_GROUPS, industryClassByCode, searchIndustries } from "@/lib/enterprise/industry-classes";
import { divisionName, listDistricts, regionFromDivision } from "@/lib/enterprise/regions";
import type { Localized } from "@/lib/i18n/localized";
import { issueText } from "@/lib/i18n/zod";
import type { ColumnMap, ImportField } from "./headers";

/**
 * A firm list's rows checked one by one, before anything is written: each row becomes a firm's
 * profile (the same rules as the start form) and its contact, or a list of problems in words a city
 * officer reads. Rows repeated in the sheet (same credit code, else same name) are problems from the
 * second on. Pure: the portal's existing firms are matched afterwards (service.ts).
 */

export type Cell = string | number | null;

export interface SheetRow {
  /** The row's number as the spreadsheet shows it (the header is row 1 when it is the first line). */
  row: number;
  name: string;
  creditCode: string | null;
  /** The firm's profile when the row has no problem. */
  input: EnterpriseInput | null;
  contact: ContactLine | null;
  problems: Localized[];
}

/** Where the firms are: the portal's city (districts are looked up in it). */
export interface ImportPlace {
  provinceCode: string | null;
  cityCode: string | null;
}

const L = (zh: string, en: string): Localized => ({ "zh-CN": zh, en });

/** Text of a cell, trimmed and half-width where the sheet used full-width digits or letters; `="0123"` (Excel's keep-as-text idiom) unwrapped. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  const text = String(cell)
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\ufeff]/g, "")
    .trim();
  const wrapped = /^="(.*)"$/.exec(text);
  return (wrapped ? wrapped[1]! : text).trim();
}

const half = (s: string) => s.normalize("NFKC");
const nameKey = (s: string) => half(s).replace(/\s+/g, "");

export type NumberCheck = { ok: true; value: number | undefined } | { ok: false };

/** A count or an amount as people type it: 1,200 / １２００ / 120人 / 356.5万元 / 1.2亿 (in 万元). Empty is undefined. */
export function parseAmount(cell: Cell | undefined, unitFactor = 1): NumberCheck {
  if (typeof cell === "number") return Number.isFinite(cell) && cell >= 0 ? { ok: true, value: cell * unitFactor } : { ok: false };
  const text = half(cellText(cell)).replace(/[,\s]/g, "");
  if (!text || text === "-" || text === "—") return { ok: true, value: undefined };
  const m = /^(\d+(?:\.\d+)?)(人|名|万元|万|亿元|亿|元)?$/.exec(text);
  if (!m) return { ok: false };
  const unit = m[2];
  const factor = unit === "亿元" || unit === "亿" ? 1e4 : unit === "元" ? 1e-4 : unit === "万元" || unit === "万" ? 1 : unitFactor;
  return { ok: true, value: Math.round(Number(m[1]) * factor * 100) / 100 };
}

export type IndustryMatch =
  { ok: true; industryCode: string; industrySubCode?: string } | { ok: false; problem: "unknown" | "ambiguous"; candidates: string[] };

function byCode(code: string): IndustryMatch | null {
  if (code.length === 2) return industryByCode(code) ? { ok: true, industryCode: code } : null;
  const division = code.slice(0, 2);
  if (!industryByCode(division)) return null;
  // 房地产业 is told apart by its 中类 (the size rule needs it); a 小类 under it gives its 中类.
  if (division === "70") {
    const group = REAL_ESTATE_SUBCODES.find((s) => s.code === code.slice(0, 3));
    return group ? { ok: true, industryCode: division, industrySubCode: group.code } : null;
  }
  return industryClassByCode(code) ? { ok: true, industryCode: division, industrySubCode: code } : null;
}

const NAMED: { code: string; name: string }[] = [
  ...INDUSTRIES.flatMap((d) => [
    { code: d.code, name: nameKey(d.zh) },
    { code: d.code, name: nameKey(d.en).toLowerCase() },
  ]),
  ...REAL_ESTATE_SUBCODES.map((s) => ({ code: s.code, name: nameKey(s.zh) })),
  ...INDUSTRY_GROUPS.map((g) => ({ code: g.code, name: nameKey(g.zh) })),
  ...INDUSTRY_CLASSES.map((c) => ({ code: c.code, name: nameKey(c.zh) })),
];

/**
 * An industry as a city list gives it: a GB/T 4754 code (34, 341, 3411, C3411, "3411 金属切削机床制造")
 * or a name of a 大类, 中类 or 小类 (with or without 业). A name that is a 门类, or only part of names,
 * is ambiguous; the candidates are named.
 */
export function resolveIndustry(raw: string): IndustryMatch {
  const text = half(raw).trim();
  const coded = /^[A-Ta-t]?\s*(\d{2,4})(?:\s|$|[^\d])/.exec(text);
  if (coded) {
    const hit = byCode(coded[1]!);
    return hit ?? { ok: false, problem: "unknown", candidates: [] };
  }
  const key = nameKey(text).toLowerCase();
  const variants = new Set([key, key.endsWith("业") ? key.slice(0, -1) : `${key}业`]);
  const exact = [...new Set(NAMED.filter((n) => variants.has(n.name)).map((n) => n.code))].sort((a, b) => b.length - a.length);
  // Names shared down a chain (谷物磨制: 中类 131 and 小类 1310) mean the most specific; otherwise ambiguous.
  if (exact.length > 0 && exact.every((c) => exact[0]!.startsWith(c))) return byCode(exact[0]!) ?? { ok: false, problem: "unknown", candidates: [] };
  if (exact.length > 1) return { ok: false, problem: "ambiguous", candidates: exact.slice(0, 3) };
  const section = SECTIONS.find((s) => variants.has(nameKey(s.zh)));
  const hits = section ? INDUSTRIES.filter((d) => d.section === section.code).map((d) => d.code) : searchIndustries(text, 4).map((h) => h.code);
  return { ok: false, problem: hits.length > 0 ? "ambiguous" : "unknown", candidates: hits.slice(0, 3) };
}

function industryLabel(code: string): string {
  const d = code.length === 2 ? industryByCode(code) : (industryClassByCode(code) ?? REAL_ESTATE_SUBCODES.find((s) => s.code === code));
  return d ? `${code} ${d.zh}` : code;
}

const SUFFIX = /(区|县|市|旗|自治县|自治旗|特区|林区)$/;

export type DistrictMatch = { ok: true; code: string | undefined } | { ok: false };

/** A district (区县) by its name or 6-digit code within the city: 金水区, 金水, 郑州市金水区, 410105. Empty is none. */
export function resolveDistrict(raw: string, cityCode: string): DistrictMatch {
  const text = nameKey(raw);
  if (!text) return { ok: true, code: undefined };
  const districts = listDistricts(cityCode);
  if (/^\d{6}$/.test(text)) return districts.some((d) => d.code === text) ? { ok: true, code: text } : { ok: false };
  // The city's and province's own names may precede the district's.
  const city = divisionName(cityCode) ?? "";
  const province = divisionName(cityCode.slice(0, 2)) ?? "";
  let name = text;
  for (const prefix of [province, province.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$/, ""), city, city.replace(/市$/, "")])
    if (prefix && name.startsWith(prefix) && name.length > prefix.length) name = name.slice(prefix.length);
  const exact = districts.filter((d) => d.name === name);
  if (exact.length === 1) return { ok: true, code: exact[0]!.code };
  const bare = name.replace(SUFFIX, "");
  const loose = districts.filter((d) => d.name.replace(SUFFIX, "") === bare);
  return loose.length === 1 ? { ok: true, code: loose[0]!.code } : { ok: false };
}

const text = (z: Localized | string): Localized => (typeof z === "string" ? { "zh-CN": z } : z);

const FIELD_WORDS: Partial<Record<string, Localized>> = {
  name: L("企业名称", "name"),
  creditCode: L("统一社会信用代码", "credit code"),
  industryCode: L("行业", "industry"),
  industrySubCode: L("行业", "industry"),
  districtCode: L("区县", "district"),
  employees: L("人数", "employees"),
  revenueWan: L("营收", "revenue"),
  assetsWan: L("资产总额", "assets"),
  phone: L("电话", "phone"),
  email: L("邮箱", "email"),
};

function labelled(field: string | undefined, message: Localized): Localized {
  const word = field ? FIELD_WORDS[field] : undefined;
  if (!word) return message;
  return { "zh-CN": `${word["zh-CN"]}：${message["zh-CN"]}`, en: `${word.en}: ${message.en ?? message["zh-CN"]}` };
}

/** Checks one row; `get` reads a field's cell. */
function checkRow(row: number, get: (f: ImportField) => Cell | undefined, map: ColumnMap, place: ImportPlace): SheetRow {
  const problems: Localized[] = [];
  const name = half(cellText(get("name"))).replace(/\s+/g, " ");
  if (!name) problems.push(L("缺少企业名称", "the firm's name is missing"));
  else if (name.length < 2 || name.length > 100) problems.push(L("企业名称应为 2 至 100 个字", "the name must be 2 to 100 characters"));

  const rawCode = get("creditCode");
  let creditCode: string | null = null;
  if (typeof rawCode === "number") {
    // An 18-digit code kept as a number has lost its last digits (Excel keeps 15): it cannot be trusted.
    problems.push(
      L(
        "统一社会信用代码被存成了数字，末几位已丢失；请把该列设为文本后重新导出",
        "the credit code was saved as a number and lost digits: format the column as text",
      ),
    );
  } else if (cellText(rawCode)) {
    const check = checkCreditCode(half(cellText(rawCode)));
    if (check.valid) creditCode = check.code;
    else {
      creditCode = normalizeCreditCode(half(cellText(rawCode)));
      problems.push(
        check.problem === "length"
          ? L("统一社会信用代码应为 18 位", "the credit code must have 18 characters")
          : check.problem === "characters"
            ? L("统一社会信用代码含有不会出现的字符（没有 I、O、S、V、Z）", "the credit code has characters a code cannot have (no I, O, S, V, Z)")
            : L("统一社会信用代码校验位不符，请核对", "the credit code's check character does not match"),
      );
    }
  }

  let industry: { industryCode: string; industrySubCode?: string } | null = null;
  const industryText = cellText(get("industry"));
  if (!industryText) problems.push(L("缺少行业", "the industry is missing"));
  else {
    const match = resolveIndustry(industryText);
    if (match.ok) industry = { industryCode: match.industryCode, industrySubCode: match.industrySubCode };
    else if (match.problem === "ambiguous")
      problems.push({
        "zh-CN": `行业“${industryText}”不明确，可能是：${match.candidates.map(industryLabel).join("、")}；请填写行业代码`,
        en: `industry "${industryText}" is ambiguous (${match.candidates.join(", ")}): give the GB/T 4754 code`,
      });
    else
      problems.push({
        "zh-CN": `未知的行业“${industryText}”（应为国民经济行业分类的代码或名称）`,
        en: `unknown industry "${industryText}" (a GB/T 4754 code or name)`,
      });
  }

  // The region: the portal's city, else the one the credit code was registered in.
  const fromCode = creditCode && checkCreditCode(creditCode).valid ? regionFromDivision(creditCode.slice(2, 8)) : null;
  const provinceCode = place.provinceCode ?? fromCode?.provinceCode ?? null;
  const cityCode = place.cityCode ?? fromCode?.cityCode ?? null;
  let districtCode: string | undefined;
  const districtText = cellText(get("district"));
  if (!provinceCode || !cityCode) problems.push(L("无法确定企业所在城市", "the firm's city cannot be told"));
  else if (districtText) {
    const d = resolveDistrict(districtText, cityCode);
    if (d.ok) districtCode = d.code;
    else
      problems.push({
        "zh-CN": `区县“${districtText}”不在${divisionName(cityCode) ?? "本市"}`,
        en: `district "${districtText}" is not in ${divisionName(cityCode, "en") ?? "the city"}`,
      });
  }

  const employees = parseAmount(get("employees"));
  if (!employees.ok) problems.push(L("人数应为不小于 0 的整数", "employees must be a whole number, 0 or more"));
  else if (employees.value === undefined) problems.push(L("缺少人数", "the number of employees is missing"));
  else if (!Number.isInteger(employees.value)) problems.push(L("人数应为整数", "employees must be a whole number"));
  const revenue = parseAmount(get("revenueWan"), map.factors.revenueWan ?? 1);
  if (!revenue.ok) problems.push(L("营收应为不小于 0 的数（万元）", "revenue must be a number in 万元, 0 or more"));
  else if (revenue.value === undefined) problems.push(L("缺少营收（万元）", "the revenue is missing"));
  const assets = parseAmount(get("assetsWan"), map.factors.assetsWan ?? 1);
  if (!assets.ok) problems.push(L("资产总额应为不小于 0 的数（万元）", "assets must be a number in 万元, 0 or more"));

  let contact: ContactLine | null = null;
  const contactName = half(cellText(get("contact")));
  const phone = half(cellText(get("phone")));
  const email = half(cellText(get("email")));
  if (contactName || phone || email) {
    const parsed = contactLine.safeParse({ name: contactName || name.slice(0, 40) || "联系人", phone, email });
    if (parsed.success) contact = parsed.data;
    else for (const issue of parsed.error.issues) problems.push(labelled(String(issue.path[0] ?? ""), text(issueText(issue))));
  }

  let input: EnterpriseInput | null = null;
  if (problems.length === 0 && industry && provinceCode && cityCode && employees.ok && revenue.ok && assets.ok) {
    const parsed = enterpriseInput.safeParse({
      name,
      creditCode: creditCode ?? undefined,
      industryCode: industry.industryCode,
      industrySubCode: industry.industrySubCode,
      provinceCode,
      cityCode,
      districtCode,
      employees: employees.value,
      revenueWan: revenue.value,
      assetsWan: assets.value,
    });
    // A size rule that needs total assets a list does not have leaves the size class open (derived as unknown), not the row refused.
    const blocking = parsed.success ? [] : parsed.error.issues.filter((i) => !(i.path[0] === "assetsWan" && assets.value === undefined));
    if (parsed.success) input = parsed.data;
    else if (blocking.length === 0) {
      const again = enterpriseInput.safeParse({
        name,
        creditCode: creditCode ?? undefined,
        ...industry,
        provinceCode,
        cityCode,
        districtCode,
        employees: employees.value,
        revenueWan: revenue.value,
        assetsWan: 0,
      });
      input = again.success ? { ...again.data, assetsWan: undefined } : null;
    } else for (const issue of blocking) problems.push(labelled(String(issue.path[0] ?? ""), text(issueText(issue))));
  }
  if (!input && problems.length === 0) problems.push(L("无法据此建立企业档案，请核对各列", "the row does not make a firm's profile: check its cells"));
  return { row, name, creditCode, input: problems.length === 0 ? input : null, contact, problems };
}

/** Rows with nothing in any cell are left out (a list often ends with some). */
const blank = (cells: readonly Cell[]) => cells.every((c) => cellText(c) === "");

/**
 * Every data row of the sheet checked. `rows` follow the header; `firstRow` is the sheet row number of
 * the first of them. Duplicates within the sheet (same valid credit code, else same name) are problems
 * from their second occurrence on, naming the row they repeat.
 */
export function checkRows(rows: readonly (readonly Cell[])[], map: ColumnMap, place: ImportPlace, firstRow = 2): SheetRow[] {
  const seen = new Map<string, number>();
  const out: SheetRow[] = [];
  rows.forEach((cells, i) => {
    if (blank(cells)) return;
    const get = (f: ImportField) => {
      const index = map.columns[f];
      return index === undefined ? undefined : cells[index];
    };
    const checked = checkRow(firstRow + i, get, map, place);
    const codeOk = checked.creditCode && checkCreditCode(checked.creditCode).valid;
    const key = codeOk ? `c:${checked.creditCode}` : checked.name ? `n:${nameKey(checked.name)}` : null;
    if (key) {
      const first = seen.get(key);
      if (first !== undefined) {
        checked.problems.push(
          codeOk
            ? { "zh-CN": `与第 ${first} 行重复（统一社会信用代码相同）`, en: `repeats row ${first} (same credit code)` }
            : { "zh-CN": `与第 ${first} 行重复（企业名称相同）`, en: `repeats row ${first} (same name)` },
        );
        checked.input = null;
      } else seen.set(key, checked.row);
    }
    out.push(checked);
  });
  return out;
}
