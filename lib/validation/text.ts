import { z } from "zod";
import { atMostChars, NOT_EMPTY } from "@/lib/i18n/zod";

/**
 * Text as people type it, made safe to store and print: NUL and other control characters (but tab
 * and newline), invisible formatting characters (zero-width spaces, joiners used as padding, bidi
 * overrides, BOM, soft hyphen) and lone UTF-16 surrogates are removed; CRLF becomes LF. PostgreSQL
 * refuses NUL and lone surrogates (a 500 on every write route before), and invisible characters
 * were a way to make the PDF's line breaking do quadratic work.
 */
// U+200D (zero-width joiner) stays: emoji and some scripts need it between visible characters.
const STRIPPED =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(STRIPPED, "");
}

/** Every string (and object key) of a parsed JSON value, cleaned; the value is rebuilt only where needed. */
export function cleanJson(value: unknown): unknown {
  if (typeof value === "string") return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanJson);
  if (value !== null && typeof value === "object") {
    // Built by defineProperty: an assignment to "__proto__" would set the prototype instead (and
    // smuggle fields past a strict schema).
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value))
      Object.defineProperty(out, cleanText(key), { value: cleanJson(inner), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

/** A text field: cleaned, trimmed, at most `max` characters (the message names the limit). */
export function text(max: number, o: { min?: number } = {}) {
  return z
    .string()
    .transform((s) => cleanText(s).trim())
    .pipe(
      z
        .string()
        .min(o.min ?? 0, o.min ? NOT_EMPTY : undefined)
        .max(max, atMostChars(max)),
    );
}
