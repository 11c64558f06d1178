import type { Cell } from "./rows";

/**
 * A CSV file as Excel in China saves it: UTF-8 with or without a BOM, or GB18030/GBK (Excel's "CSV"
 * on a Chinese Windows), UTF-16 with a BOM ("Unicode text", tab-separated); commas, tabs or
 * semicolons; quoted cells with doubled quotes and line breaks. Nothing in a cell is evaluated. Pure.
 */

export type CsvEncoding = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

/** The text of the file and the encoding it was read as. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    // Valid UTF-8 is taken as UTF-8: GBK text is almost never valid UTF-8 (its lead bytes 0x81–0xFE pair with 0x40–0xFE).
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

/** The separator the first line uses most (outside quotes): comma, tab or semicolon. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    ["\t", 0],
    [";", 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![1] > 0 ? [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0] : ",";
}

/** Rows of cells (RFC 4180): quotes around a cell, "" for a quote inside, line breaks inside quotes. Stops after `maxRows` rows. */
export function parseCsv(text: string, maxRows = Infinity): Cell[][] {
  const delimiter = detectDelimiter(text);
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length && rows.length < maxRows) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell.trim() === "") {
      cell = "";
      quoted = true;
    } else if (ch === delimiter) endCell();
    else if (ch === "\r" || ch === "\n") {
      endRow();
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else cell += ch;
    i++;
  }
  if ((cell !== "" || row.length > 0) && rows.length < maxRows) endRow();
  return rows;
}
