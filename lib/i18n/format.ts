/** `{name}` placeholders are replaced by `vars.name`; an unknown placeholder is left visible, never blank. */
export function format(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export type ClientT = (key: string, vars?: Record<string, string | number>) => string;

/** For client components, which receive only the messages they need (see messagesWithPrefix). */
export function clientTranslator(messages: Readonly<Record<string, string>>): ClientT {
  return (key, vars) => format(messages[key] ?? key, vars);
}
