import type { Locale } from "./locales";

/**
 * Stored or hand-written text in both languages, keyed by locale; zh-CN is the source and always
 * present, English may be missing (a reader of English then sees the Chinese). The scoring models'
 * `{ "zh-CN", en }` labels and a tenant's display name are this shape already.
 */
export type Localized = { "zh-CN": string; en?: string };

/** The text in the reader's language, the Chinese source when no translation exists. */
export function localize(text: Localized, locale: Locale): string {
  return text[locale] || text["zh-CN"];
}

/** For the two-column shape (`nameZh`/`nameEn`, `title`/`titleEn`) still in some tables. */
export function localizedPair(zh: string, en: string | null | undefined): Localized {
  return en ? { "zh-CN": zh, en } : { "zh-CN": zh };
}

/** One column pair (`nameZh`/`nameEn`, `{ zh, en }`) read in a locale. */
export function localizePair(zh: string, en: string | null | undefined, locale: Locale): string {
  return localize(localizedPair(zh, en), locale);
}

/** Locale-dependent choice of anything (punctuation, quote marks, a component), without a ternary at the call site. */
export function byLocale<T>(locale: Locale, choices: Record<Locale, T>): T {
  return choices[locale];
}

/** A label's colon: "：" in Chinese, ": " in English. */
export const colon = (locale: Locale): string => byLocale(locale, { "zh-CN": "：", en: ": " });

/** Between the items of an enumeration: "、" in Chinese, ", " in English. */
export const enumSeparator = (locale: Locale): string => byLocale(locale, { "zh-CN": "、", en: ", " });

/** A list separator as each language writes it: "；" in Chinese, "; " in English. */
export const listSeparator = (locale: Locale): string => byLocale(locale, { "zh-CN": "；", en: "; " });
