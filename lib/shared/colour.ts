import { z } from "zod";
import { zodText } from "@/lib/i18n/zod";

/** WCAG 2 contrast of a #rrggbb colour against white: brand colours carry white text and links. */
export function contrastWithWhite(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 0;
  const channel = (h: string) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(m[1]!) + 0.7152 * channel(m[2]!) + 0.0722 * channel(m[3]!);
  return 1.05 / (l + 0.05);
}

export const MIN_CONTRAST = 4.5;

/** A brand colour as forms send it: #rrggbb, dark enough for white text. */
export const brandColour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, zodText({ "zh-CN": "应为 #1d4ed8 这样的颜色值", en: "must be a colour such as #1d4ed8" }))
  .refine(
    (c) => contrastWithWhite(c) >= MIN_CONTRAST,
    zodText({
      "zh-CN": `颜色太浅：白色文字在上面的对比度至少要 ${MIN_CONTRAST}:1`,
      en: `too light: white text on it needs a contrast of at least ${MIN_CONTRAST}:1`,
    }),
  )
  .transform((c) => c.toLowerCase());
