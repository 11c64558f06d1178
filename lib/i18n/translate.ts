import { format } from "./format";
import type { Locale } from "./locales";
import { en } from "./messages/en";
import { zhCN, type MessageKey } from "./messages/zh-CN";

export type { MessageKey } from "./messages/zh-CN";
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { "zh-CN": zhCN, en };

export function translator(locale: Locale): Translate {
  const dictionary = DICTIONARIES[locale];
  return (key, vars) => format(dictionary[key], vars);
}

/** The messages whose keys start with a prefix, for a client component (keeps its bundle small). */
export function messagesWithPrefix(locale: Locale, prefix: string): Record<string, string> {
  const dictionary = DICTIONARIES[locale];
  const out: Record<string, string> = {};
  for (const key of Object.keys(dictionary) as MessageKey[]) if (key.startsWith(prefix)) out[key] = dictionary[key];
  return out;
}
