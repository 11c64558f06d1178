import PDFDocument from "pdfkit";

/** Whether the PDF writer can embed the image (a truncated PNG would otherwise break every report PDF). */
export function embeddableImage(bytes: Buffer): boolean {
  try {
    // openImage parses the whole image; @types/pdfkit does not declare it.
    (new PDFDocument({ autoFirstPage: false }) as unknown as { openImage(src: Buffer): unknown }).openImage(bytes);
    return true;
  } catch {
    return false;
  }
}
