/**
 * The two derivations behind numeric evidence, shared by the engine and the questionnaire (which shows
 * the derived band as the firm types). Comparisons are products, so 20 of 100 is exactly in (10, 20].
 */

export interface BandEdge {
  code: string;
  min: number;
  max: number;
}

/** The band (min, max] holding numerator/denominator × 100; the first band includes its min. */
export function bandFor<B extends BandEdge>(bands: readonly B[], numerator: number, denominator: number): B | undefined {
  return bands.find((b, i) => numerator * 100 <= b.max * denominator && (i === 0 || numerator * 100 > b.min * denominator)) ?? bands[bands.length - 1];
}

/** worse / flat / better from two figures; a move within ±flatPercent of `before` is flat. */
export function trendFor(before: number, after: number, better: "higher" | "lower", flatPercent: number): "worse" | "flat" | "better" {
  if (Math.abs(after - before) * 100 <= flatPercent * before) return "flat";
  const rose = after > before;
  return (better === "higher" ? rose : !rose) ? "better" : "worse";
}
