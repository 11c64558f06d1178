import path from "node:path";
import PDFDocument from "pdfkit";
import { solidPng } from "./png";

const FONT = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans-sc", "400Regular", "NotoSansSC_400Regular.ttf");

function render(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4" });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    draw(doc);
    doc.end();
  });
}

/** A policy document as a city would publish it: Chinese text in an embedded CJK font. */
export function textPdf(lines: readonly string[]): Promise<Buffer> {
  return render((doc) => {
    doc.registerFont("cjk", FONT).font("cjk").fontSize(12);
    for (const line of lines) doc.text(line);
  });
}

/** A scan: pages that are only pictures, no text layer. */
export function scannedPdf(): Promise<Buffer> {
  return render((doc) => {
    doc.image(solidPng(200, 280, [240, 240, 240]), 50, 50, { width: 480 });
  });
}
