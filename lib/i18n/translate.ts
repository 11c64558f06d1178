import { format } from "./format";
import type { Locale } from "./locales";
import type { Localized } from "./localized";
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

/** A message in both languages, for text made before the reader is known (an error thrown deep in lib). */
export function messageText(key: MessageKey, vars?: Record<string, string | number>): Localized {
  return inBoth((t) => t(key, vars));
}

/** Text composed in each language, e.g. a message whose placeholder is itself a message. */
export function inBoth(compose: (t: Translate, locale: Locale) => string): Localized {
  return { "zh-CN": compose(translator("zh-CN"), "zh-CN"), en: compose(translator("en"), "en") };
}

export function isMessageKey(key: string): key is MessageKey {
  return key in zhCN;
}
