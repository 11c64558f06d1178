import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Noto Sans SC Regular and Bold (OFL-1.1, from @expo-google-fonts/noto-sans-sc), read once per
 * process as buffers: pdfkit parses a buffer far faster than a path, and subsets each document.
 */

const DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans-sc");

let fonts: { regular: Buffer; bold: Buffer } | undefined;

export function pdfFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(path.join(DIR, "400Regular", "NotoSansSC_400Regular.ttf")),
    bold: readFileSync(path.join(DIR, "700Bold", "NotoSansSC_700Bold.ttf")),
  };
  return fonts;
}
