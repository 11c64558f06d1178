/** `{{name}}` placeholders: listed, and filled strictly (a missing or unused value is an error). */

const PLACEHOLDER = /\{\{([a-z_]+)\}\}/g;

export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  const wanted = placeholders(template);
  const missing = wanted.filter((k) => values[k] === undefined);
  const unused = Object.keys(values).filter((k) => !wanted.includes(k));
  if (missing.length > 0 || unused.length > 0) {
    throw new Error(`prompt template: missing ${missing.join(", ") || "none"}; unused ${unused.join(", ") || "none"}`);
  }
  // One pass, so a value that itself contains {{…}} is never expanded.
  return template.replace(PLACEHOLDER, (_, key: string) => values[key]!);
}
