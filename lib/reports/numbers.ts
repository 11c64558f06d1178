/**
 * Numbers as a reader sees them in report text: Arabic figures (1,234.5) and Chinese numerals
 * (六十二点五, 两万), leaving out words that only look numeric (统一, 第三方, 万一, 十分重要).
 */

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_TOKEN = /[零〇一二两三四五六七八九十百千万]+(?:点[零〇一二三四五六七八九]+)?/g;
const ARABIC = /\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
/** Idioms made of numeral characters. */
const CN_IDIOMS = new Set(["万一", "一一", "千万", "十分", "万万", "一万步"]);
/** After a single numeral character, these make it a figure (一项, 两万元, 三步); otherwise it is a word. */
const CN_UNIT_AFTER = /^(?:分(?![析钟别布散享类级支期])|元|万元|万|项|周|家|个百分点|%|％|倍)/;

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

export interface FoundNumber {
  text: string;
  value: number;
  /** Decimals as written, for rounding tolerance. */
  decimals: number;
}

export function numbersIn(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const m of text.matchAll(ARABIC)) {
    const raw = m[0];
    const before = text[m.index - 1] ?? "";
    // Part of a word or code (S.QUALITY, v1, ISO9001 stays a number: it is checked like any other).
    if (/[A-Za-z_]/.test(before) && !/\s/.test(before)) continue;
    const plain = raw.replace(/,/g, "");
    found.push({ text: raw, value: Number(plain), decimals: plain.includes(".") ? plain.split(".")[1]!.length : 0 });
  }
  for (const m of text.matchAll(CN_TOKEN)) {
    const token = m[0];
    const before = text[m.index - 1] ?? "";
    const after = text.slice(m.index + token.length);
    if (CN_IDIOMS.has(token)) continue;
    if (before === "第") continue; // ordinals: 第三方, 第一步
    const hasDigit = [...token].some((c) => c in CN_DIGITS);
    if (!hasDigit) continue; // 十、百、千万 alone
    const positional = /[十百千万点]/.test(token);
    if (!positional) {
      if (token.length > 1) continue; // 一一, 三三两两
      if (after.startsWith("级")) continue; // level words are checked on their own
      if (!CN_UNIT_AFTER.test(after)) continue; // 统一, 一体化, 进一步
    }
    const value = parseChineseNumeral(token);
    if (value === null) continue;
    const decimals = token.includes("点") ? token.split("点")[1]!.length : 0;
    found.push({ text: token, value, decimals });
  }
  return found;
}

/** Every number in a facts object, from numeric fields and from the text of string fields. */
export function numbersOf(value: unknown, into: number[] = []): number[] {
  if (typeof value === "number" && Number.isFinite(value)) into.push(value);
  else if (typeof value === "string") for (const n of numbersIn(value)) into.push(n.value);
  else if (Array.isArray(value)) for (const v of value) numbersOf(v, into);
  else if (value && typeof value === "object") for (const v of Object.values(value)) numbersOf(v, into);
  return into;
}

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

/**
 * Whether a number written with `decimals` decimals is a fair rendering of a fact: the fact itself,
 * the fact rounded to what was written, or a yuan amount written in 万.
 */
export function matchesFact(found: FoundNumber, facts: readonly number[]): boolean {
  const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  return facts.some((f) => {
    const a = Math.abs(f);
    const v = Math.abs(found.value);
    if (close(v, a) || close(v, round(a, found.decimals))) return true;
    if (a >= 100 && (close(v, a / 10_000) || close(v, round(a / 10_000, found.decimals)))) return true;
    return false;
  });
}
