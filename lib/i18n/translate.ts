import type { Locale } from "./locales";
import { en } from "./messages/en";
import { zhCN, type MessageKey } from "./messages/zh-CN";

export type { MessageKey } from "./messages/zh-CN";
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { "zh-CN": zhCN, en };

/** `{name}` placeholders are replaced by `vars.name`; an unknown placeholder is left visible, never blank. */
export function translator(locale: Locale): Translate {
  const dictionary = DICTIONARIES[locale];
  return (key, vars) => {
    const text = dictionary[key];
    if (!vars) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}
