import { and, eq, like, ne, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessmentResults } from "@/db/schema";
import { capabilityCodes } from "@/lib/dashboard/capability-vector";
import { getTemplate, isTemplateId, type Localized, type PeerResult } from "@/scoring";

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

/** Stored as real (float4): scores have at most three decimals, so rounding gives back the exact value. */
const exact = (x: number) => Math.round(x * 1000) / 1000;

/** A peer from its stored capability vector (dimension scores, then scene levels, in template order). */
function peerOf(codes: ReturnType<typeof capabilityCodes>, total: number, vector: readonly (number | null)[]): PeerResult {
  const dimensions: Record<string, number> = {};
  const scenes: Record<string, number> = {};
  codes.dimensions.forEach((code, i) => {
    const v = vector[i];
    if (v !== null && v !== undefined) dimensions[code] = exact(v);
  });
  codes.scenes.forEach((code, i) => {
    const v = vector[codes.dimensions.length + i];
    if (v !== null && v !== undefined) scenes[code] = Math.round(v);
  });
  return { total, dimensions, scenes };
}

/**
 * Peers for a benchmark: the latest result of each other firm (`is_latest`, one row per firm) in the
 * narrowest group with at least MIN_PEERS firms, widening from industry + city + size to the whole
 * template. Read from the capability vector, not the jsonb of each result: a report's peers cost a
 * few milliseconds, not a scan of thousands of documents.
 */
export async function findPeers(db: Db, s: Subject): Promise<PeerGroup | null> {
  if (!isTemplateId(s.templateId)) return null;
  const codes = capabilityCodes(getTemplate(s.templateId));
  const r = assessmentResults;
  const base = [eq(r.templateId, s.templateId), eq(r.isLatest, true), ne(r.enterpriseId, s.enterpriseId), ne(r.assessmentId, s.assessmentId)];
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
      .select({ enterpriseId: r.enterpriseId, total: r.total, vector: r.capabilityVector })
      .from(r)
      .where(and(...base, ...conditions))
      .orderBy(r.enterpriseId)
      .limit(MAX_PEERS);
    // One per firm even if two submits raced and both left is_latest set (rows come sorted by firm).
    const peers = rows.filter((row, i) => row.vector !== null && row.enterpriseId !== rows[i - 1]?.enterpriseId).map((row) => peerOf(codes, row.total, row.vector!));
    if (peers.length >= MIN_PEERS) return { key, label: LABELS[key], peers };
  }
  return null;
}
