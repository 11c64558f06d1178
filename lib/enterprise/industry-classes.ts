import { COVERED_SECTIONS, GBT4754_2017 } from "./data/gbt4754-2017";
import { INDUSTRIES, industryByCode } from "./industries";

/**
 * GB/T 4754-2017 below the 大类: every 中类 and 小类 of the sections a firm can be in (A–R), with a
 * search by Chinese name, code and common words firms use for what they make. Pure and small enough
 * for the browser (the start form searches as the firm types).
 */

export interface IndustryClass {
  /** Three digits (中类) or four (小类). */
  code: string;
  zh: string;
  /** The 大类 (first two digits). */
  division: string;
}

const ALL: readonly IndustryClass[] = GBT4754_2017.trim()
  .split("\n")
  .map((line) => {
    const space = line.indexOf(" ");
    const code = line.slice(0, space);
    return { code, zh: line.slice(space + 1).trim(), division: code.slice(0, 2) };
  });

const BY_CODE = new Map(ALL.map((c) => [c.code, c]));
const COVERED_DIVISIONS = new Set(INDUSTRIES.filter((i) => (COVERED_SECTIONS as readonly string[]).includes(i.section)).map((i) => i.code));

/** Every 小类 (four digits) we carry. */
export const INDUSTRY_CLASSES: readonly IndustryClass[] = ALL.filter((c) => c.code.length === 4);
/** Every 中类 (three digits) we carry. */
export const INDUSTRY_GROUPS: readonly IndustryClass[] = ALL.filter((c) => c.code.length === 3);

export function industryClassByCode(code: string): IndustryClass | undefined {
  return BY_CODE.get(code);
}

/** Whether the 小类 of this 大类 are in our data (every division of sections A–R). */
export function divisionHasClasses(division: string): boolean {
  return COVERED_DIVISIONS.has(division);
}

/** The 小类 of a 大类, in the standard's order (empty where we carry none). */
export function classesOf(division: string): IndustryClass[] {
  return INDUSTRY_CLASSES.filter((c) => c.division === division);
}

/** What the coverage is, said wherever the list is offered (never presented as the whole standard). */
export const CLASS_COVERAGE = {
  sections: COVERED_SECTIONS,
  classes: INDUSTRY_CLASSES.length,
  "zh-CN": `收录门类 A 至 R 的全部 ${INDUSTRY_CLASSES.length} 个小类（公共管理、国际组织两个门类不是企业，未收录）。`,
  en: `All ${INDUSTRY_CLASSES.length} classes of sections A to R (public administration and international organisations are not firms and are left out).`,
} as const;

/**
 * Words firms use that are not in the standard's names, each to the codes (大类, 中类 or 小类) it most
 * often means. Our own list (an aid to finding the class, not a classification rule): the firm still
 * picks the class that fits.
 */
export const INDUSTRY_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  汽配: ["3670"],
  汽车配件: ["3670"],
  汽车零件: ["3670"],
  冲压: ["3670", "3399", "3484", "3422"],
  冲压件: ["3670", "3399", "3484"],
  钣金: ["3399", "3311", "3484"],
  机加工: ["3484"],
  机械加工: ["3484"],
  精密加工: ["3484"],
  数控: ["3421", "3484"],
  机床: ["3421", "3422"],
  铸件: ["3391", "3392"],
  压铸: ["3392"],
  锻造: ["3393"],
  热处理: ["3360"],
  电镀: ["3360"],
  喷涂: ["3360"],
  焊接: ["3424", "3311"],
  模具: ["3525"],
  注塑: ["2929", "3523"],
  塑料件: ["2929"],
  橡胶件: ["2913"],
  轴承: ["3451", "3452"],
  齿轮: ["3453"],
  减速机: ["3453"],
  螺丝: ["3482"],
  螺栓: ["3482"],
  标准件: ["3482"],
  阀门: ["3443"],
  水泵: ["3441"],
  液压: ["3444"],
  气动: ["3446"],
  机器人: ["3491", "3492", "3964"],
  "3D打印": ["3493"],
  增材: ["3493"],
  自动化设备: ["3499", "4011"],
  非标设备: ["3499", "3599"],
  电机: ["3811", "3812", "3813"],
  变压器: ["3821"],
  开关柜: ["3823"],
  电线电缆: ["3831"],
  线缆: ["3831"],
  光伏: ["3825", "4416"],
  锂电: ["3841"],
  电池: ["3841", "3842", "3843", "3849"],
  家电: ["385"],
  空调: ["3852", "3464"],
  LED: ["3975", "3872"],
  PCB: ["3982"],
  电路板: ["3982"],
  芯片: ["3973", "6520"],
  集成电路: ["3973"],
  半导体: ["3972", "3973", "3562"],
  传感器: ["3983"],
  仪表: ["401", "402"],
  耐火: ["3089", "308"],
  耐材: ["3089"],
  铝材: ["3252"],
  铝型材: ["3252"],
  铝板: ["3252"],
  电解铝: ["3216"],
  铝合金: ["3240", "3252"],
  钢结构: ["3311"],
  门窗: ["3312", "2032"],
  不锈钢: ["3130", "3389"],
  纸箱: ["2231"],
  包装: ["2231", "2926", "3333", "3467"],
  印刷: ["231"],
  服装: ["18"],
  制衣: ["181", "182"],
  鞋: ["195"],
  家具: ["21"],
  食品: ["13", "14"],
  饮料: ["152"],
  白酒: ["1512"],
  面粉: ["1312"],
  饲料: ["132"],
  化工: ["26"],
  涂料: ["2641"],
  化肥: ["262"],
  制药: ["27"],
  药品: ["27"],
  医疗器械: ["358"],
  水泥: ["3011"],
  玻璃: ["304", "305"],
  陶瓷: ["307"],
  石材: ["3032"],
  混凝土: ["3021"],
  钢铁: ["31"],
  新能源汽车: ["3612"],
  整车: ["361"],
  摩托车: ["375"],
  自行车: ["3761"],
  电动车: ["3770", "3612"],
  船舶: ["373"],
  无人机: ["3963"],
  软件: ["651", "6513"],
  互联网: ["64"],
  系统集成: ["6531"],
  物联网: ["6532"],
  快递: ["6020"],
  货运: ["5431"],
  超市: ["5212"],
  电商: ["5292", "5193"],
  外贸: ["5181", "51"],
  物流: ["5431", "5437", "5821", "5920"],
  仓储: ["5920", "5930"],
  餐饮: ["6210", "6220"],
  酒店: ["6110", "6121"],
  建筑: ["47", "48"],
  装修: ["5011", "5012"],
  广告: ["725"],
  咨询: ["724", "6560"],
  检测: ["7452", "7451"],
  设计: ["7491", "7492", "7484"],
  养殖: ["03", "04"],
  种植: ["01"],
};

export interface IndustryHit {
  /** Two, three or four digits. */
  code: string;
  zh: string;
  division: string;
  /** The common word that led here, when the standard's name does not contain the query. */
  via?: string;
}

function entry(code: string): IndustryHit | null {
  if (code.length === 2) {
    const d = industryByCode(code);
    return d ? { code, zh: d.zh, division: code } : null;
  }
  const c = BY_CODE.get(code);
  return c ? { code, zh: c.zh, division: c.division } : null;
}

/**
 * Codes and names that match a query: a code prefix, a part of a standard name (小类, 中类 or 大类), or a
 * common word from our synonym list. Most specific first (小类, then 中类, then 大类), at most `limit`.
 */
export function searchIndustries(query: string, limit = 30): IndustryHit[] {
  const q = query.trim();
  if (!q) return [];
  const seen = new Set<string>();
  const hits: IndustryHit[] = [];
  const add = (h: IndustryHit | null) => {
    if (h && !seen.has(h.code)) {
      seen.add(h.code);
      hits.push(h);
    }
  };
  if (/^\d{1,4}$/.test(q)) {
    for (const c of ALL) if (c.code.startsWith(q)) add({ code: c.code, zh: c.zh, division: c.division });
    for (const d of INDUSTRIES) if (d.code.startsWith(q.slice(0, 2))) add({ code: d.code, zh: d.zh, division: d.code });
    return hits.slice(0, limit);
  }
  const lower = q.toLowerCase();
  for (const c of INDUSTRY_CLASSES) if (c.zh.includes(q)) add({ code: c.code, zh: c.zh, division: c.division });
  for (const [word, codes] of Object.entries(INDUSTRY_SYNONYMS)) {
    if (!word.toLowerCase().includes(lower) && !lower.includes(word.toLowerCase())) continue;
    for (const code of codes) {
      const hit = entry(code);
      add(hit && { ...hit, via: word });
    }
  }
  for (const g of INDUSTRY_GROUPS) if (g.zh.includes(q)) add({ code: g.code, zh: g.zh, division: g.division });
  for (const d of INDUSTRIES) if (d.zh.includes(q) || d.en.toLowerCase().includes(lower)) add({ code: d.code, zh: d.zh, division: d.code });
  return hits.slice(0, limit);
}
