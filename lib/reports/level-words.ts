/**
 * Level words as a reader sees them, in every form a writer might use: 一级, 1级, 第一级, 未达一级,
 * 四 级, 第 四 级, 四級, IV级 (Ⅳ级), Level 1, level one, level I, level-4, Lv4, L1, the first level,
 * below level 1 (financial numerals, full-width digits and Roman numeral signs are folded first by
 * normaliseText). Each is replaced by one marker holding its level, so the checks read one form and
 * the level's digit is never taken for a figure.
 */

const ZH: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4 };
const EN: Record<string, number> = { zero: 0, one: 1, two: 2, three: 3, four: 4, i: 1, ii: 2, iii: 3, iv: 4, first: 1, second: 2, third: 3, fourth: 4 };

/** Spaces a writer may put inside a level word (四 级, 第 四 级); U+3000 is kept by normaliseText. */
const SP = String.raw`[ \t\u3000]*`;
/** 级 or its traditional form 級. */
const JI = "[级級]";

const LEVEL_WORD = new RegExp(
  [
    String.raw`(?<zero>(?:尚?未达到?|尚未)${SP}一${SP}${JI}|below\s+level[\s-]*(?:1|one|i)\b)`,
    // Not the tail of a bigger numeral (十四级, 14级).
    String.raw`(?<![\d.零〇一二两三四五六七八九十百千万亿点])(?:第${SP})?(?<zh>[零〇一二三四0-4])${SP}${JI}`,
    // Roman numerals (Ⅳ级 is IV级 once normalised), not the tail of a word.
    String.raw`(?<![A-Za-z])(?:第${SP})?(?<roman>IV|I{1,3})${SP}${JI}`,
    String.raw`\b(?:level|lv\.?)[\s-]*(?<en>[0-4]|zero|one|two|three|four|iv|i{1,3})\b`,
    String.raw`\bL(?<short>[0-4])\b`,
    String.raw`\b(?<ord>first|second|third|fourth)[\s-]+level\b`,
  ].join("|"),
  "giu",
);

const MARK_START = "\uE000";
const MARK_END = "\uE001";
/** Letters, not digits, inside the marker: a marked level is never read as a number. */
const MARK_LETTERS = "abcde";
const MARK_LENGTH = 3;
export const markedLevel = (letter: string) => MARK_LETTERS.indexOf(letter);

export interface LevelMention {
  text: string;
  level: number;
  /** Where its marker starts in the marked text. */
  at: number;
  /** Where the word starts in the text that was marked. */
  from: number;
}

function levelOf(groups: Record<string, string | undefined>): number {
  if (groups.zero !== undefined) return 0;
  const zh = groups.zh;
  if (zh !== undefined) return zh in ZH ? ZH[zh]! : Number(zh);
  const en = (groups.en ?? groups.roman ?? groups.short ?? groups.ord)!.toLowerCase();
  return en in EN ? EN[en]! : Number(en);
}

/** The text with every level word replaced by its marker, and the words found. Expects normalised text. */
export function markLevels(text: string): { marked: string; mentions: LevelMention[] } {
  const mentions: LevelMention[] = [];
  let shift = 0;
  const marked = text.replace(LEVEL_WORD, (...args: unknown[]) => {
    const word = args[0] as string;
    const offset = args.at(-3) as number;
    const level = levelOf(args.at(-1) as Record<string, string | undefined>);
    mentions.push({ text: word, level, at: offset - shift, from: offset });
    shift += word.length - MARK_LENGTH;
    return `${MARK_START}${MARK_LETTERS[level]}${MARK_END}`;
  });
  return { marked, mentions };
}

/** A stretch of marked text (starting at `from`) as it was written, for messages. */
export function unmark(stretch: string, from: number, mentions: readonly LevelMention[]): string {
  return stretch.replace(/\uE000[a-e]\uE001/g, (mark, offset: number) => mentions.find((m) => m.at === from + offset)?.text ?? mark);
}
