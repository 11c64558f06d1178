/**
 * Anything that goes into a prompt as data (the computed facts, and what the firm typed: its name,
 * description, pain points) goes through one encoder: JSON, with the characters that could close or
 * open a tag escaped, so no value can end its block or pose as instructions. It stays valid JSON,
 * and the model reads the same text back.
 */
export function promptData(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** What the firm typed, as quoted data inside one tagged block. */
export function quoteUntrusted(fields: Readonly<Record<string, string | undefined>>): string {
  const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v.trim() !== ""));
  return `<firm_text>\n${promptData(present)}\n</firm_text>`;
}
