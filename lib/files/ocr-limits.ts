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
