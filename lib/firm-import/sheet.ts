import { zipTotals } from "@/lib/files/zip-limits";
import ExcelJS from "exceljs";
import { AppError } from "@/lib/errors";
import { decodeCsv, parseCsv, type CsvEncoding } from "./csv";
import type { Cell } from "./rows";

/**
 * A firm list's first sheet as rows of text and numbers, from .xlsx or .csv. Runs in a heavy-work
 * thread (lib/workers/tasks.ts): a large workbook costs that thread, not the server. Formulas are never
 * evaluated: a formula cell gives the result Excel saved with it; text that starts with "=" is text.
 */

export interface ReadSheet {
  format: "xlsx" | "csv";
  encoding: CsvEncoding | null;
  /** The sheet's rows from its first (the header) on; at most `maxRows` + 1 rows are returned. */
  rows: Cell[][];
  /** The sheet row number of rows[0] (a workbook may start lower down). */
  firstRow: number;
  /** Whether the sheet has more data rows than `maxRows`. */
  tooMany: boolean;
}

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const starts = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

const unreadable = (en: string, zh: string) => AppError.validation([{ field: "file", message: { "zh-CN": zh, en } }]);

/** An exceljs cell value as text or a number: formulas give their saved result, rich text its text, dates their day. */
export function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("formula" in v || "sharedFormula" in v) return cellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
    if ("hyperlink" in v) return cellValue((v as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
    if ("error" in v) return null;
  }
  return null;
}

/** A 5,000-row firm list inflates to a few MB; anything far beyond is not one. */
const MAX_INFLATED_BYTES = 60_000_000;
const MAX_ZIP_ENTRIES = 400;

export async function readSheet(input: { bytes: Uint8Array; name: string; maxRows: number }): Promise<ReadSheet> {
  const { bytes, maxRows } = input;
  if (starts(bytes, OLE_MAGIC))
    throw unreadable("an old .xls workbook: save it as .xlsx or .csv", "这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 .csv 后再导入");
  if (starts(bytes, XLSX_MAGIC)) {
    // Declared sizes first: exceljs inflates every part whole, so a small file could ask for gigabytes.
    const totals = zipTotals(bytes);
    if (!totals || totals.entries > MAX_ZIP_ENTRIES || totals.uncompressedBytes > MAX_INFLATED_BYTES)
      throw unreadable(
        `a workbook that would inflate beyond ${MAX_INFLATED_BYTES / 1_000_000} MB or ${MAX_ZIP_ENTRIES} parts: save only the firm list as .xlsx or .csv`,
        `该工作簿解压后超过 ${MAX_INFLATED_BYTES / 1_000_000} MB 或 ${MAX_ZIP_ENTRIES} 个部件，请只保存企业名单后再导入（.xlsx 或 .csv）`,
      );
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
    } catch {
      throw unreadable("not a readable .xlsx workbook", "无法读取该 .xlsx 文件");
    }
    const sheet = book.worksheets[0];
    if (!sheet) throw unreadable("the workbook has no sheet", "工作簿中没有工作表");
    const rows: Cell[][] = [];
    let firstRow = 0;
    let tooMany = false;
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      if (tooMany) return;
      if (rows.length === 0) firstRow = number;
      // Blank rows in between keep their place, so that rows[i] is sheet row firstRow + i.
      while (firstRow + rows.length < number && rows.length <= maxRows) rows.push([]);
      if (rows.length > maxRows) {
        tooMany = true;
        return;
      }
      const values: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        values[col - 1] = cellValue(cell.value);
      });
      rows.push(Array.from(values, (c) => c ?? null));
    });
    return { format: "xlsx", encoding: null, rows, firstRow, tooMany };
  }
  if (bytes.subarray(0, 512).includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe)) throw unreadable("not an .xlsx or .csv file", "不是 .xlsx 或 .csv 文件");
  const { text, encoding } = decodeCsv(bytes);
  const rows = parseCsv(text, maxRows + 2);
  return { format: "csv", encoding, rows: rows.slice(0, maxRows + 1), firstRow: 1, tooMany: rows.length > maxRows + 1 };
}
