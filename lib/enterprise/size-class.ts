/**
 * Enterprise size class by 中小企业划型标准规定 (工信部联企业〔2011〕300号) and the 规上 flag by the
 * National Bureau of Statistics thresholds. Pure data and functions; amounts are in 万元.
 */

export type SizeClass = "large" | "medium" | "small" | "micro";
export type Measure = "employees" | "revenueWan" | "assetsWan";

export interface EnterpriseFigures {
  /** GB/T 4754-2017 大类, two digits. */
  industryCode: string;
  /** GB/T 4754-2017 中类, three digits, needed only where the rule depends on it (房地产业). */
  industrySubCode?: string | null;
  employees?: number | null;
  revenueWan?: number | null;
  assetsWan?: number | null;
}

type Bound = { measure: Measure; value: number };

interface SizeRule {
  sector: Sector;
  /** SME when any of these is below its value; otherwise large. */
  smeIfBelow: readonly Bound[];
  /** Medium when all are at or above; small likewise; micro otherwise. */
  mediumAtLeast: readonly Bound[];
  smallAtLeast: readonly Bound[];
}

export type Sector =
  | "agriculture"
  | "industry"
  | "construction"
  | "wholesale"
  | "retail"
  | "transport"
  | "warehousing"
  | "postal"
  | "accommodation"
  | "catering"
  | "information_transmission"
  | "software_it"
  | "real_estate_development"
  | "property_management"
  | "leasing_business"
  | "other";

const S = "employees" as const;
const R = "revenueWan" as const;
const A = "assetsWan" as const;
const b = (measure: Measure, value: number): Bound => ({ measure, value });

const RULES: Record<Sector, SizeRule> = {
  agriculture: { sector: "agriculture", smeIfBelow: [b(R, 20000)], mediumAtLeast: [b(R, 500)], smallAtLeast: [b(R, 50)] },
  industry: { sector: "industry", smeIfBelow: [b(S, 1000), b(R, 40000)], mediumAtLeast: [b(S, 300), b(R, 2000)], smallAtLeast: [b(S, 20), b(R, 300)] },
  construction: {
    sector: "construction",
    smeIfBelow: [b(R, 80000), b(A, 80000)],
    mediumAtLeast: [b(R, 6000), b(A, 5000)],
    smallAtLeast: [b(R, 300), b(A, 300)],
  },
  wholesale: { sector: "wholesale", smeIfBelow: [b(S, 200), b(R, 40000)], mediumAtLeast: [b(S, 20), b(R, 5000)], smallAtLeast: [b(S, 5), b(R, 1000)] },
  retail: { sector: "retail", smeIfBelow: [b(S, 300), b(R, 20000)], mediumAtLeast: [b(S, 50), b(R, 500)], smallAtLeast: [b(S, 10), b(R, 100)] },
  transport: { sector: "transport", smeIfBelow: [b(S, 1000), b(R, 30000)], mediumAtLeast: [b(S, 300), b(R, 3000)], smallAtLeast: [b(S, 20), b(R, 200)] },
  warehousing: { sector: "warehousing", smeIfBelow: [b(S, 200), b(R, 30000)], mediumAtLeast: [b(S, 100), b(R, 1000)], smallAtLeast: [b(S, 20), b(R, 100)] },
  postal: { sector: "postal", smeIfBelow: [b(S, 1000), b(R, 30000)], mediumAtLeast: [b(S, 300), b(R, 2000)], smallAtLeast: [b(S, 20), b(R, 100)] },
  accommodation: { sector: "accommodation", smeIfBelow: [b(S, 300), b(R, 10000)], mediumAtLeast: [b(S, 100), b(R, 2000)], smallAtLeast: [b(S, 10), b(R, 100)] },
  catering: { sector: "catering", smeIfBelow: [b(S, 300), b(R, 10000)], mediumAtLeast: [b(S, 100), b(R, 2000)], smallAtLeast: [b(S, 10), b(R, 100)] },
  information_transmission: {
    sector: "information_transmission",
    smeIfBelow: [b(S, 2000), b(R, 100000)],
    mediumAtLeast: [b(S, 100), b(R, 1000)],
    smallAtLeast: [b(S, 10), b(R, 100)],
  },
  software_it: { sector: "software_it", smeIfBelow: [b(S, 300), b(R, 10000)], mediumAtLeast: [b(S, 100), b(R, 1000)], smallAtLeast: [b(S, 10), b(R, 50)] },
  real_estate_development: {
    sector: "real_estate_development",
    smeIfBelow: [b(R, 200000), b(A, 10000)],
    mediumAtLeast: [b(R, 1000), b(A, 5000)],
    smallAtLeast: [b(R, 100), b(A, 2000)],
  },
  property_management: {
    sector: "property_management",
    smeIfBelow: [b(S, 1000), b(R, 5000)],
    mediumAtLeast: [b(S, 300), b(R, 1000)],
    smallAtLeast: [b(S, 100), b(R, 500)],
  },
  leasing_business: {
    sector: "leasing_business",
    smeIfBelow: [b(S, 300), b(A, 120000)],
    mediumAtLeast: [b(S, 100), b(A, 8000)],
    smallAtLeast: [b(S, 10), b(A, 100)],
  },
  other: { sector: "other", smeIfBelow: [b(S, 300)], mediumAtLeast: [b(S, 100)], smallAtLeast: [b(S, 10)] },
};

const INDUSTRY_CODE = /^\d{2}$/;

export type SectorLookup = { ok: true; sector: Sector } | { ok: false; reason: "invalid_industry" | "needs_sub_code" | "not_covered" };

export function sectorOf(industryCode: string, industrySubCode?: string | null): SectorLookup {
  if (!INDUSTRY_CODE.test(industryCode)) return { ok: false, reason: "invalid_industry" };
  const n = Number(industryCode);
  if (n < 1 || n > 97) return { ok: false, reason: "invalid_industry" };
  if (n <= 5) return { ok: true, sector: "agriculture" };
  if (n <= 46) return { ok: true, sector: "industry" };
  if (n <= 50) return { ok: true, sector: "construction" };
  if (n === 51) return { ok: true, sector: "wholesale" };
  if (n === 52) return { ok: true, sector: "retail" };
  // 交通运输业 in the 2011 rules is 道路、水上、航空、管道运输 and 多式联运/运输代理 plus 装卸搬运, and
  // excludes 铁路运输业 (53), which no rule of the 2011 standard covers.
  if (n === 53) return { ok: false, reason: "not_covered" };
  if (n <= 58) return { ok: true, sector: "transport" };
  // 59 装卸搬运和仓储业: 装卸搬运 (591) is 交通运输业, the rest 仓储业.
  if (n === 59) return { ok: true, sector: industrySubCode?.slice(0, 3) === "591" ? "transport" : "warehousing" };
  if (n === 60) return { ok: true, sector: "postal" };
  if (n === 61) return { ok: true, sector: "accommodation" };
  if (n === 62) return { ok: true, sector: "catering" };
  if (n <= 64) return { ok: true, sector: "information_transmission" };
  if (n === 65) return { ok: true, sector: "software_it" };
  // 金融业 follows its own standard (金融业企业划型标准规定, 2015), which we do not implement.
  if (n <= 69) return { ok: false, reason: "not_covered" };
  if (n === 70) {
    if (!industrySubCode || !industrySubCode.startsWith("70")) return { ok: false, reason: "needs_sub_code" };
    if (industrySubCode.slice(0, 3) === "701") return { ok: true, sector: "real_estate_development" };
    if (industrySubCode.slice(0, 3) === "702") return { ok: true, sector: "property_management" };
    return { ok: true, sector: "other" };
  }
  if (n <= 72) return { ok: true, sector: "leasing_business" };
  // 公共管理 (S) and 国际组织 (T) are not enterprises.
  if (n >= 91) return { ok: false, reason: "not_covered" };
  return { ok: true, sector: "other" };
}

export type SizeClassResult =
  | { ok: true; sizeClass: SizeClass; sector: Sector }
  | { ok: false; reason: "invalid_industry" | "needs_sub_code" | "not_covered" | "missing_figures"; missing?: Measure[] };

function measureOf(f: EnterpriseFigures, m: Measure): number | null {
  const v = f[m];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

export function sizeClassOf(figures: EnterpriseFigures): SizeClassResult {
  const lookup = sectorOf(figures.industryCode, figures.industrySubCode);
  if (!lookup.ok) return lookup;
  const rule = RULES[lookup.sector];
  const used = new Set<Measure>([...rule.smeIfBelow, ...rule.mediumAtLeast, ...rule.smallAtLeast].map((x) => x.measure));
  const missing = [...used].filter((m) => measureOf(figures, m) === null);
  if (missing.length > 0) return { ok: false, reason: "missing_figures", missing };
  const value = (m: Measure) => measureOf(figures, m) ?? 0;
  const all = (bounds: readonly Bound[]) => bounds.every((x) => value(x.measure) >= x.value);
  const isSme = rule.smeIfBelow.some((x) => value(x.measure) < x.value);
  const sizeClass: SizeClass = !isSme ? "large" : all(rule.mediumAtLeast) ? "medium" : all(rule.smallAtLeast) ? "small" : "micro";
  return { ok: true, sizeClass, sector: lookup.sector };
}

/**
 * 规模以上 thresholds of the National Bureau of Statistics (main-business revenue, 万元). Sectors
 * without a revenue threshold (建筑业 needs a qualification, 农业, 房地产开发, 金融) must be declared.
 */
function aboveScaleThreshold(industryCode: string, industrySubCode?: string | null): number | null {
  if (!INDUSTRY_CODE.test(industryCode)) return null;
  const n = Number(industryCode);
  if (n >= 6 && n <= 46) return 2000; // 工业
  if (n === 51) return 2000; // 批发
  if (n === 52) return 500; // 零售
  if (n === 61 || n === 62) return 200; // 住宿、餐饮 (限额以上)
  if ((n >= 53 && n <= 60) || (n >= 63 && n <= 65) || (n >= 76 && n <= 79)) return 2000;
  if ((n >= 71 && n <= 75) || n === 83) return 1000;
  if ((n >= 80 && n <= 82) || (n >= 84 && n <= 90)) return 500;
  if (n === 70 && industrySubCode && industrySubCode.slice(0, 3) !== "701" && industrySubCode.startsWith("70")) return 500;
  return null;
}

export type AboveScaleResult = { known: true; aboveScale: boolean; thresholdWan: number } | { known: false; reason: "declare" | "missing_revenue" };

export function aboveScaleOf(figures: EnterpriseFigures): AboveScaleResult {
  const threshold = aboveScaleThreshold(figures.industryCode, figures.industrySubCode);
  if (threshold === null) return { known: false, reason: "declare" };
  const revenue = measureOf(figures, "revenueWan");
  if (revenue === null) return { known: false, reason: "missing_revenue" };
  return { known: true, aboveScale: revenue >= threshold, thresholdWan: threshold };
}
