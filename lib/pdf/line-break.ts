/**
 * Line breaking for the PDF: breaks at word boundaries found by Intl.Segmenter (between any two
 * Chinese words, at spaces in English), never puts closing punctuation at the start of a line or
 * opening punctuation at its end (禁则), and splits a word longer than a line by characters. Pure:
 * the caller measures text in its font.
 */

/** May not begin a line. */
const NO_START = new Set([..."，。、；：？！）》」』】〕〉”’·…—%‰℃,.;:?!)]}>'\"-"]);
/** May not end a line. */
const NO_END = new Set([..."（《「『【〔〈“‘([{<"]);

export type Measure = (text: string) => number;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: "word" })));
  return s;
}

const graphemes = (text: string) => [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)].map((g) => g.segment);

/**
 * Units that must stay together: a word with the punctuation that may not be separated from it
 * (closing marks join the unit before, opening marks the unit after).
 */
function units(text: string, locale: string): string[] {
  const raw = [...segmenter(locale).segment(text)].map((s) => s.segment);
  const out: string[] = [];
  let carry = "";
  for (const piece of raw) {
    const first = piece[0] ?? "";
    if (out.length > 0 && !carry && NO_START.has(first) && piece.trim() !== "") {
      out[out.length - 1] += piece;
      continue;
    }
    if ([...piece].every((c) => NO_END.has(c))) {
      carry += piece;
      continue;
    }
    out.push(carry + piece);
    carry = "";
  }
  if (carry) out.push(carry);
  return out;
}

/** Lines of at most `width` (a unit wider than a line is split by characters). */
export function breakLines(text: string, width: number, measure: Measure, locale = "zh-CN"): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const unit of units(paragraph, locale)) {
      const candidate = line + unit;
      if (measure(candidate.trimEnd()) <= width) {
        line = candidate;
        continue;
      }
      if (line.trim() !== "") lines.push(line.trimEnd());
      line = unit.trimStart();
      // A unit longer than a whole line: split it by characters at a cut 禁则 allows; when none
      // fits, the punctuation hangs past the margin rather than starting the next line.
      while (measure(line.trimEnd()) > width) {
        const chars = graphemes(line);
        let fit = chars.length - 1;
        while (fit > 1 && measure(chars.slice(0, fit).join("")) > width) fit--;
        const legal = (n: number) => n >= 1 && n < chars.length && !NO_START.has(chars[n]!) && !NO_END.has(chars[n - 1]!);
        let cut = fit;
        while (cut >= 1 && !legal(cut)) cut--;
        if (cut < 1) {
          cut = fit + 1;
          while (cut < chars.length && !legal(cut)) cut++;
          if (cut >= chars.length) break;
        }
        lines.push(chars.slice(0, cut).join(""));
        line = chars.slice(cut).join("");
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
