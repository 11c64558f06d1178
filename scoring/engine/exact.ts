/**
 * Exact arithmetic on the figures a firm types. A figure arrives as a JS number; its shortest decimal
 * form (String(x)) is taken as the exact decimal the firm typed, so 10.21 is 1021/100, not the binary
 * double nearest to it. Shares and changes are fractions of BigInts, compared by cross-multiplication:
 * 10.21 ÷ 102.1 is exactly 10 %, and 90 → 90.9 is exactly +1 %.
 */

/** n / d with d > 0 (not reduced). */
export interface Fraction {
  n: bigint;
  d: bigint;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;
const MAX_PLACES = 12;

const pow10 = (k: number): bigint => 10n ** BigInt(k);

/** The exact decimal of a finite number, read from its shortest representation. */
export function exact(x: number): Fraction {
  const m = DECIMAL.exec(String(x));
  if (!m || !Number.isFinite(x)) throw new RangeError(`not a finite number: ${String(x)}`);
  const [, sign = "", whole = "0", fraction = "", exponent = "0"] = m;
  const digits = BigInt(`${sign}${whole}${fraction}`);
  const shift = Number(exponent) - fraction.length;
  return shift >= 0 ? { n: digits * pow10(shift), d: 1n } : { n: digits, d: pow10(-shift) };
}

export const times = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.n, d: a.d * b.d });
export const minus = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });

/** a / b; b must not be zero. */
export function over(a: Fraction, b: Fraction): Fraction {
  if (b.n === 0n) throw new RangeError("division by zero");
  const n = a.n * b.d;
  const d = a.d * b.n;
  return d < 0n ? { n: -n, d: -d } : { n, d };
}

/** -1, 0 or 1 as a is below, equal to or above b. */
export function compare(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** a × 100 / b: the share in percent. */
export const percentOf = (a: Fraction, b: Fraction): Fraction => over(times(a, { n: 100n, d: 1n }), b);

const abs = (v: bigint) => (v < 0n ? -v : v);
const distance = (a: Fraction, b: Fraction): Fraction => {
  const f = minus(a, b);
  return { n: abs(f.n), d: f.d };
};

/** v rounded half away from zero to `decimals` places, as the integer v × 10^decimals. */
function scaled(v: Fraction, decimals: number): bigint {
  const num = abs(v.n) * pow10(decimals) * 2n + v.d;
  const q = num / (v.d * 2n);
  return v.n < 0n ? -q : q;
}

/** A scaled integer as a decimal without trailing zeros: (12340, 3) → "12.34". */
function decimalText(value: bigint, decimals: number): string {
  const digits = abs(value)
    .toString()
    .padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals).replace(/0+$/, "");
  return `${value < 0n ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** Places that show at least three significant digits (two for numbers of 1 and above). */
function basePlaces(v: Fraction): number {
  let places = 2;
  const a = abs(v.n);
  if (a === 0n) return places;
  while (places < MAX_PLACES && a * pow10(places) < v.d * 100n) places++;
  return places;
}

export interface Readable {
  /** "=" when the text is the exact value, "≈" when rounded, ">" or "<" when even 12 places would mislead. */
  relation: "=" | "≈" | ">" | "<";
  text: string;
}

/**
 * A value rounded for a reader that never misleads about where it stands against the given edges:
 * it is rounded to two places (or three significant digits below 1), and to more places while the
 * rounded value sits on another side of an edge than the exact one (10.0001 is not shown as 10 when
 * 10 is a band edge). Failing that it is shown as "just above / below the edge" (> 10).
 */
export function readable(v: Fraction, edges: readonly Fraction[]): Readable {
  for (let places = basePlaces(v); places <= MAX_PLACES; places++) {
    const rounded: Fraction = { n: scaled(v, places), d: pow10(places) };
    if (edges.every((e) => compare(rounded, e) === compare(v, e))) {
      return { relation: compare(rounded, v) === 0 ? "=" : "≈", text: decimalText(rounded.n, places) };
    }
  }
  const nearest = edges.reduce((best, e) => (compare(distance(v, e), distance(v, best)) < 0 ? e : best));
  return { relation: compare(v, nearest) > 0 ? ">" : "<", text: readable(nearest, []).text };
}

/** The nearest double, for JSON fields that carry a number beside the exact comparison. */
export function approximate(v: Fraction): number {
  return Number(decimalText(scaled(v, 15), 15));
}
