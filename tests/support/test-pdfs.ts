import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deflateSync } from "node:zlib";
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

/**
 * A real scan of printed text: the text PDF rasterised at 150 dpi in grey (poppler's pdftoppm) and
 * each page put back as a picture only, as a scanner's PDF is: no text layer, words in pixels.
 */
export async function scannedTextPdf(lines: readonly string[]): Promise<Buffer> {
  const dir = mkdtempSync(path.join(tmpdir(), "scan-"));
  try {
    writeFileSync(path.join(dir, "text.pdf"), await textPdf(lines));
    execFileSync("pdftoppm", ["-r", "150", "-gray", "-png", path.join(dir, "text.pdf"), path.join(dir, "page")]);
    const pages = readdirSync(dir)
      .filter((f) => f.startsWith("page"))
      .sort()
      .map((f) => readFileSync(path.join(dir, f)));
    return await render((doc) => {
      pages.forEach((png, i) => {
        if (i > 0) doc.addPage();
        doc.image(png, 0, 0, { width: doc.page.width, height: doc.page.height });
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A hand-written PDF: `pages` page objects sharing one content stream (Flate-compressed). */
function rawPdf(pages: number, content: Buffer): Buffer {
  const stream = deflateSync(content);
  const kids = Array.from({ length: pages }, (_, i) => `${i + 5} 0 R`).join(" ");
  const objects: (string | Buffer)[] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from("\nendstream")]),
    ...Array.from({ length: pages }, () => "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"),
  ];
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n")];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((body, i) => {
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body), Buffer.from("\nendobj\n")]);
    offsets.push(at);
    parts.push(chunk);
    at += chunk.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** A PDF bomb: a few hundred KB whose one page inflates to `mb` MB of drawing operators. */
export function bombPdf(mb: number): Buffer {
  return rawPdf(1, Buffer.from("BT /F1 12 Tf (Zhengzhou) Tj ET\n" + "0 0 Td ".repeat(Math.floor((mb * 1024 * 1024) / 7))));
}

/** A text PDF of `pages` identical pages. */
export function manyPagesPdf(pages: number): Buffer {
  return rawPdf(pages, Buffer.from("BT /F1 12 Tf 72 700 Td (Policy text of this page, long enough to count as text.) Tj ET"));
}
