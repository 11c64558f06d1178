import type { Level } from "./engine/types";

/**
 * Points the digital level gives to the 数字化水平 criterion of 专精特新 certification. Confidence [M]:
 * one implementation's reading (三级 and above 5, 二级 3, 一级 0); provinces publish their own scoring
 * sheets, so callers must show this as an estimate with its source.
 */
export const SPECIALIZED_POINTS = {
  confidence: "M" as const,
  source: "maturity-model.md §5 (one implementation's scoring of the 专精特新 数字化水平 criterion)",
  byLevel: { 0: 0, 1: 0, 2: 3, 3: 5, 4: 5 } as Record<Level, number>,
  max: 5,
};

export function specializedPoints(level: Level): { points: number; max: number; confidence: "M" } {
  return { points: SPECIALIZED_POINTS.byLevel[level], max: SPECIALIZED_POINTS.max, confidence: SPECIALIZED_POINTS.confidence };
}
