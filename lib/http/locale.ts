import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/i18n/locales";

/** `?lang=` when given (embeds have no cookie), else the language cookie, else Accept-Language. */
export function requestLocale(request: Request): Locale {
  const lang = new URL(request.url).searchParams.get("lang");
  if (isLocale(lang)) return lang;
  const cookie = (request.headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  if (isLocale(cookie)) return cookie;
  return negotiateLocale(request.headers.get("accept-language"));
}
