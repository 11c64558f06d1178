/**
 * Numbers as a reader sees them in report text: Arabic figures (1,234.5, full-width １００), Chinese
 * numerals, also financial ones (六十二点五, 两万, 壹佰万, 一亿二千万), figures with a scale word (15万,
 * 1.5亿, 1.5 million) and English number words (twenty-five, one million), leaving out words that
 * only look numeric (统一, 第三方, 万一, 十分重要, one of, a one-off).
 */

const FINANCIAL: Record<string, string> = {
  壹: "一",
  贰: "二",
  貳: "二",
  叁: "三",
  肆: "四",
  伍: "五",
  陆: "六",
  陸: "六",
  柒: "七",
  捌: "八",
  玖: "九",
  拾: "十",
  佰: "百",
  仟: "千",
  萬: "万",
  億: "亿",
  兩: "两",
};
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
/** Idioms made of numeral characters (千万 and 万万 are read below: 千万不要 is a word, 千万元 a figure). */
const CN_IDIOMS = new Set(["万一", "一一"]);
/** After a single numeral character, these make it a figure (一项, 两万元, 三步); otherwise it is a word. */
const CN_UNIT_AFTER = /^(?:分(?![析钟别布散享类级支期])|元|万元|万|亿|项|周|家|个百分点|%|％|倍)/;
/** A scale word after a figure: the value is the figure times the scale (15万 = 150,000 in 万, 1百万 = 1,000,000). */
const SCALE_AFTER = /^\s*(?:([十百千]*[万亿]+|[十百千]+(?=元))|(thousand|million|billion)\b)/i;
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
/**
 * A numeral of units only (十万, 百万, 千万, 亿; no digit character) is one of the unit: a figure
 * before money (百万元, 千万美元) or before a measure (十年, 百人, 十项; not 分, which makes 十分重要,
 * 百分之, not 月, which makes 十月 a month, and not a year of 百/千/万, which makes 百年老店), or after
 * a money word (补贴百万, 投资约千万).
 * Otherwise it is a word: 千万不要, 万万没想到, 千人千面 and 千家万户 (a numeral after the measure).
 */
const UNIT_ONLY_MONEY = /^(?:元|美元|欧元|日元|港元|块钱|人民币)/;
const UNIT_ONLY_MEASURE = /^(?:个|项|人|名|台|套|家|倍|%|次|件|天|日|周|小时|年)(?![零〇一二两三四五六七八九十百千万亿])/;
const MONEY_BEFORE =
  /(?:补贴|奖励|资助|补助|扶持|投入|投资|资金|费用|成本|预算|金额|产值|营收|收入|利润|销售额|节省|节约|省下|降本|报价|价格|售价|总价|贷款|融资|人民币|RMB|CNY|¥|\$)[约近逾超达为是了共计合总额高最多至少不过的将接大\s]*$/i;
const UNIT_ONLY_END = /^(?:$|[\s，。；：！？、,.;:!?）)」”"]|以上|以下|左右|余|多|级|规模|量级|的)/;

function unitOnlyIsFigure(token: string, before: string, after: string): boolean {
  if (UNIT_ONLY_MONEY.test(after)) return true;
  const m = UNIT_ONLY_MEASURE.exec(after);
  if (m && !(m[0] === "年" && /^[百千万]$/.test(token))) return true;
  return MONEY_BEFORE.test(before) && UNIT_ONLY_END.test(after);
}

/** Letters right before a figure that make it money, not part of a code (RMB200万元, CNY2000000, USD5,000). */
const CURRENCY_WORD = /^(?:RMB|CNY|USD|US|JPY|EUR|HKD|GBP)$/i;
/** Letters right after a figure that make it a code: 5G, 4G, 3D, 4K. */
const CODE_AFTER = /^[GDK]\b/;
/** Standard numbers with their parts and years (ISO 9001:2015, GB/T 23001-2017, IATF 16949) are codes, not figures. */
const STANDARD = /\b(?:ISO|IEC|IATF|GB|GJB|[A-Z]{2}\/T)(?:\/(?:IEC|T|TS|Z))?\s*\d+(?:[-.:]\d+)*/g;
/** A scale word right after a figure (15万, 1.5 million) belongs to it; so does 元 or % after that. */
/** How far back a figure's context is read (a money word, a currency code, a word it is glued to): bounded, so a long text stays linear. */
const LOOK_BACK = 32;
const FIGURE_TAIL = /^\s*(?:[十百千万亿]+|thousand\b|million\b|billion\b)?\s*(?:元|%|yuan\b|percent\b)?/i;

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
const EN_TEENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const EN_WORD = `(?:${[...Object.keys(EN_ONES), ...Object.keys(EN_TEENS), ...Object.keys(EN_TENS), "hundred", "thousand", "million", "billion"].join("|")})`;
const EN_RUN = new RegExp(`\\b${EN_WORD}(?:(?:\\s+and\\s+|[\\s-]+)${EN_WORD})*\\b`, "gi");
/** A figure just before: a 万 or 亿 after it is its scale (15万, 一点五亿, fifteen 万), not a numeral of its own. */
const FIGURE_BEFORE = new RegExp(`(?:[\\d零〇一二两三四五六七八九]|\\b${EN_WORD})\\s*$`, "i");
/** After a lone small word, these make it a figure (three points, one yuan); otherwise it is a word (one of, one-off). */
const EN_UNIT_AFTER =
  /^[\s-]*(?:points?\b|yuan\b|CNY\b|RMB\b|%|percent\b|per cent\b|percentage points?\b|items?\b|weeks?\b|firms?\b|companies\b|enterprises\b|times\b|万|亿)/i;

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
  /** Where the figure starts and ends (after its scale word and 元 or %) in the normalised text. */
  at: number;
  end: number;
}

function scaleAfter(after: string): { scale: number } | null {
  const m = SCALE_AFTER.exec(after);
  if (!m) return null;
  const scale = m[1] !== undefined ? parseChineseNumeral(m[1]) : SCALES[m[2]!.toLowerCase()];
  return scale ? { scale } : null;
}

export function numbersIn(input: string): FoundNumber[] {
  const text = normaliseText(input);
  const found: FoundNumber[] = [];
  const push = (raw: string, value: number, decimals: number, at: number, end: number) => {
    const s = scaleAfter(text.slice(end));
    const tail = FIGURE_TAIL.exec(text.slice(end))![0].length;
    found.push({ text: raw, value, decimals, ...(s ? { scale: s.scale } : {}), at, end: end + tail });
  };
  const codes = [...text.matchAll(STANDARD)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const m of text.matchAll(ARABIC)) {
    const raw = m[0];
    const end = m.index + raw.length;
    if (codes.some(([from, to]) => m.index >= from && m.index < to)) continue;
    // Glued to a word or code (S.QUALITY, v1, ISO9001, MES2, OEE85), unless the word is a currency (RMB200, CNY2000000).
    const word = /[A-Za-z_]+$/.exec(text.slice(Math.max(0, m.index - LOOK_BACK), m.index))?.[0];
    if (word !== undefined && !CURRENCY_WORD.test(word)) continue;
    if (CODE_AFTER.test(text.slice(end))) continue; // 5G, 3D
    const plain = raw.replace(/,/g, "");
    push(raw, Number(plain), plain.includes(".") ? plain.split(".")[1]!.length : 0, m.index, end);
  }
  for (const m of text.matchAll(CN_TOKEN)) {
    const token = m[0];
    const before = text.slice(Math.max(0, m.index - LOOK_BACK), m.index);
    const end = m.index + token.length;
    const after = text.slice(end);
    if (CN_IDIOMS.has(token)) continue;
    if (before.endsWith("第")) continue; // ordinals: 第三方, 第一步
    const hasDigit = [...token].some((c) => c in CN_DIGITS);
    if (!hasDigit) {
      // Units only: the scale of the figure before it (15万, fifteen 万), a word (十分, 千万不要), or one of the unit (百万元).
      if (FIGURE_BEFORE.test(before) || !unitOnlyIsFigure(token, before, after)) continue;
    }
    const positional = /[十百千万亿点]/.test(token);
    if (hasDigit && !positional) {
      if (token.length > 1) continue; // 一一, 三三两两
      if (after.startsWith("级")) continue; // level words are checked on their own
      if (!CN_UNIT_AFTER.test(after)) continue; // 统一, 一体化, 进一步
    }
    const value = parseChineseNumeral(token);
    if (value === null) continue;
    const decimals = token.includes("点") ? token.split("点")[1]!.length : 0;
    push(token, value, decimals, m.index, end);
  }
  for (const m of text.matchAll(EN_RUN)) {
    // "1.5 million": the scale word belongs to the figure before it, read above.
    if (/^(?:thousand|million|billion)$/i.test(m[0]) && /\d\s*$/.test(text.slice(Math.max(0, m.index - LOOK_BACK), m.index))) continue;
    const end = m.index + m[0].length;
    const after = text.slice(end);
    for (const n of englishNumbers(m[0])) {
      // A lone word below ten is a figure only before a unit: "one of", "a one-off", "three dimensions" are words.
      if (n.words === 1 && n.value < 10 && !EN_UNIT_AFTER.test(after)) continue;
      // Each figure of a run is given the run's place (a run is short, and that is enough to say where figures are).
      push(n.text, n.value, 0, m.index, end);
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
