import type { Localized } from "@/lib/i18n/localized";

/**
 * What OCR of a scan may cost and what it gives (ocr.ts), apart from it: the server's bundle reads
 * these, and must never pull in the OCR runtime, which only the heavy-work threads load.
 */
export interface OcrLimits {
  /** Pages read at most: about 3–5 s each on one core here. */
  maxPages: number;
}
export const OCR_LIMITS: OcrLimits & { timeoutMs: number } = { maxPages: 10, timeoutMs: 120_000 };

export interface OcrResult {
  text: string;
  pages: number;
  /** The recogniser's mean confidence over all lines, 0–1. */
  confidence: number;
}

/** The one refusal of a scan longer than OCR reads, at upload and in the reading thread. */
export function tooManyScanPages(pages: number, max = OCR_LIMITS.maxPages): Localized {
  return {
    "zh-CN": `该扫描件共 ${pages} 页，文字识别最多读取 ${max} 页（限制：页数）；请拆分文件，或上传含文字的 PDF`,
    en: `the scan has ${pages} pages; text recognition reads at most ${max} (limit: pages); split the file or upload a text PDF`,
  };
}
