/**
 * Text as a PDF's text layer gives it, made readable: fonts that map glyphs to Kangxi radicals
 * (⼯ U+2F2F for 工) or CJK radical supplements (⻓ for 长) are read as the characters they show, and
 * lines a page wrapped are joined again (a line break between two Chinese characters is layout, not
 * meaning), while paragraph breaks, list items and sentence ends stay. Pure.
 */

/** Radical supplements that stand alone as characters in simplified text (no Unicode decomposition). */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  "⺠": "民",
  "⻄": "西",
  "⻅": "见",
  "⻆": "角",
  "⻈": "讠",
  "⻉": "贝",
  "⻋": "车",
  "⻐": "钅",
  "⻑": "長",
  "⻓": "长",
  "⻔": "门",
  "⻘": "青",
  "⻙": "韦",
  "⻚": "页",
  "⻛": "风",
  "⻜": "飞",
  "⻝": "食",
  "⻢": "马",
  "⻣": "骨",
  "⻤": "鬼",
  "⻥": "鱼",
  "⻦": "鸟",
  "⻧": "卤",
  "⻨": "麦",
  "⻩": "黄",
  "⻬": "齐",
  "⻮": "齿",
  "⻰": "龙",
  "⻳": "龟",
  "⺟": "母",
};

/** Kangxi radicals (U+2F00–U+2FDF) and CJK compatibility ideographs (U+F900–U+FAFF) by their compatibility form. */
const COMPATIBLE = /[\u2F00-\u2FDF\uF900-\uFAFF]/g;
const RADICAL_SUPPLEMENT = /[\u2E80-\u2EFF]/g;

export function normaliseGlyphs(text: string): string {
  // Character by character: NFKC on the whole text would also turn Chinese punctuation (，：) into ASCII.
  return text.replace(COMPATIBLE, (c) => c.normalize("NFKC")).replace(RADICAL_SUPPLEMENT, (c) => SUPPLEMENT[c] ?? c);
}

const HAN = /\p{Script=Han}/u;
/** A line that ends a sentence or a heading: the break after it is meant. */
const ENDS = /[。！？；：!?;:」』》）)]$/;
/** A line that starts an item: 一、 （一） 1. 1、 第一条 (1) ① … */
const STARTS_ITEM = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\(\d+\)|\d+[.、．]|第[一二三四五六七八九十百\d]+[条章节款]|[①-⑳]|附件)/;

/**
 * Lines joined where the page wrapped them: the previous line ends in a Chinese character (no
 * sentence end), is about as long as the document's full lines, and the next starts with one and is
 * not a new item. Short lines (titles, signatures, dates) keep their breaks.
 */
export function joinWrappedLines(text: string): string {
  const lines = text.split("\n");
  const lengths = lines
    .map((l) => [...l.trim()].length)
    .filter((n) => n >= 20)
    .sort((a, b) => a - b);
  // The width of a full line: the upper quartile of the lines of some length.
  const full = lengths.length > 0 ? lengths[Math.floor(lengths.length * 0.75)]! : Infinity;
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    const previous = out[out.length - 1];
    if (
      previous !== undefined &&
      line.length > 0 &&
      previous.length > 0 &&
      [...previous].length >= Math.max(20, full * 0.8) &&
      HAN.test(previous.slice(-1)) &&
      !ENDS.test(previous) &&
      HAN.test(line[0]!) &&
      !STARTS_ITEM.test(line)
    ) {
      out[out.length - 1] = previous + line;
    } else out.push(line);
  }
  return out.join("\n");
}

export function normaliseExtracted(text: string): string {
  return joinWrappedLines(normaliseGlyphs(text));
}

/** Words a policy document's title ends with. */
const TITLE_END = /(?:通知|办法|方案|细则|措施|指南|意见|规定|政策|决定|规划|计划|公告|通告|》)$/;
const TITLE_WORD = /关于|办法|方案|细则|措施|指南|意见|规定|通知|政策/;

/**
 * A document's title: the first line among the first few that reads as one (关于…的通知, …实施方案),
 * joined with the lines it was broken over (a centred title wraps on short lines); else the first
 * line of some length.
 */
export function documentTitle(text: string, fallback = "未命名政策"): string {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .slice(0, 20);
  const at = lines.findIndex((l) => TITLE_WORD.test(l) && !/[。；]/.test(l) && [...l].length <= 80);
  if (at >= 0) {
    let title = lines[at]!;
    for (let i = at + 1; i < lines.length && !TITLE_END.test(title) && i <= at + 3; i++) {
      const next = lines[i]!;
      if (/[。；，]/.test(next) || [...(title + next)].length > 100) break;
      title += next;
    }
    return title.slice(0, 120);
  }
  return (lines.find((l) => [...l].length >= 4) ?? "").slice(0, 120) || fallback;
}
