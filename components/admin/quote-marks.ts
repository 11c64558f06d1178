/**
 * The document's text cut into pieces, each condition's quoted words marked, for 文档解读 to highlight
 * them. Text taken from a PDF breaks lines where the page did, so a quote matches across any
 * whitespace; where two quotes overlap the first in the text keeps its mark.
 */

export interface Piece {
  text: string;
  /** The condition whose quote this is, or null for the text between quotes. */
  key: string | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function find(text: string, quote: string): { start: number; end: number } | null {
  const chars = [...quote.replace(/\s+/g, "")];
  if (chars.length === 0) return null;
  const m = new RegExp(chars.map(escape).join("\\s*"), "u").exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

export function markQuotes(text: string, quotes: readonly { key: string; quote: string }[]): Piece[] {
  const found = quotes
    .flatMap((q) => {
      const at = find(text, q.quote);
      return at ? [{ ...at, key: q.key }] : [];
    })
    .sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let at = 0;
  for (const f of found) {
    if (f.start < at) continue;
    if (f.start > at) pieces.push({ text: text.slice(at, f.start), key: null });
    pieces.push({ text: text.slice(f.start, f.end), key: f.key });
    at = f.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), key: null });
  return pieces;
}
