/**
 * `{name}` placeholders are replaced by `vars.name`; an unknown placeholder is left visible, never
 * blank. `{count|item|items}` is the word for the number in `vars.count` (English plurals: 1 item,
 * 2 items), so no message says "item(s)".
 */
export function format(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text;
  return text
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) =>
      name in vars ? (Number(vars[name]) === 1 ? one : other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export type ClientT = (key: string, vars?: Record<string, string | number>) => string;

/** For client components, which receive only the messages they need (see messagesWithPrefix). */
export function clientTranslator(messages: Readonly<Record<string, string>>): ClientT {
  return (key, vars) => format(messages[key] ?? key, vars);
}
