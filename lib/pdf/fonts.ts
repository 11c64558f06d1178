import { readFileSync } from "node:fs";
import path from "node:path";
import { create, type Font } from "fontkit";

/**
 * Noto Sans SC Regular and Bold (OFL-1.1, from @expo-google-fonts/noto-sans-sc), read and parsed
 * once per process: pdfkit takes the parsed font as is, so each document only subsets the glyphs it
 * uses instead of parsing 10 MB of font tables again.
 */

const DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans-sc");

export interface PdfFont {
  font: Font;
  /** Width of a text at 1 pt: the sum of glyph advances (no shaping needed for line breaking). */
  widthAt1pt(text: string): number;
}

function load(file: string): PdfFont {
  const font = create(readFileSync(path.join(DIR, file)));
  const advances = new Map<number, number>();
  return {
    font,
    widthAt1pt(text) {
      let total = 0;
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        let a = advances.get(cp);
        if (a === undefined) {
          a = font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm;
          advances.set(cp, a);
        }
        total += a;
      }
      return total;
    },
  };
}

let fonts: { regular: PdfFont; bold: PdfFont } | undefined;

export function pdfFonts(): { regular: PdfFont; bold: PdfFont } {
  fonts ??= { regular: load("400Regular/NotoSansSC_400Regular.ttf"), bold: load("700Bold/NotoSansSC_700Bold.ttf") };
  return fonts;
}
