import path from "node:path";
import { AppError } from "@/lib/errors";
import type { Localized } from "@/lib/i18n/localized";
import { messageText } from "@/lib/i18n/translate";
import { normaliseExtracted, normaliseGlyphs } from "./normalise-text";
import { OCR_LIMITS, type OcrResult } from "./ocr-limits";

/**
 * The text of an uploaded document: PDF through pdf.js (text layer only; CJK via its bundled CMaps),
 * with radical glyphs read as characters and wrapped lines joined (normalise-text.ts), plain text as UTF-8. A damaged or encrypted PDF is a clear 4xx;
 * a scan without a text layer is said (`scan`), and read by OCR (ocr.ts) as a job of its own.
 */

const PDFJS_DIR = path.join(process.cwd(), "node_modules", "pdfjs-dist");
/** Fewer visible characters than this per page means a scan (images of pages), not a text PDF. */
const MIN_CHARS_PER_PAGE = 20;

export interface Extracted {
  text: string;
  pages: number;
  /** No text layer: the pages are pictures (text is empty), to be read by OCR. */
  scan?: boolean;
}

/** What one document may cost to read (time and memory are the worker pool's limits). */
export interface ExtractLimits {
  maxPages: number;
  /** Characters of text, all pages together. */
  maxChars: number;
}

export const EXTRACT_LIMITS: ExtractLimits & { timeoutMs: number } = { maxPages: 500, maxChars: 2_000_000, timeoutMs: 30_000 };

function unreadable(message: Localized): AppError {
  return AppError.validation([{ field: "file", message }]);
}

export async function extractPdfText(bytes: Uint8Array, limits: ExtractLimits = EXTRACT_LIMITS): Promise<Extracted> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let doc;
  try {
    doc = await getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: path.join(PDFJS_DIR, "cmaps") + path.sep,
      cMapPacked: true,
      standardFontDataUrl: path.join(PDFJS_DIR, "standard_fonts") + path.sep,
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "PasswordException")
      throw unreadable({ "zh-CN": "该 PDF 设有密码保护，请上传未加密的副本", en: "the PDF is password-protected; upload an unprotected copy" });
    throw unreadable({ "zh-CN": "文件已损坏或不是 PDF，无法读取", en: "the PDF is damaged or not a PDF; it could not be read" });
  }
  try {
    if (doc.numPages > limits.maxPages)
      throw unreadable({
        "zh-CN": `该 PDF 共 ${doc.numPages} 页，最多只能读取 ${limits.maxPages} 页（限制：页数）`,
        en: `the PDF has ${doc.numPages} pages; at most ${limits.maxPages} pages can be read (limit: pages)`,
      });
    const pages: string[] = [];
    let chars = 0;
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      let page = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        page += item.str + (item.hasEOL ? "\n" : "");
      }
      chars += page.length;
      if (chars > limits.maxChars)
        throw unreadable({
          "zh-CN": `该 PDF 的文字超过 ${limits.maxChars} 个字符（限制：文字量）`,
          en: `the PDF holds more than ${limits.maxChars.toLocaleString("en-US")} characters of text (limit: size)`,
        });
      pages.push(page.trim());
    }
    const text = normaliseExtracted(
      pages
        .join("\n\n")
        .replace(/[ \t]+\n/g, "\n")
        .trim(),
    );
    const visible = text.replace(/\s/g, "").length;
    if (visible < MIN_CHARS_PER_PAGE * doc.numPages) return { text: "", pages: doc.numPages, scan: true };
    return { text, pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

export function extractPlainText(bytes: Uint8Array): Extracted {
  const text = normaliseGlyphs(new TextDecoder("utf-8").decode(bytes).replace(/\r\n?/g, "\n").trim());
  if (text.replace(/\s/g, "").length < MIN_CHARS_PER_PAGE)
    throw unreadable({ "zh-CN": "文本文件是空的（或几乎是空的）", en: "the text file is (almost) empty" });
  return { text, pages: 1 };
}

/**
 * A PDF's text read in a worker thread (lib/workers/pool.ts) with limits on pages, text, time and
 * memory, so that a PDF bomb (a small file inflating to 100 MB, thousands of pages) costs that thread
 * at most the limits and never the server; the message names the limit that was hit.
 */
export async function extractPdfTextIsolated(bytes: Uint8Array, limits = EXTRACT_LIMITS): Promise<Extracted> {
  const { heavyWork } = await import("@/lib/workers/pool");
  const { maxPages, maxChars, timeoutMs } = limits;
  return heavyWork()
    .run("pdf.extract", { bytes: new Uint8Array(bytes), limits: { maxPages, maxChars } }, { timeoutMs })
    .catch(async (error: unknown) => Promise.reject(await limitErrorOf(error, timeoutMs)));
}

/** A scan's text by OCR, in a worker thread with its own page and time limits (ocr.ts). */
export async function ocrPdfIsolated(bytes: Uint8Array, limits = OCR_LIMITS): Promise<OcrResult> {
  const { heavyWork } = await import("@/lib/workers/pool");
  return heavyWork()
    .run("pdf.ocr", { bytes: new Uint8Array(bytes), limits: { maxPages: limits.maxPages } }, { timeoutMs: limits.timeoutMs })
    .catch(async (error: unknown) => Promise.reject(await limitErrorOf(error, limits.timeoutMs)));
}

/** A worker pool's failure as the 4xx that names the limit hit; any other error as it is. */
async function limitErrorOf(error: unknown, timeoutMs: number): Promise<unknown> {
  const { PoolError } = await import("@/lib/workers/pool");
  if (!(error instanceof PoolError)) return error;
  if (error.reason === "timeout")
    return unreadable({
      "zh-CN": `读取该 PDF 超过 ${timeoutMs / 1000} 秒，已停止（限制：时间）；请上传更小或更简单的文件，或其 .txt 文本`,
      en: `reading the PDF took longer than ${timeoutMs / 1000} s and was stopped (limit: time); upload a smaller or simpler file, or its text as .txt`,
    });
  if (error.reason === "memory")
    return unreadable({
      "zh-CN": "读取该 PDF 所需的内存超出上限，已停止（限制：内存）；请上传更小或更简单的文件，或其 .txt 文本",
      en: "reading the PDF needed more memory than allowed and was stopped (limit: memory); upload a smaller or simpler file, or its text as .txt",
    });
  if (error.reason === "busy")
    return new AppError(
      "unavailable",
      { "zh-CN": "file：服务器正在读取其他文件，请一分钟后再试", en: "file: the server is reading other documents; try again in a minute" },
      { issues: [{ field: "file", message: messageText("error.busy") }] },
    );
  return unreadable({
    "zh-CN": "无法读取该 PDF（读取程序已停止）；请上传含文字的 PDF，或该文件的 .txt 文本",
    en: "the PDF could not be read (the reader stopped); upload a text PDF or a .txt file of the document",
  });
}
