/**
 * Line breaking for the PDF: between any two Chinese characters (as Chinese typesetting does) and at
 * spaces in Latin text, on Intl.Segmenter's grapheme clusters; never closing punctuation at the start
 * of a line or opening punctuation at its end (禁则); a word longer than a line is split by
 * characters. Pure: the caller measures text in its font.
 */

/** May not begin a line. */
const NO_START = new Set([..."，。、；：？！）》」』】〕〉”’·…—%‰℃,.;:?!)]}>'\"-"]);
/** May not end a line. */
const NO_END = new Set([..."（《「『【〔〈“‘([{<"]);

export type Measure = (text: string) => number;

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const graphemes = (text: string) => Array.from(graphemeSegmenter.segment(text), (g) => g.segment);

/** Han, kana, hangul and full-width forms: a line may break before or after any of them. */
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[\ud840-\ud87f][\udc00-\udfff]/;

/**
 * Units that must stay together: one CJK character, or a run of other characters up to a space (a
 * Latin word or a number), with the punctuation that may not be separated from it (closing marks
 * join the unit before, opening marks the unit after). Characters come from Intl.Segmenter's
 * grapheme clusters, so combining marks and emoji stay whole.
 */
function units(text: string): string[] {
  const out: string[] = [];
  let word = "";
  let carry = "";
  const push = (unit: string) => {
    if (out.length > 0 && !carry && NO_START.has(unit[0] ?? "")) out[out.length - 1] += unit;
    else out.push(carry + unit);
    carry = "";
  };
  const flushWord = () => {
    if (word) push(word);
    word = "";
  };
  for (const g of graphemes(text)) {
    if (g === " " || g === "\t") {
      if (word) word += g;
      else if (out.length > 0 && !carry) out[out.length - 1] += g;
      else carry += g;
      continue;
    }
    if (word.endsWith(" ") || word.endsWith("\t")) flushWord();
    if (NO_END.has(g)) {
      flushWord();
      carry += g;
    } else if (CJK.test(g) || NO_START.has(g)) {
      if (NO_START.has(g) && word && !/[\s]$/.test(word)) {
        word += g; // "points)." stays with its word
        continue;
      }
      flushWord();
      push(g);
    } else word += g;
  }
  flushWord();
  if (carry) out.push(carry);
  return out;
}

/**
 * Splits a unit wider than a line by characters, at cuts 禁则 allows; when none fits, the punctuation
 * hangs past the margin rather than starting the next line. Each grapheme is measured once and every
 * search is bounded by what it consumes, so the cost is linear in the text (a 16k-character run of
 * one "word" took seconds when each cut re-measured the rest).
 * Returns the full lines and what remains for the next one.
 */
function splitLong(unit: string, width: number, measure: Measure): { full: string[]; rest: string } {
  const chars = graphemes(unit);
  const widths = chars.map((c) => measure(c));
  const legal = (n: number) => !NO_START.has(chars[n]!) && !NO_END.has(chars[n - 1]!);
  const full: string[] = [];
  let start = 0;
  for (;;) {
    // The visible rest (trailing spaces hang) fits: it stays as the current line.
    let end = chars.length;
    while (end > start && (chars[end - 1] === " " || chars[end - 1] === "\t")) end--;
    let restWidth = 0;
    for (let i = start; i < end && restWidth <= width; i++) restWidth += widths[i]!;
    if (restWidth <= width) break;
    let fit = start;
    let used = 0;
    while (fit < end && used + widths[fit]! <= width) used += widths[fit++]!;
    fit = Math.max(fit, start + 1);
    let cut = fit;
    while (cut > start && !legal(cut)) cut--;
    if (cut <= start) {
      cut = fit + 1;
      while (cut < chars.length && !legal(cut)) cut++;
      if (cut >= chars.length) break;
    }
    full.push(chars.slice(start, cut).join(""));
    start = cut;
  }
  return { full, rest: chars.slice(start).join("") };
}

/** Lines of at most `width` (a unit wider than a line is split by characters). */
export function breakLines(text: string, width: number, measure: Measure): string[] {
  // Most table cells and headings fit as they are: no segmentation needed.
  if (!text.includes("\n") && measure(text) <= width) return [text];
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    // Widths add up unit by unit (no kerning across units), so each unit is measured once.
    let lineWidth = 0;
    for (const unit of units(paragraph)) {
      const unitWidth = measure(unit);
      const trailing = unit.endsWith(" ") ? unitWidth - measure(unit.trimEnd()) : 0;
      if (lineWidth + unitWidth - trailing <= width) {
        line += unit;
        lineWidth += unitWidth;
        continue;
      }
      if (line.trim() !== "") lines.push(line.trimEnd());
      line = unit.trimStart();
      lineWidth = line === unit ? unitWidth : measure(line);
      if (lineWidth - trailing > width) {
        const { full, rest } = splitLong(line, width, measure);
        lines.push(...full);
        line = rest;
        lineWidth = measure(line);
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
