/**
 * The two derivations behind numeric evidence, shared by the engine and the questionnaire (which shows
 * the derived band as the firm types). All in exact arithmetic on the decimals the firm typed (see
 * exact.ts): 10.21 of 102.1 is exactly 10 %, in [0, 10]; 90 → 90.9 is exactly +1 %, flat.
 */
import { compare, exact, minus, percentOf, readable, times, type Fraction, type Readable } from "./exact";

const HUNDRED: Fraction = { n: 100n, d: 1n };

export interface BandEdge {
  code: string;
  min: number;
  max: number;
}

/** numerator / denominator × 100, exactly; the denominator must be above 0. */
export const shareOf = (numerator: number, denominator: number): Fraction => percentOf(exact(numerator), exact(denominator));

/** The band (min, max] holding a share in percent; the first band includes its min. */
export function bandOfShare<B extends BandEdge>(bands: readonly B[], share: Fraction): B | undefined {
  return bands.find((b, i) => compare(share, exact(b.max)) <= 0 && (i === 0 || compare(share, exact(b.min)) > 0)) ?? bands[bands.length - 1];
}

/** The band (min, max] holding numerator/denominator × 100; the first band includes its min. */
export function bandFor<B extends BandEdge>(bands: readonly B[], numerator: number, denominator: number): B | undefined {
  return bandOfShare(bands, shareOf(numerator, denominator));
}

/** (after − before) / before × 100, exactly; null when `before` is 0. */
export function changeOf(before: number, after: number): Fraction | null {
  return before === 0 ? null : percentOf(minus(exact(after), exact(before)), exact(before));
}

/** worse / flat / better from two figures; a move within ±flatPercent of `before` (edges included) is flat. */
export function trendFor(before: number, after: number, better: "higher" | "lower", flatPercent: number): "worse" | "flat" | "better" {
  const b = exact(before);
  const move = minus(exact(after), b);
  const positive = (f: Fraction): Fraction => (f.n < 0n ? { n: -f.n, d: f.d } : f);
  if (compare(times(positive(move), HUNDRED), times(exact(flatPercent), positive(b))) <= 0) return "flat";
  const rose = move.n > 0n;
  return (better === "higher" ? rose : !rose) ? "better" : "worse";
}

/** A share in percent for a reader, never rounded across a band edge (or to 0). */
export function readableShare(bands: readonly BandEdge[], share: Fraction, otherEdges: readonly Fraction[] = []): Readable {
  const edges = [...new Set(bands.flatMap((b) => [b.min, b.max]))].map(exact);
  return readable(share, [...edges, ...otherEdges]);
}

/** A relative change in percent for a reader, never rounded across ±flatPercent (or to 0). */
export function readableChange(change: Fraction, flatPercent: number): Readable {
  const edge = exact(flatPercent);
  return readable(change, [edge, { n: -edge.n, d: edge.d }, { n: 0n, d: 1n }]);
}

/**
 * A percentage for a reader. In an equation: "= 10%", "≈ 33.33%", "> 10%"; alone (a change in
 * brackets): "+1%", "≈ -0.5%", "> +1%". Changes carry their sign.
 */
export function percentText(r: Readable, options: { signed?: boolean; equation?: boolean } = {}): string {
  const sign = options.signed && !r.text.startsWith("-") && r.text !== "0" ? "+" : "";
  const relation = r.relation === "=" && !options.equation ? "" : `${r.relation} `;
  return `${relation}${sign}${r.text}%`;
}
