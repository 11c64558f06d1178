import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { AppError } from "@/lib/errors";
import type { Localized } from "@/lib/i18n/localized";
import { normaliseExtracted } from "./normalise-text";
import { OCR_LIMITS, tooManyScanPages, type OcrLimits, type OcrResult } from "./ocr-limits";

/**
 * Text of a scanned PDF by offline OCR (PaddleOCR PP-OCRv4 models through ONNX Runtime, from the
 * `@gutenye/ocr-*` packages: nothing is downloaded). Runs in a heavy-work thread: each page's scanned
 * picture is taken from the PDF as it is stored (pdf.js decodes it; no renderer needed), scaled to at
 * most OCR_MAX_SIDE pixels, and read line by line, top to bottom.
 */

/** Longest side of a page image given to the model: about 100 dpi of A4, enough for body text (五号 and up); measured on a 150 dpi scan: 1800 px 7.8 s, 1200 px 5.5 s, 960 px 4.0 s a page, all lines right. */
const OCR_MAX_SIDE = 1200;

interface OcrLine {
  text: string;
  mean: number;
  box: number[][];
}
interface OcrEngine {
  detect(imagePath: string): Promise<OcrLine[]>;
}

// One engine per thread: loading the models takes about a second.
let engine: Promise<OcrEngine> | null = null;
function ocrEngine(): Promise<OcrEngine> {
  engine ??= import("@gutenye/ocr-node").then(async (m) => (await m.default.create()) as OcrEngine);
  return engine;
}

function unreadable(message: Localized): AppError {
  return AppError.validation([{ field: "file", message }]);
}

interface PdfImage {
  width: number;
  height: number;
  /** pdf.js ImageKind: 1 = 1 bit grey, 2 = RGB, 3 = RGBA. */
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** Raw pixels as channels per pixel (1 bit grey unpacked to bytes), for sharp. */
export function rawPixels(image: PdfImage): { data: Buffer; channels: 1 | 3 | 4 } {
  const { width, height, kind, data } = image;
  if (kind === 2) return { data: Buffer.from(data.buffer, data.byteOffset, width * height * 3), channels: 3 };
  if (kind === 3) return { data: Buffer.from(data.buffer, data.byteOffset, width * height * 4), channels: 4 };
  // 1 bit per pixel, rows padded to whole bytes; pdf.js has already applied Decode (1 = white).
  const rowBytes = Math.ceil(width / 8);
  const out = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out[y * width + x] = (data[y * rowBytes + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0;
  return { data: out, channels: 1 };
}

export async function ocrPdf(bytes: Uint8Array, limits: OcrLimits = OCR_LIMITS): Promise<OcrResult> {
  const { getDocument, OPS } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const sharp = (await import("sharp")).default;
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const dir = mkdtempSync(path.join(tmpdir(), "shuzhen-ocr-"));
  try {
    if (doc.numPages > limits.maxPages) throw unreadable(tooManyScanPages(doc.numPages, limits.maxPages));
    const ocr = await ocrEngine();
    const pages: string[] = [];
    let confidence = 0;
    let lines = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const ops = await page.getOperatorList();
      // A scan is one picture per page: the largest one is the page.
      let best: PdfImage | null = null;
      for (let i = 0; i < ops.fnArray.length; i++) {
        const op = ops.fnArray[i];
        let image: PdfImage | null = null;
        if (op === OPS.paintImageXObject) {
          const name = (ops.argsArray[i] as [string])[0];
          const objs = name.startsWith("g_") ? page.commonObjs : page.objs;
          image = await new Promise<PdfImage | null>((resolve) => objs.get(name, (v: unknown) => resolve((v as PdfImage | null) ?? null)));
        } else if (op === OPS.paintInlineImageXObject) image = (ops.argsArray[i] as [PdfImage])[0];
        if (image?.data && (!best || image.width * image.height > best.width * best.height)) best = image;
      }
      page.cleanup();
      if (!best) {
        pages.push("");
        continue;
      }
      const { data, channels } = rawPixels(best);
      const file = path.join(dir, `page-${n}.png`);
      const png = await sharp(data, { raw: { width: best.width, height: best.height, channels } })
        .resize({ width: OCR_MAX_SIDE, height: OCR_MAX_SIDE, fit: "inside", withoutEnlargement: true })
        .png()
        .toBuffer();
      writeFileSync(file, png);
      const found = (await ocr.detect(file)).filter((l) => l.text.trim() !== "");
      // Reading order: by the line's top edge, then its left edge.
      found.sort((a, b) => (a.box[0]?.[1] ?? 0) - (b.box[0]?.[1] ?? 0) || (a.box[0]?.[0] ?? 0) - (b.box[0]?.[0] ?? 0));
      for (const l of found) confidence += l.mean;
      lines += found.length;
      pages.push(found.map((l) => l.text).join("\n"));
    }
    const text = normaliseExtracted(pages.join("\n\n").trim());
    if (text.replace(/\s/g, "").length === 0)
      throw unreadable({
        "zh-CN": "该 PDF 没有文字层，文字识别（OCR）也没有找到文字；请上传清晰的扫描件、含文字的 PDF，或该文件的 .txt 文本",
        en: "this PDF has no text layer and text recognition (OCR) found no text in it; upload a clearer scan, a text PDF or a .txt file",
      });
    return { text, pages: doc.numPages, confidence: lines > 0 ? confidence / lines : 0 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await doc.destroy();
  }
}
