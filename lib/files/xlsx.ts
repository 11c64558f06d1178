import ExcelJS from "exceljs";

/**
 * Spreadsheets as city offices use them (.xlsx, through exceljs): one sheet per table, a bold frozen
 * header, column widths, and text that starts like a formula kept as text. Writing runs in a
 * heavy-work thread (lib/workers/tasks.ts): a large export costs that thread, not the server.
 */

export type XlsxCell = string | number | null;

export interface XlsxSheet {
  name: string;
  header: string[];
  rows: XlsxCell[][];
  widths?: number[];
}

export async function writeXlsx(sheets: readonly XlsxSheet[], creator = "数诊 Shuzhen"): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = creator;
  book.created = new Date();
  for (const s of sheets) {
    const sheet = book.addWorksheet(s.name.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRow(s.header).font = { bold: true };
    for (const row of s.rows) sheet.addRow(row.map((c) => c ?? null));
    s.widths?.forEach((w, i) => {
      sheet.getColumn(i + 1).width = w;
    });
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The sheets of a workbook as text and numbers (tests, and imports later). */
export async function readXlsx(bytes: Uint8Array): Promise<{ name: string; rows: XlsxCell[][] }[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book.worksheets.map((sheet) => {
    const rows: XlsxCell[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values = row.values as unknown[];
      rows.push(values.slice(1).map((v) => (typeof v === "number" || typeof v === "string" ? v : v == null ? null : String(v))));
    });
    return { name: sheet.name, rows };
  });
}
