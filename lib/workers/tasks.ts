import { parentPort } from "node:worker_threads";
import { AppError, type ErrorText, type FieldIssue } from "@/lib/errors";
import { extractPdfText, type Extracted, type ExtractLimits } from "@/lib/files/extract-text";
import type { OcrLimits, OcrResult } from "@/lib/files/ocr-limits";
import type { XlsxSheet } from "@/lib/files/xlsx";
import type { ReadSheet } from "@/lib/firm-import/sheet";
import { renderAcceptancePdf, type AcceptancePackInput } from "@/lib/pdf/acceptance-document";
import { renderReportPdf, type ReportPdfInput } from "@/lib/pdf/report-document";
import { zip } from "@/lib/pdf/zip";
import { buildPlanHere, type PlanRequest } from "@/lib/recommendations/plan";

/**
 * What runs in the heavy-work threads: pure CPU work on inputs that arrive by message (no database,
 * no request). Each task is a function of its input; errors travel back as AppError fields.
 */
export const TASKS = {
  "pdf.render": async (input: ReportPdfInput): Promise<Uint8Array> => {
    // Structured cloning turns a Buffer into a Uint8Array: pdfkit wants a Buffer.
    const logo = input.brand.logo ? Buffer.from(input.brand.logo) : null;
    return renderReportPdf({ ...input, brand: { ...input.brand, logo } });
  },
  /** A project's acceptance pack: its PDF, the manifest and the files, as one zip (files already compressed are stored). */
  "pack.build": async (input: { pdf: AcceptancePackInput; manifest: string; files: { name: string; data: Uint8Array }[] }): Promise<Uint8Array> => {
    const pdf = await renderAcceptancePdf(input.pdf);
    return zip([
      { name: "acceptance.pdf", data: pdf, store: true },
      { name: "manifest.json", data: Buffer.from(input.manifest, "utf8") },
      ...input.files.map((f) => ({ name: f.name, data: Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength), store: true })),
    ]);
  },
  "pdf.extract": (input: { bytes: Uint8Array; limits: ExtractLimits }): Promise<Extracted> => extractPdfText(input.bytes, input.limits),
  /** OCR of a scan: seconds per page and about 0.5 GB for the models; loaded on first use. */
  "pdf.ocr": async (input: { bytes: Uint8Array; limits: OcrLimits }): Promise<OcrResult> => (await import("@/lib/files/ocr")).ocrPdf(input.bytes, input.limits),
  /** A spreadsheet export: exceljs builds the whole workbook in memory, seconds for a large one. */
  // Loaded on first use: every thread would otherwise load exceljs to render a PDF.
  "xlsx.write": async (input: { sheets: XlsxSheet[] }): Promise<Uint8Array> => (await import("@/lib/files/xlsx")).writeXlsx(input.sheets),
  /** A firm list's first sheet (.xlsx or .csv) as rows: exceljs unzips and parses the whole workbook in memory. */
  "sheet.read": async (input: { bytes: Uint8Array; name: string; maxRows: number }): Promise<ReadSheet> =>
    (await import("@/lib/firm-import/sheet")).readSheet(input),
  /** The exact least-cost plan (HiGHS): up to a second of CPU for a hard firm. */
  "plan.build": (input: PlanRequest) => buildPlanHere(input),
  /** For tests of the pool itself: spins for `ms`, or allocates until the heap limit. */
  "pool.probe": async (input: { spinMs?: number; allocate?: boolean; fail?: string }): Promise<string> => {
    if (input.fail) throw new AppError("validation_failed", input.fail, { issues: [{ field: "probe", message: input.fail }] });
    const until = Date.now() + (input.spinMs ?? 0);
    while (Date.now() < until) {
      /* busy on purpose */
    }
    const hog: number[][] = [];
    while (input.allocate) hog.push(new Array<number>(1_000_000).fill(hog.length));
    return "done";
  },
} as const;

export type Tasks = typeof TASKS;
export type TaskKind = keyof Tasks;
export type TaskInput<K extends TaskKind> = Parameters<Tasks[K]>[0];
export type TaskOutput<K extends TaskKind> = Awaited<ReturnType<Tasks[K]>>;

export interface TaskRequest {
  id: number;
  kind: TaskKind;
  input: unknown;
}
export type TaskReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: { code: string; message: ErrorText; issues: FieldIssue[] } };

if (parentPort) {
  const port = parentPort;
  port.on("message", async (request: TaskRequest) => {
    let reply: TaskReply;
    try {
      const task = TASKS[request.kind] as (input: unknown) => Promise<unknown>;
      reply = { id: request.id, ok: true, value: await task(request.input) };
    } catch (error) {
      reply =
        error instanceof AppError
          ? { id: request.id, ok: false, error: { code: error.code, message: error.text, issues: [...error.issues] } }
          : { id: request.id, ok: false, error: { code: "internal", message: error instanceof Error ? error.message.slice(0, 300) : "failed", issues: [] } };
    }
    const value = reply.ok ? reply.value : null;
    port.postMessage(reply, value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : []);
  });
  // Loaded and listening: the pool starts the clock of the first task now.
  port.postMessage({ ready: true });
}
