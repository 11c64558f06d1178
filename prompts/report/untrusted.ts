/**
 * What the firm typed goes to the model as quoted data inside one tagged block: JSON-encoded, with
 * angle brackets escaped, so the text can neither close the block nor pose as instructions.
 */
export function quoteUntrusted(fields: Readonly<Record<string, string | undefined>>): string {
  const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const json = JSON.stringify(present, null, 1).replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
  return `<firm_text>\n${json}\n</firm_text>`;
}
