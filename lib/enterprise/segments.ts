import type { Locale } from "@/lib/i18n/locales";
import { industryClassByCode } from "./industry-classes";

/**
 * Pilot cities name their 细分行业 by name ("汽车零部件及配件", "新型耐火材料"); the policy texts give
 * no codes. This is our reading of which GB/T 4754-2017 codes each name covers, used to offer the
 * segment a firm's 小类 falls in and to check policies strictly. Two kinds:
 * - `codes`: the segment is these classes (a 小类, or every 小类 under a 中类 or 大类); a firm in one
 *   of them is in the segment, a firm in none of them is not;
 * - `codes: null`: the name is broader than any code list we can defend ("新型高端装备"); `scope` gives
 *   the 大类 it can come from, so a firm outside them is not in it and a firm inside must say.
 * Shown as our reading wherever it decides something.
 */

export interface PilotSegment {
  name: string;
  /** Our English rendering of the name (the policies give none). */
  en: string;
  codes: readonly string[] | null;
  /** 大类 the segment can come from. */
  scope: readonly string[];
}

const precise = (name: string, en: string, codes: string[]): PilotSegment => ({ name, en, codes, scope: [...new Set(codes.map((c) => c.slice(0, 2)))] });
const broad = (name: string, en: string, scope: string[]): PilotSegment => ({ name, en, codes: null, scope });

export const PILOT_SEGMENTS: readonly PilotSegment[] = [
  precise("汽车零部件及配件", "Auto parts and accessories", ["3670"]),
  precise("汽车零部件", "Auto parts", ["3670"]),
  broad("新型高端装备", "New high-end equipment", ["34", "35", "37", "38", "39", "40"]),
  precise("新型耐火材料", "New refractory materials", ["308"]),
  precise("铝基新材料", "New aluminium-based materials", ["3216", "3240", "3252"]),
  precise("生物医药及健康(含医疗仪器设备及器械)", "Biomedicine and health (incl. medical instruments and devices)", ["27", "358"]),
  precise("通信设备制造", "Communication equipment manufacturing", ["392"]),
  broad("特色食品加工", "Specialty food processing", ["13", "14", "15"]),
  precise("纺织服装加工", "Textile and garment processing", ["17", "18"]),
  precise("生物医药制造", "Biopharmaceutical manufacturing", ["27"]),
  precise("农矿专用设备制造", "Special equipment for agriculture and mining", ["351", "357"]),
  broad("新材料制造", "New materials manufacturing", ["26", "28", "29", "30", "31", "32", "33", "39"]),
  precise("结构性金属制品制造", "Structural metal products", ["331"]),
  precise("针织或钩针编织物", "Knitted or crocheted fabrics", ["176"]),
  precise("棉纺织/化纤纺织及印染精加工", "Cotton and chemical-fibre textiles, dyeing and finishing", ["171", "175"]),
  precise("电子器件制造及配套", "Electronic devices and their supply chain", ["397", "398"]),
];

const BY_NAME = new Map(PILOT_SEGMENTS.map((s) => [s.name, s]));

export function pilotSegment(name: string): PilotSegment | undefined {
  return BY_NAME.get(name);
}

/** The demo dashboard's synthetic segments (lib/dashboard/synthetic.ts), "（合成）" in their names. */
const SYNTHETIC_EN: Record<string, string> = {
  装备制造: "Equipment manufacturing",
  电子信息: "Electronic information",
  食品加工: "Food processing",
  新材料: "New materials",
  煤机装备: "Coal-mining machinery",
  特钢材料: "Special steel",
  光电信息: "Optoelectronics",
};

/** A segment's name for the reader; a name we do not know (entered by a portal) as written. */
export function segmentName(name: string, locale: Locale): string {
  if (locale !== "en") return name;
  const synthetic = /^(.+)（合成）$/.exec(name)?.[1];
  if (synthetic && SYNTHETIC_EN[synthetic]) return `${SYNTHETIC_EN[synthetic]} (synthetic)`;
  return BY_NAME.get(name)?.en ?? name;
}

/** Whether a firm's class (4 digits), group (3) or division (2) lies in a precise segment's codes. */
export function classInSegment(segment: PilotSegment, code: string): boolean {
  return segment.codes !== null && segment.codes.some((c) => code.startsWith(c));
}

export type SegmentFit = "in" | "maybe" | "out";

/**
 * Where a firm with this code (大类, 中类 or 小类) stands against a segment: surely in, possibly (to be
 * said by the firm: a broad segment, or a 大类 only that contains some of the segment's classes), or
 * surely not.
 */
export function segmentFit(segment: PilotSegment, code: string): SegmentFit {
  if (!segment.scope.includes(code.slice(0, 2))) return "out";
  if (segment.codes === null) return "maybe";
  if (classInSegment(segment, code)) return "in";
  // A 大类 or 中类 above the segment's classes: it may hold them.
  return segment.codes.some((c) => c.startsWith(code)) ? "maybe" : "out";
}

/** The segments among `names` that a 小类 is surely in (to preselect in the picker). */
export function segmentsOfClass(names: readonly string[], code: string): string[] {
  return names.filter((n) => {
    const s = BY_NAME.get(n);
    return s !== undefined && segmentFit(s, code) === "in";
  });
}

/** Every code named in the segments exists in our classification data (checked by a test). */
export function unknownSegmentCodes(): string[] {
  return PILOT_SEGMENTS.flatMap((s) => (s.codes ?? []).filter((c) => c.length > 2 && !industryClassByCode(c)));
}
