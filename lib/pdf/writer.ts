import PDFDocument from "pdfkit";
import { pdfFonts } from "./fonts";
import { breakLines } from "./line-break";

/**
 * A small flow layout on pdfkit: a cursor that moves down the page, headings, wrapped paragraphs
 * (our line breaking), lists and tables that continue on the next page, running headers and page
 * numbers added once the page count is known. A4, points.
 */

export const PAGE = { width: 595.28, height: 841.89, left: 56, right: 56, top: 70, bottom: 64 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export interface Palette {
  ink: string;
  muted: string;
  rule: string;
  primary: string;
  accent: string;
  zebra: string;
}

export interface TableColumn {
  header: string;
  width: number;
  align?: "left" | "right" | "center";
}

/** How full each page is, for the page-fill check: the lowest point used in the content area. */
export interface PageMetrics {
  /** 1-based page number. */
  page: number;
  /** Share of the content height (top margin to bottom margin) used, 0–1. */
  fill: number;
  cover: boolean;
  /** The page ends a chapter (its last page may be short). */
  chapterEnd: boolean;
}

export interface WriterOptions {
  locale: "zh-CN" | "en";
  palette: Palette;
  info: { title: string; author: string; subject: string; keywords: string };
}

type Weight = "regular" | "bold";

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly locale: "zh-CN" | "en";
  readonly palette: Palette;
  y: number = PAGE.top;
  /** The page being written (pdfkit's own index is the last page, even after switchToPage). */
  private page = 0;
  /** Per page: lowest y written to; pages that end a chapter; the cover. */
  private readonly used: number[] = [PAGE.top];
  private readonly chapterEnds = new Set<number>();
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(options: WriterOptions) {
    this.locale = options.locale;
    this.palette = options.palette;
    // No font in the constructor: pdfkit would load its default font first, then ours.
    this.doc = new PDFDocument({
      size: "A4",
      margins: { top: PAGE.top, bottom: 0, left: PAGE.left, right: PAGE.right },
      bufferPages: true,
      autoFirstPage: true,
      info: {
        Title: options.info.title,
        Author: options.info.author,
        Subject: options.info.subject,
        Keywords: options.info.keywords,
        Creator: "Shuzhen 数诊",
        Producer: "Shuzhen 数诊 (pdfkit)",
      },
      lang: options.locale,
      displayTitle: true,
    });
    const { regular, bold } = pdfFonts();
    // pdfkit's types want a path or bytes; at run time it also takes a parsed fontkit font.
    this.doc.registerFont("regular", regular.font as unknown as Buffer);
    this.doc.registerFont("bold", bold.font as unknown as Buffer);
    this.doc.font("regular");
    this.doc.on("data", (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.doc.on("end", () => resolve(Buffer.concat(this.chunks)));
      this.doc.on("error", reject);
    });
  }

  get bottom(): number {
    return PAGE.height - PAGE.bottom;
  }

  /** 0-based index of the current page. */
  get pageIndex(): number {
    return this.page;
  }

  get pageCount(): number {
    return this.doc.bufferedPageRange().count;
  }

  /** Room left on the page below the cursor. */
  get remaining(): number {
    return this.bottom - this.y;
  }

  addPage(): void {
    this.touch(this.y);
    this.doc.addPage();
    this.page = this.pageCount - 1;
    this.used[this.page] = PAGE.top;
    this.y = PAGE.top;
  }

  /** Back to an earlier page (the contents, filled in last). */
  goToPage(index: number, y: number): void {
    this.touch(this.y);
    this.doc.switchToPage(index);
    this.page = index;
    this.y = y;
  }

  /** Records that something was drawn down to `y` on the current page. */
  touch(y: number): void {
    this.used[this.page] = Math.max(this.used[this.page] ?? PAGE.top, Math.min(y, this.bottom));
  }

  /** The current page is a chapter's last: the page-fill rule lets it be short. */
  endChapter(): void {
    this.touch(this.y);
    this.chapterEnds.add(this.page);
  }

  metrics(): PageMetrics[] {
    this.touch(this.y);
    const height = this.bottom - PAGE.top;
    return Array.from({ length: this.pageCount }, (_, i) => ({
      page: i + 1,
      fill: Math.round((((this.used[i] ?? PAGE.top) - PAGE.top) / height) * 1000) / 1000,
      cover: i === 0,
      chapterEnd: this.chapterEnds.has(i) || i === this.pageCount - 1,
    }));
  }

  ensure(height: number): void {
    if (this.y + height > this.bottom) this.addPage();
  }

  measure(text: string, size: number, weight: Weight = "regular"): number {
    return this.cachedWidth(text, size, weight);
  }

  /** Text widths from glyph advances, cached per character for the process. */
  private cachedWidth(text: string, size: number, weight: Weight): number {
    return pdfFonts()[weight].widthAt1pt(text) * size;
  }

  lines(text: string, size: number, width: number, weight: Weight = "regular"): string[] {
    return breakLines(text, width, (s) => this.cachedWidth(s, size, weight));
  }

  /** One line at an absolute position, never wrapped by pdfkit. */
  textAt(text: string, x: number, y: number, o: { size: number; weight?: Weight; color?: string; width?: number; align?: "left" | "right" | "center" }): void {
    this.doc
      .font(o.weight ?? "regular")
      .fontSize(o.size)
      .fillColor(o.color ?? this.palette.ink)
      .text(text, x, y, { lineBreak: false, width: o.width, align: o.align ?? "left" });
    // Running headers and footers sit in the margins: not content.
    if (y >= PAGE.top && y < this.bottom) this.touch(y + o.size * 1.2);
  }

  paragraph(
    text: string,
    o: { size?: number; weight?: Weight; color?: string; indent?: number; width?: number; gap?: number; lineHeight?: number } = {},
  ): void {
    const size = o.size ?? 10.5;
    const lineHeight = size * (o.lineHeight ?? 1.6);
    const x = PAGE.left + (o.indent ?? 0);
    const width = o.width ?? CONTENT_WIDTH - (o.indent ?? 0);
    for (const line of this.lines(text, size, width, o.weight)) {
      this.ensure(lineHeight);
      this.textAt(line, x, this.y + (lineHeight - size) / 2, { size, weight: o.weight, color: o.color });
      this.y += lineHeight;
    }
    this.y += o.gap ?? size * 0.6;
  }

  heading(text: string, level: 1 | 2 | 3 = 1): void {
    const size = level === 1 ? 17 : level === 2 ? 13 : 11;
    // Never alone at the foot of a page: a lower heading keeps room for a table's header and two rows.
    this.ensure(level === 1 ? size * 4 : size * 4 + 40);
    if (level === 1) {
      this.textAt(text, PAGE.left, this.y, { size, weight: "bold", color: this.palette.primary });
      this.y += size * 1.5;
      this.doc
        .moveTo(PAGE.left, this.y)
        .lineTo(PAGE.width - PAGE.right, this.y)
        .lineWidth(1)
        .strokeColor(this.palette.primary)
        .stroke();
      this.y += 10;
    } else {
      this.textAt(text, PAGE.left, this.y, { size, weight: "bold" });
      this.y += size * 1.6;
    }
  }

  bullets(items: readonly string[], o: { size?: number; marker?: (i: number) => string } = {}): void {
    const size = o.size ?? 10.5;
    const lineHeight = size * 1.6;
    for (const [i, item] of items.entries()) {
      const marker = o.marker?.(i) ?? "•";
      const lines = this.lines(item, size, CONTENT_WIDTH - 16);
      lines.forEach((line, n) => {
        this.ensure(lineHeight);
        if (n === 0) this.textAt(marker, PAGE.left + 2, this.y + (lineHeight - size) / 2, { size, color: this.palette.primary });
        this.textAt(line, PAGE.left + 16, this.y + (lineHeight - size) / 2, { size });
        this.y += lineHeight;
      });
    }
    this.y += size * 0.6;
  }

  /** A table whose cells wrap; the header repeats on every page it spans. */
  table(
    columns: readonly TableColumn[],
    rows: readonly (readonly string[])[],
    o: { size?: number; /** Room to write in by hand. */ minRowHeight?: number } = {},
  ): void {
    const size = o.size ?? 9;
    const pad = 4;
    const lineHeight = size * 1.45;
    const drawHeader = () => {
      const h = lineHeight + pad * 2;
      this.ensure(h + lineHeight * 2);
      this.doc.rect(PAGE.left, this.y, CONTENT_WIDTH, h).fill(this.palette.primary);
      let x = PAGE.left;
      for (const c of columns) {
        this.textAt(c.header, x + pad, this.y + pad + (lineHeight - size) / 2, {
          size,
          weight: "bold",
          color: "#ffffff",
          width: c.width - pad * 2,
          align: c.align,
        });
        x += c.width;
      }
      this.y += h;
    };
    drawHeader();
    rows.forEach((row, r) => {
      const cells = columns.map((c, i) => this.lines(row[i] ?? "", size, c.width - pad * 2));
      const h = Math.max(o.minRowHeight ?? 0, Math.max(...cells.map((l) => l.length)) * lineHeight + pad * 2);
      if (this.y + h > this.bottom) {
        this.addPage();
        drawHeader();
      }
      if (r % 2 === 1) this.doc.rect(PAGE.left, this.y, CONTENT_WIDTH, h).fill(this.palette.zebra);
      let x = PAGE.left;
      columns.forEach((c, i) => {
        cells[i]!.forEach((line, n) =>
          this.textAt(line, x + pad, this.y + pad + n * lineHeight + (lineHeight - size) / 2, { size, width: c.width - pad * 2, align: c.align }),
        );
        x += c.width;
      });
      this.y += h;
      this.touch(this.y);
      this.doc
        .moveTo(PAGE.left, this.y)
        .lineTo(PAGE.left + CONTENT_WIDTH, this.y)
        .lineWidth(0.5)
        .strokeColor(this.palette.rule)
        .stroke();
    });
    this.y += 10;
  }

  /**
   * Running header and "page X of Y" on every page but the first (the cover); `note` (e.g. a demo
   * mark) in the footer of every page, the cover's too.
   */
  decorate(header: string, pageLabel: (page: number, total: number) => string, note: string | null = null): void {
    const range = this.doc.bufferedPageRange();
    const total = range.count;
    for (let i = range.start; i < range.start + total; i++) {
      this.doc.switchToPage(i);
      if (note) this.textAt(note, PAGE.left, PAGE.height - 28, { size: 8, weight: "bold", color: "#b91c1c", width: CONTENT_WIDTH, align: "center" });
      if (i === 0) continue;
      this.textAt(header, PAGE.left, 32, { size: 8, color: this.palette.muted, width: CONTENT_WIDTH });
      this.doc
        .moveTo(PAGE.left, 46)
        .lineTo(PAGE.width - PAGE.right, 46)
        .lineWidth(0.5)
        .strokeColor(this.palette.rule)
        .stroke();
      this.textAt(pageLabel(i + 1, total), PAGE.left, PAGE.height - 40, { size: 8, color: this.palette.muted, width: CONTENT_WIDTH, align: "center" });
    }
  }

  async finish(): Promise<Buffer> {
    this.doc.end();
    return this.done;
  }
}
