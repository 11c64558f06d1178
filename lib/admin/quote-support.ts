import type { PolicyEntry } from "@/db/catalogue/policies";
import { listCities, listDistricts, listProvinces } from "@/lib/enterprise/regions";

/**
 * Whether the words a model quotes from a policy document support the value it read from them. Any
 * two characters of the document used to pass as a quote; now a quote must be a substantial verbatim
 * span (8 letters or digits, or a whole sentence of the document), and the figures of the value
 * (percent, amounts, levels, dates, region) must be written in it. Both sides are compared normalised:
 * full-width forms folded (NFKC), whitespace removed (PDF extraction scatters it), thousands separators
 * dropped; numbers may be written in digits or Chinese numerals.
 */

export function normalise(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/(?<=\d),(?=\d{3}(?!\d))/g, "");
}

const SENTENCE_END = /[。；;！!？?\n]+/;
const MIN_VISIBLE = 8;
const visible = (s: string) => (s.match(/[\p{L}\p{N}]/gu) ?? []).length;
const trimPunctuation = (s: string) => s.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, "");

/** Why a quote does not stand as the document's own words, or null when it does. */
export function quoteProblem(quote: string | null, documentText: string): string | null {
  if (!quote) return "no quote given";
  const q = normalise(quote);
  if (!q || !normalise(documentText).includes(q)) return "the quoted words are not in the document";
  if (visible(q) >= MIN_VISIBLE) return null;
  const sentences = documentText.split(SENTENCE_END).map((s) => trimPunctuation(normalise(s)));
  if (visible(q) >= 2 && sentences.includes(trimPunctuation(q))) return null;
  return `the quote is too short to rest on (at least ${MIN_VISIBLE} letters or digits, or a whole sentence)`;
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const NUMBER = "\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+";

/** 30, 30.5, 三十, 一百零五, 两千 → number; anything else → NaN. */
export function numberOf(s: string): number {
  if (/^\d/.test(s)) return Number(s);
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in CN_DIGIT) digit = CN_DIGIT[ch]!;
    else if (ch in CN_UNIT) {
      total += (digit ?? 1) * CN_UNIT[ch]!;
      digit = null;
    } else return Number.NaN;
  }
  return total + (digit ?? 0);
}

const all = (q: string, pattern: string, read: (m: RegExpExecArray) => number | string) => [...q.matchAll(new RegExp(pattern, "g"))].map(read);

/** The figures written in a (normalised) quote. */
export function figuresIn(quote: string) {
  const q = normalise(quote);
  const scale = (unit: string | undefined) => (unit === "亿" ? 1e8 : unit === "万" ? 1e4 : 1);
  return {
    percents: [...all(q, `(${NUMBER})%`, (m) => numberOf(m[1]!)), ...all(q, `百分之(${NUMBER})`, (m) => numberOf(m[1]!))] as number[],
    // An amount needs its unit: 50万, 50万元, 500000元, 五十万元, 1.5亿.
    amounts: all(q, `(${NUMBER})(?:(万|亿)元?|元)`, (m) => numberOf(m[1]!) * scale(m[2])) as number[],
    levels: all(q, "([1-4一二两三四])级", (m) => numberOf(m[1]!)) as number[],
    dates: all(q, "(\\d{4})(?:年|[-./])(\\d{1,2})(?:月|[-./])(\\d{1,2})", (m) => `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`) as string[],
  };
}

const SUFFIX = /(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|自治州|地区|省|市|区|县|盟)$/;
/** 河南省 → 河南, 郑州市 → 郑州, 广西壮族自治区 → 广西; kept whole when little would be left. */
function shortName(name: string): string {
  const short = name.replace(SUFFIX, "");
  return short.length >= 2 ? short : name;
}

function regionNames(v: NonNullable<PolicyEntry["region"]["value"]>): string[] | null {
  const province = v.provinceCode ? listProvinces().find((p) => p.code === v.provinceCode) : undefined;
  const cities = (v.cityCodes ?? []).map((code) => listCities(code.slice(0, 2)).find((c) => c.code === code));
  const districts = (v.districtCodes ?? []).map((code) => listDistricts(code.slice(0, 4)).find((d) => d.code === code));
  const named = districts.length ? districts : cities.length ? cities : province ? [province] : v.provinceCode ? [undefined] : [];
  if (named.some((d) => d === undefined)) return null;
  return named.map((d) => shortName(d!.name));
}

const near = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b));
const levelWord = (n: number) => `${["一", "一", "二", "三", "四"][n]}级`;
const yuanWord = (y: number) => (y % 1e4 === 0 ? `${y / 1e4}万元` : `${y}元`);

type Figures = ReturnType<typeof figuresIn>;
type Checked = "region" | "levelBefore" | "levelAfter" | "percent" | "cap" | "window";
type Value<K extends Checked> = NonNullable<PolicyEntry[K]["value"]>;

// "未达一级" supports a highest level of 0 before: 一级 is the word that says it.
const level = (f: Figures, n: number) => (f.levels.includes(Math.max(n, 1)) ? [] : [levelWord(n)]);

/** Per condition with figures, what of its value the quote does not write. */
const CHECKS: { [K in Checked]: (value: Value<K>, f: Figures, quote: string) => string[] } = {
  percent: (p, f) => (f.percents.some((x) => near(x, p)) ? [] : [`${p}%`]),
  cap: (cap, f) => {
    const tiers = cap.kind === "flat" ? [{ level: null, yuan: cap.yuan }] : cap.tiers;
    return tiers.flatMap((t) => [...(f.amounts.some((a) => near(a, t.yuan)) ? [] : [yuanWord(t.yuan)]), ...(t.level === null ? [] : level(f, t.level))]);
  },
  levelBefore: (v, f) => level(f, v.max),
  levelAfter: (v, f) => level(f, v.min),
  window: (w, f) => [w.from, w.until].filter((d): d is string => !!d && !f.dates.includes(d)),
  region: (r, _f, quote) => {
    const names = regionNames(r);
    if (names === null) return ["a known region"];
    const q = normalise(quote);
    return names.filter((n) => !q.includes(n));
  },
};

/**
 * What of a condition's value its quote does not state, or null when it states all of it (or the
 * condition has no figure to check: industries, sizes, 规上, costs and documents rest on the quote alone).
 */
export function valueProblem(field: string, value: unknown, quote: string): string | null {
  if (!(field in CHECKS)) return null;
  const check = CHECKS[field as Checked] as (value: unknown, f: Figures, quote: string) => string[];
  const missing = check(value, figuresIn(quote), quote);
  return missing.length ? `the quote does not state ${missing.join(", ")}` : null;
}
