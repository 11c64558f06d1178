import { and, desc, eq, like, ne, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessmentResults } from "@/db/schema";
import type { Localized, PeerResult } from "@/scoring";

/** Fewer peers than this and the group is widened (and the page says so). */
export const MIN_PEERS = 5;
const MAX_PEERS = 2000;

export type PeerGroupKey = "industry_city_size" | "industry_province_size" | "industry_size" | "industry" | "template";

export interface PeerGroup {
  key: PeerGroupKey;
  label: Localized;
  peers: PeerResult[];
}

const LABELS: Record<PeerGroupKey, Localized> = {
  industry_city_size: { "zh-CN": "同行业、同城市、同规模企业", en: "firms of the same industry, city and size" },
  industry_province_size: { "zh-CN": "同行业、同省份、同规模企业", en: "firms of the same industry, province and size" },
  industry_size: { "zh-CN": "全国同行业、同规模企业", en: "firms of the same industry and size nationwide" },
  industry: { "zh-CN": "全国同行业企业", en: "firms of the same industry nationwide" },
  template: { "zh-CN": "使用同一评测模板的全部企业", en: "all firms assessed with the same template" },
};

export interface Subject {
  assessmentId: string;
  enterpriseId: string;
  templateId: string;
  industryCode: string;
  cityCode: string | null;
  sizeClass: "large" | "medium" | "small" | "micro" | null;
}

/**
 * Peers for a benchmark: the latest result of each other firm in the narrowest group with at least
 * MIN_PEERS firms, widening from industry + city + size to the whole template.
 */
export async function findPeers(db: Db, s: Subject): Promise<PeerGroup | null> {
  const r = assessmentResults;
  const base = [eq(r.templateId, s.templateId), ne(r.enterpriseId, s.enterpriseId), ne(r.assessmentId, s.assessmentId)];
  const ladder: [PeerGroupKey, SQL[] | null][] = [
    ["industry_city_size", s.cityCode && s.sizeClass ? [eq(r.industryCode, s.industryCode), eq(r.cityCode, s.cityCode), eq(r.sizeClass, s.sizeClass)] : null],
    ["industry_province_size", s.cityCode && s.sizeClass ? [eq(r.industryCode, s.industryCode), like(r.cityCode, `${s.cityCode.slice(0, 2)}%`), eq(r.sizeClass, s.sizeClass)] : null],
    ["industry_size", s.sizeClass ? [eq(r.industryCode, s.industryCode), eq(r.sizeClass, s.sizeClass)] : null],
    ["industry", [eq(r.industryCode, s.industryCode)]],
    ["template", []],
  ];
  for (const [key, conditions] of ladder) {
    if (!conditions) continue;
    const rows = await db
      .selectDistinctOn([r.enterpriseId], { total: r.total, dimensions: r.dimensionScores, scenes: r.sceneLevels })
      .from(r)
      .where(and(...base, ...conditions))
      .orderBy(r.enterpriseId, desc(r.submittedAt))
      .limit(MAX_PEERS);
    if (rows.length >= MIN_PEERS) return { key, label: LABELS[key], peers: rows };
  }
  return null;
}
