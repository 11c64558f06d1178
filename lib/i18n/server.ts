import "server-only";
import { cookies, headers } from "next/headers";
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "./locales";
import { translator, type Translate } from "./translate";

/** The caller's language: the explicit choice (cookie) first, then the browser's preference. */
export async function currentLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get("accept-language"));
}

export async function currentTranslator(): Promise<{ locale: Locale; t: Translate }> {
  const locale = await currentLocale();
  return { locale, t: translator(locale) };
}
