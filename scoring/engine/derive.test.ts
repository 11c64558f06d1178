import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getTemplate, TEMPLATE_IDS } from "../templates";
import { bandFor, changeOf, readableChange, readableShare, shareOf, trendFor } from "./derive";
import { deriveFromEvidence } from "./evidence";
import { compare, exact, readable } from "./exact";

/**
 * Exact decimals for the test, independent of the engine's own arithmetic: a decimal string as
 * digits × 10^-scale.
 */
function parse(s: string): { digits: bigint; scale: number } {
  const [whole = "0", fraction = ""] = s.replace(/^-/, "").split(".");
  const digits = BigInt(`${whole}${fraction}`);
  return { digits: s.startsWith("-") ? -digits : digits, scale: fraction.length };
}
function format(digits: bigint, scale: number): string {
  const negative = digits < 0n;
  const text = (negative ? -digits : digits).toString().padStart(scale + 1, "0");
  const whole = text.slice(0, text.length - scale);
  const fraction = text.slice(text.length - scale).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}
/** a × b / 100, exactly. */
function percentOfDecimal(a: string, b: string): string {
  const x = parse(a);
  const y = parse(b);
  return format(x.digits * y.digits, x.scale + y.scale + 2);
}
/** a + k × 10^-places, exactly. */
function nudge(a: string, k: number, places: number): string {
  const x = parse(a);
  const scale = Math.max(x.scale, places);
  return format(x.digits * 10n ** BigInt(scale - x.scale) + BigInt(k) * 10n ** BigInt(scale - places), scale);
}
/** A figure as a JS number, checked to be the decimal meant (String(x) round-trips it). */
function figure(s: string): number {
  const n = Number(s);
  expect(String(n)).toBe(s);
  return n;
}

// Denominators that make binary floating point land on the wrong side of an edge (102.1, 173.5 …).
const BASES = ["100", "102.1", "173.5", "3", "0.7", "12345.67", "999999.99", "58.3"];

interface EdgeCase {
  template: string;
  code: string;
  numerator: string;
  denominator: string;
  expected: string;
}

/** Every edge of every band question of every template, at the edge and a hair either side. */
function bandEdgeCases(): EdgeCase[] {
  const cases: EdgeCase[] = [];
  for (const id of TEMPLATE_IDS) {
    const t = getTemplate(id);
    for (const q of t.questions) {
      if (q.def.kind !== "band") continue;
      const bands = q.def.options;
      const push = (numerator: string, denominator: string, expected: string) => cases.push({ template: id, code: q.code, numerator, denominator, expected });
      for (const base of BASES) {
        push("0", base, bands[0]!.code); // the first band includes its min
        push(base, base, bands[bands.length - 1]!.code); // 100 %
        for (let i = 0; i < bands.length - 1; i++) {
          const edge = String(bands[i]!.max);
          const at = percentOfDecimal(edge, base);
          push(at, base, bands[i]!.code); // (min, max]: the edge belongs to the lower band
          push(nudge(at, 1, 6), base, bands[i + 1]!.code);
          push(nudge(at, -1, 6), base, bands[i]!.code);
        }
      }
    }
  }
  return cases;
}

describe("band edges in exact arithmetic, (min, max] as the model data says", () => {
  const cases = bandEdgeCases();

  it("covers every edge of every band question", () => {
    const questions = new Set(cases.map((c) => `${c.template}/${c.code}`));
    expect(questions).toEqual(
      new Set([
        "miit-2024-manufacturing/F.EQDIG",
        "miit-2024-manufacturing/F.EQNET",
        "miit-2024-manufacturing/M.FUND",
        ...["miit-2024-services", "miit-2024-other"].flatMap((id) => [`${id}/F.TERMDIG`, `${id}/F.ONLINE`, `${id}/M.FUND`]),
      ]),
    );
    expect(cases.length).toBe(9 * BASES.length * (2 + 4 * 3));
  });

  it.each(cases)("$template $code: $numerator of $denominator → $expected", ({ template, code, numerator, denominator, expected }) => {
    const t = getTemplate(template as (typeof TEMPLATE_IDS)[number]);
    const q = t.questionByCode.get(code)!;
    if (q.def.kind !== "band") throw new Error("not a band question");
    const num = figure(numerator);
    const den = figure(denominator);
    expect(bandFor(q.def.options, num, den)?.code).toBe(expected);
    const figures = { [q.def.evidence.numerator.key]: num, [q.def.evidence.denominator.key]: den };
    const derived = deriveFromEvidence(t, { [code]: figures });
    expect(derived.problems).toEqual([]);
    expect(derived.answers[code]).toBe(expected);
  });

  it("says 10.21 ÷ 102.1 = 10%, in the band 10% or less, and 34.7 of 173.5 = 20%, in 10–20%", () => {
    const t = getTemplate("miit-2024-manufacturing");
    const a = deriveFromEvidence(t, { "F.EQDIG": { digital: 10.21, total: 102.1 } }).derivations[0]!;
    expect(a.option).toBe("p0_10");
    expect(a.explanation["zh-CN"]).toBe("10.21 ÷ 102.1 = 10%，属于“10%及以下”档");
    const b = deriveFromEvidence(t, { "F.EQNET": { networked: 34.7, total: 173.5 } }).derivations[0]!;
    expect(b.option).toBe("p10_20");
    expect(b.value).toBe(20);
    expect(b.explanation.en).toBe("34.7 ÷ 173.5 = 20%, in the band “over 10% to 20%”");
  });
});

interface TrendCase {
  template: string;
  code: string;
  before: string;
  after: string;
  expected: string;
}

/** ±flat % of every trend question of every template, exactly at the edge and a hair beyond. */
function trendEdgeCases(): TrendCase[] {
  const cases: TrendCase[] = [];
  for (const id of TEMPLATE_IDS) {
    const t = getTemplate(id);
    const flat = t.def.trendFlatPercent;
    for (const q of t.questions) {
      if (q.def.kind !== "trend") continue;
      const up = q.def.evidence.better === "higher" ? "better" : "worse";
      const down = up === "better" ? "worse" : "better";
      for (const before of ["90", "102.1", "0.297", "1234.5", "7", "58.3"]) {
        const high = percentOfDecimal(String(100 + flat), before);
        const low = percentOfDecimal(String(100 - flat), before);
        const push = (after: string, expected: string) => cases.push({ template: id, code: q.code, before, after, expected });
        push(before, "flat");
        push(high, "flat");
        push(nudge(high, 1, 7), up);
        push(nudge(high, -1, 7), "flat");
        push(low, "flat");
        push(nudge(low, -1, 7), down);
        push(nudge(low, 1, 7), "flat");
      }
    }
  }
  return cases;
}

describe("trends in exact arithmetic, ±flat % included in flat", () => {
  it.each(trendEdgeCases())("$template $code: $before → $after is $expected", ({ template, code, before, after, expected }) => {
    const t = getTemplate(template as (typeof TEMPLATE_IDS)[number]);
    const q = t.questionByCode.get(code)!;
    if (q.def.kind !== "trend") throw new Error("not a trend question");
    expect(trendFor(figure(before), figure(after), q.def.evidence.better, t.def.trendFlatPercent)).toBe(expected);
    expect(deriveFromEvidence(t, { [code]: { before: figure(before), after: figure(after) } }).answers[code]).toBe(expected);
  });

  it("judges 90 → 90.9 (+1 %) 持平 and says so", () => {
    const t = getTemplate("miit-2024-manufacturing");
    const d = deriveFromEvidence(t, { "E.QUALITY": { before: 90, after: 90.9 } }).derivations[0]!;
    expect(d.option).toBe("flat");
    expect(d.value).toBe(1);
    expect(d.explanation["zh-CN"]).toBe("产品月度合格率（%）由 90 变为 90.9（+1%），判定为“持平”（±1%以内为持平）");
  });
});

describe("figures shown for a reader", () => {
  const t = getTemplate("miit-2024-manufacturing");

  it("shows small figures as typed, not rounded to 0.01", () => {
    const d = deriveFromEvidence(t, { "E.ENERGY": { before: 0.0123, after: 0.0061 } }).derivations[0]!;
    expect(d.explanation["zh-CN"]).toContain("由 0.0123 变为 0.0061（≈ -50.41%）");
    const e = deriveFromEvidence(t, { "E.ENERGY": { before: 0.297, after: 0.3 } }).derivations[0]!;
    expect(e.explanation.en).toContain("went from 0.297 to 0.3 (≈ +1.01%)");
    expect(e.option).toBe("worse");
  });

  it("rounds a share, but never onto a band edge it is not on", () => {
    expect(deriveFromEvidence(t, { "F.EQDIG": { digital: 1, total: 3 } }).derivations[0]!.explanation["zh-CN"]).toBe("1 ÷ 3 ≈ 33.33%，属于“20%以上至40%”档");
    const hair = deriveFromEvidence(t, { "F.EQDIG": { digital: 100000001, total: 1000000000 } }).derivations[0]!;
    expect(hair.option).toBe("p10_20");
    expect(hair.explanation["zh-CN"]).toBe("100000001 ÷ 1000000000 = 10.0000001%，属于“10%以上至20%”档");
    const below = deriveFromEvidence(t, { "F.EQDIG": { digital: 1, total: 3e15 } }).derivations[0]!;
    expect(below.explanation.en).toBe("1 ÷ 3000000000000000 > 0%, in the band “10% or less”"); // not "= 0%"
  });

  it("keeps every rounded share and change on the side of each edge that the exact value is on", () => {
    const bands = t.questionByCode.get("F.EQDIG")!.def;
    if (bands.kind !== "band") throw new Error("not a band question");
    const edges = [0, 10, 20, 40, 60, 100].map(exact);
    const amount = fc.integer({ min: 0, max: 10_000_000 }).chain((n) => fc.integer({ min: 0, max: 6 }).map((k) => n / 10 ** k));
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        fc.pre(b > 0 && a <= b);
        const share = shareOf(a, b);
        const shown = readableShare(bands.options, share);
        if (shown.relation === "=" || shown.relation === "≈") {
          for (const e of edges) expect(compare(exact(Number(shown.text)), e)).toBe(compare(share, e));
        }
        const change = changeOf(b, a)!;
        const c = readableChange(change, 1);
        if (c.relation === "=" || c.relation === "≈") {
          for (const e of [-1, 0, 1].map(exact)) expect(compare(exact(Number(c.text)), e)).toBe(compare(change, e));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("reads a number by its shortest decimal form", () => {
    expect(exact(10.21)).toEqual({ n: 1021n, d: 100n });
    expect(exact(1e21)).toEqual({ n: 10n ** 21n, d: 1n });
    expect(exact(1.5e-7)).toEqual({ n: 15n, d: 10n ** 8n });
    expect(exact(-2.5)).toEqual({ n: -25n, d: 10n });
    expect(() => exact(Number.NaN)).toThrow(RangeError);
    expect(readable(exact(0.0004567), []).text).toBe("0.000457");
  });
});
