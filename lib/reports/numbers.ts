/**
 * Numbers as a reader sees them in report text: Arabic figures (1,234.5, full-width １００), Chinese
 * numerals, also financial ones (六十二点五, 两万, 壹佰万, 一亿二千万), figures with a scale word (15万,
 * 1.5亿, 1.5 million) and English number words (twenty-five, one million), leaving out words that
 * only look numeric (统一, 第三方, 万一, 十分重要, one of, a one-off).
 */

const FINANCIAL: Record<string, string> = { 壹: "一", 贰: "二", 貳: "二", 叁: "三", 肆: "四", 伍: "五", 陆: "六", 陸: "六", 柒: "七", 捌: "八", 玖: "九", 拾: "十", 佰: "百", 仟: "千", 萬: "万", 億: "亿", 兩: "两" };
/** Chinese punctuation keeps its width: NFKC would turn "3，200" into the one figure 3,200. */
const KEEP_WIDTH = /[\u3000-\u303F\uFF01\uFF08\uFF09\uFF0C\uFF1A\uFF1B\uFF1F]/;

/** The one form every check reads: compatibility characters folded (１００→100, ①→1), financial numerals as plain ones. */
export function normaliseText(text: string): string {
  let out = "";
  for (const ch of text) out += KEEP_WIDTH.test(ch) ? ch : (FINANCIAL[ch] ?? ch.normalize("NFKC"));
  return out;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_TOKEN = /[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?/g;
const ARABIC = /\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
/** Idioms made of numeral characters. */
const CN_IDIOMS = new Set(["万一", "一一", "千万", "十分", "万万", "一万步"]);
/** After a single numeral character, these make it a figure (一项, 两万元, 三步); otherwise it is a word. */
const CN_UNIT_AFTER = /^(?:分(?![析钟别布散享类级支期])|元|万元|万|亿|项|周|家|个百分点|%|％|倍)/;
/** A scale word after a figure: the value is the figure times the scale (15万 = 150,000 in 万). */
const SCALE_AFTER = /^\s*(?:(万)|(亿)|(thousand|million|billion)\b)/i;
const SCALES: Record<string, number> = { 万: 1e4, 亿: 1e8, thousand: 1e3, million: 1e6, billion: 1e9 };

export function parseChineseNumeral(token: string): number | null {
  const [intPart = "", fracPart] = token.split("点");
  let total = 0;
  let section = 0;
  let current = 0;
  for (const ch of intPart) {
    if (ch in CN_DIGITS) current = CN_DIGITS[ch]!;
    else if (ch in CN_UNITS) {
      section += (current || 1) * CN_UNITS[ch]!;
      current = 0;
    } else if (ch === "万") {
      total += (section + current || 1) * 10_000;
      section = 0;
      current = 0;
    } else if (ch === "亿") {
      total = (total + section + current || 1) * 100_000_000;
      section = 0;
      current = 0;
    } else return null;
  }
  let value = total + section + current;
  if (fracPart) {
    const digits = [...fracPart].map((c) => CN_DIGITS[c]);
    if (digits.some((d) => d === undefined)) return null;
    value += Number(`0.${digits.join("")}`);
  }
  return value;
}

const EN_ONES: Record<string, number> = { zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const EN_TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const EN_WORD = `(?:${[...Object.keys(EN_ONES), ...Object.keys(EN_TEENS), ...Object.keys(EN_TENS), "hundred", "thousand", "million", "billion"].join("|")})`;
const EN_RUN = new RegExp(`\\b${EN_WORD}(?:(?:\\s+and\\s+|[\\s-]+)${EN_WORD})*\\b`, "gi");
/** After a lone small word, these make it a figure (three points, one yuan); otherwise it is a word (one of, one-off). */
const EN_UNIT_AFTER = /^[\s-]*(?:points?\b|yuan\b|CNY\b|RMB\b|%|percent\b|per cent\b|percentage points?\b|items?\b|weeks?\b|firms?\b|companies\b|enterprises\b|times\b|万|亿)/i;

/** A run of English number words as the figures it holds ("three and seven" is two figures, "one hundred and five" one). */
function englishNumbers(run: string): { text: string; value: number; words: number }[] {
  const words = run.toLowerCase().split(/(?:\s+and\s+|[\s-]+)/);
  const found: { text: string; value: number; words: number }[] = [];
  let total = 0;
  let current = 0;
  let used: string[] = [];
  // Which kind of word may come next without starting a new figure.
  let last: "ones" | "teens" | "tens" | "hundred" | "scale" | null = null;
  const flush = () => {
    if (used.length > 0) found.push({ text: used.join(" "), value: total + current, words: used.length });
    total = 0;
    current = 0;
    used = [];
    last = null;
  };
  for (const w of words) {
    if (w in EN_ONES) {
      if (last === "ones" || last === "teens") flush();
      current += EN_ONES[w]!;
      last = "ones";
    } else if (w in EN_TEENS) {
      if (last === "ones" || last === "teens" || last === "tens") flush();
      current += EN_TEENS[w]!;
      last = "teens";
    } else if (w in EN_TENS) {
      if (last === "ones" || last === "teens" || last === "tens") flush();
      current += EN_TENS[w]!;
      last = "tens";
    } else if (w === "hundred") {
      if (last === "hundred") flush();
      current = (current || 1) * 100;
      last = "hundred";
    } else {
      total += (current || 1) * SCALES[w]!;
      current = 0;
      last = "scale";
    }
    used.push(w);
  }
  flush();
  return found;
}

export interface FoundNumber {
  text: string;
  /** The figure as written, before any scale word after it. */
  value: number;
  /** Decimals as written, for rounding tolerance. */
  decimals: number;
  /** A scale word after the figure (万 = 1e4, 亿 = 1e8, million = 1e6); absent = 1. */
  scale?: number;
}

function scaleAfter(after: string): { scale: number; wan: boolean } | null {
  const m = SCALE_AFTER.exec(after);
  if (!m) return null;
  const word = (m[1] ?? m[2] ?? m[3]!).toLowerCase();
  return { scale: SCALES[word]!, wan: m[1] !== undefined };
}

export function numbersIn(input: string): FoundNumber[] {
  const text = normaliseText(input);
  const found: FoundNumber[] = [];
  const push = (raw: string, value: number, decimals: number, after: string) => {
    const s = scaleAfter(after);
    found.push({ text: raw, value, decimals, ...(s ? { scale: s.scale } : {}) });
  };
  for (const m of text.matchAll(ARABIC)) {
    const raw = m[0];
    const before = text[m.index - 1] ?? "";
    // Part of a word or code (S.QUALITY, v1, ISO9001 stays a number: it is checked like any other).
    if (/[A-Za-z_]/.test(before) && !/\s/.test(before)) continue;
    const plain = raw.replace(/,/g, "");
    push(raw, Number(plain), plain.includes(".") ? plain.split(".")[1]!.length : 0, text.slice(m.index + raw.length));
  }
  for (const m of text.matchAll(CN_TOKEN)) {
    const token = m[0];
    const before = text[m.index - 1] ?? "";
    const after = text.slice(m.index + token.length);
    if (CN_IDIOMS.has(token)) continue;
    if (before === "第") continue; // ordinals: 第三方, 第一步
    const hasDigit = [...token].some((c) => c in CN_DIGITS);
    if (!hasDigit) continue; // 十、百、千万 alone
    const positional = /[十百千万亿点]/.test(token);
    if (!positional) {
      if (token.length > 1) continue; // 一一, 三三两两
      if (after.startsWith("级")) continue; // level words are checked on their own
      if (!CN_UNIT_AFTER.test(after)) continue; // 统一, 一体化, 进一步
    }
    const value = parseChineseNumeral(token);
    if (value === null) continue;
    const decimals = token.includes("点") ? token.split("点")[1]!.length : 0;
    push(token, value, decimals, after);
  }
  for (const m of text.matchAll(EN_RUN)) {
    // "1.5 million": the scale word belongs to the figure before it, read above.
    if (/^(?:thousand|million|billion)$/i.test(m[0]) && /\d\s*$/.test(text.slice(0, m.index))) continue;
    const after = text.slice(m.index + m[0].length);
    for (const n of englishNumbers(m[0])) {
      // A lone word below ten is a figure only before a unit: "one of", "a one-off", "three dimensions" are words.
      if (n.words === 1 && n.value < 10 && !EN_UNIT_AFTER.test(after)) continue;
      push(n.text, n.value, 0, after);
    }
  }
  return found;
}

/** Every number in a facts object, from numeric fields and from the text of string fields. */
export function numbersOf(value: unknown, into: number[] = []): number[] {
  if (typeof value === "number" && Number.isFinite(value)) into.push(value);
  else if (typeof value === "string") for (const n of numbersIn(value)) into.push(n.value * (n.scale ?? 1));
  else if (Array.isArray(value)) for (const v of value) numbersOf(v, into);
  else if (value && typeof value === "object") for (const v of Object.values(value)) numbersOf(v, into);
  return into;
}

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

/**
 * Whether a number written with `decimals` decimals is a fair rendering of a fact: the fact itself,
 * or rounded to what was written, in the scale written (15万 for 150,000 yuan, 1.5 million for
 * 1,500,000); a figure in 万 may also copy a fact already given in 万 (costWan).
 */
export function matchesFact(found: FoundNumber, facts: readonly number[]): boolean {
  const close = (a: number, b: number) => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a));
  const scale = found.scale ?? 1;
  const v = Math.abs(found.value);
  return facts.some((f) => {
    const a = Math.abs(f);
    if (close(v, a / scale) || close(v, round(a / scale, found.decimals))) return true;
    if (scale === 1e4 && (close(v, a) || close(v, round(a, found.decimals)))) return true;
    return false;
  });
}
