import path from "node:path";
import { AppError } from "@/lib/errors";

/**
 * The text of an uploaded document: PDF through pdf.js (text layer only; CJK via its bundled CMaps),
 * plain text as UTF-8. A damaged or encrypted PDF, or a scan without a text layer, is a clear 4xx —
 * there is no OCR here.
 */

const PDFJS_DIR = path.join(process.cwd(), "node_modules", "pdfjs-dist");
/** Fewer visible characters than this per page means a scan (images of pages), not a text PDF. */
const MIN_CHARS_PER_PAGE = 20;

export interface Extracted {
  text: string;
  pages: number;
}

function unreadable(message: string): AppError {
  return new AppError("validation_failed", `file: ${message}`, { issues: [{ field: "file", message }] });
}

export async function extractPdfText(bytes: Uint8Array): Promise<Extracted> {
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
    if (name === "PasswordException") throw unreadable("the PDF is password-protected; upload an unprotected copy");
    throw unreadable("the PDF is damaged or not a PDF; it could not be read");
  }
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      let page = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        page += item.str + (item.hasEOL ? "\n" : "");
      }
      pages.push(page.trim());
    }
    const text = pages.join("\n\n").replace(/[ \t]+\n/g, "\n").trim();
    const visible = text.replace(/\s/g, "").length;
    if (visible < MIN_CHARS_PER_PAGE * doc.numPages) {
      throw unreadable("this PDF has no text layer (a scan?); text recognition (OCR) is not available — upload a text PDF or a .txt file of the document");
    }
    return { text, pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

export function extractPlainText(bytes: Uint8Array): Extracted {
  const text = new TextDecoder("utf-8").decode(bytes).replace(/\r\n?/g, "\n").trim();
  if (text.replace(/\s/g, "").length < MIN_CHARS_PER_PAGE) throw unreadable("the text file is (almost) empty");
  return { text, pages: 1 };
}
