import type { Level, Result } from "@/scoring";
import { SPECIALIZED_POINTS } from "@/scoring/specialized";

/**
 * 专精特新 (specialised, refined, distinctive and innovative SMEs) as far as this product can speak
 * to it. Pure: used by the result page, the report facts and the firm's own pre-check.
 *
 * - The 数字化水平 criterion: points by the official level, as the policy catalogue's criterion entry
 *   reads it (three levels and above 5, 二级 3, lower 0; confidence M, provinces score by their own
 *   sheets). A reference level (services and other templates: our own reference template, not the
 *   official indicators) gives no points and no verdict.
 * - The other gates: the firm declares its own figures; we only compare them with the thresholds as we
 *   read them. The thresholds have no source in our policy data, so every one is marked as our reading.
 */

export type SpecializedView =
  | { kind: "reference" }
  | {
      kind: "official";
      level: Level;
      /** Points at the firm's current level. */
      points: number;
      max: number;
      /** Points by level, for "what the next level would give" in the same units. */
      byLevel: Readonly<Record<Level, number>>;
      confidence: "M";
    };

export function specializedView(result: Pick<Result, "level" | "isReference">): SpecializedView {
  if (result.isReference) return { kind: "reference" };
  const level = result.level as Level;
  return {
    kind: "official",
    level,
    points: SPECIALIZED_POINTS.byLevel[level],
    max: SPECIALIZED_POINTS.max,
    byLevel: SPECIALIZED_POINTS.byLevel,
    confidence: SPECIALIZED_POINTS.confidence,
  };
}

/** What the firm enters for the pre-check: its own declaration, never checked by us. Amounts in 万元. */
export interface SpecializedDeclaration {
  /** Years the firm has worked in its niche market (细分市场). */
  nicheYears: number | null;
  /** Last year's R&D spend. */
  rdSpendWan: number | null;
  /** Last year's revenue. */
  revenueWan: number | null;
  /** New equity financing over the last two years (the alternative to the revenue gate). */
  equityWan: number | null;
}

export type GateKey = "niche" | "rd_spend" | "rd_share" | "revenue";
export type GateStatus = "met" | "unmet" | "unknown";

export interface Gate {
  key: GateKey;
  status: GateStatus;
  rule: { "zh-CN": string; en: string };
  /** The firm's figure as it was compared (R&D share in percent, rounded to 0.1). */
  figure: number | null;
  basis: "declared";
}

/**
 * Our reading of the 专精特新中小企业 认定条件 in 《优质中小企业梯度培育管理暂行办法》(工信部企业〔2022〕63号),
 * not checked against the original here: provinces add their own rules. Shown as our reading.
 */
export const SPECIALIZED_GATES_SOURCE = {
  "zh-CN": "数诊对《优质中小企业梯度培育管理暂行办法》（工信部企业〔2022〕63号）认定条件的理解，未经原文核对；以所在省份认定细则为准",
  en: "Shuzhen's reading of the certification conditions in the MIIT Interim Measures for Cultivating Quality SMEs (2022, No. 63), not checked against the original text; the province's own rules prevail",
} as const;

const RULES: Record<GateKey, { "zh-CN": string; en: string }> = {
  niche: { "zh-CN": "从事特定细分市场 2 年以上", en: "In its niche market for 2 years or more" },
  rd_spend: { "zh-CN": "上年度研发费用不低于 100 万元", en: "Last year's R&D spend at least CNY 1 million" },
  rd_share: { "zh-CN": "上年度研发费用占营业收入比重不低于 3%", en: "Last year's R&D spend at least 3% of revenue" },
  revenue: {
    // "以上" includes the figure itself, as Chinese legal texts read it.
    "zh-CN": "上年度营业收入 1000 万元以上，或近 2 年新增股权融资 2000 万元以上",
    en: "Last year's revenue above CNY 10 million, or over CNY 20 million of new equity in the last 2 years",
  },
};

const status = (ok: boolean | null): GateStatus => (ok === null ? "unknown" : ok ? "met" : "unmet");

/** Each gate against the firm's own figures: met, unmet, or unknown while a figure is missing. */
export function specializedGates(d: SpecializedDeclaration): Gate[] {
  const share = d.rdSpendWan !== null && d.revenueWan !== null && d.revenueWan > 0 ? d.rdSpendWan / d.revenueWan : null;
  // R&D share compared in integers (万元 × 100 against 3 % of revenue): no floating-point edge at 3 %.
  const shareOk =
    d.rdSpendWan !== null && d.revenueWan !== null && d.revenueWan > 0 ? Math.round(d.rdSpendWan * 100) * 100 >= Math.round(d.revenueWan * 100) * 3 : null;
  const revenueOk = d.revenueWan === null && d.equityWan === null ? null : (d.revenueWan ?? 0) >= 1000 || (d.equityWan ?? 0) >= 2000;
  const gate = (key: GateKey, ok: boolean | null, figure: number | null): Gate => ({ key, status: status(ok), rule: RULES[key], figure, basis: "declared" });
  return [
    gate("niche", d.nicheYears === null ? null : d.nicheYears >= 2, d.nicheYears),
    gate("rd_spend", d.rdSpendWan === null ? null : d.rdSpendWan >= 100, d.rdSpendWan),
    gate("rd_share", shareOk, share === null ? null : Math.round(share * 1000) / 10),
    gate("revenue", revenueOk, d.revenueWan),
  ];
}
