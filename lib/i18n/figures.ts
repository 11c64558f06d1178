import type { Locale } from "./locales";

/**
 * Figures for readers: money, dates and times, percentages. Every page, PDF and CSV prints them
 * through here so that one amount never reads three ways and no page shows a UTC time.
 */

/** A city portal's clock; every portal is in China today (a tenant setting can pass another zone). */
export const PORTAL_TIME_ZONE = "Asia/Shanghai";

/** 万 (10 000 yuan) with at most two decimals and no grouping, e.g. 985 000 → "98.5": for messages that carry their own unit. */
export function wanAmount(yuan: number): string {
  return String(Math.round(yuan / 100) / 100);
}

/** Whole yuan with thousands separators, e.g. "985,000". */
export function yuanAmount(yuan: number): string {
  return Math.round(yuan).toLocaleString("en-US");
}

/** An amount of money with its unit: "98.5万元" for Chinese readers, "CNY 985,000" in English. */
export function formatMoney(yuan: number, locale: Locale): string {
  return locale === "zh-CN" ? `${wanAmount(yuan)}万元` : `CNY ${yuanAmount(yuan)}`;
}

/** An exact amount to the fen, for contracts and payments: "186,000.50 元", "CNY 186,000.50". */
export function exactMoney(yuan: number, locale: Locale): string {
  const text = (Math.round(yuan * 100) / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return locale === "zh-CN" ? `${text} 元` : `CNY ${text}`;
}

/** The number part of formatMoney, for a message whose text already names the unit (万元 / CNY). */
export function moneyAmount(yuan: number, locale: Locale): string {
  return locale === "zh-CN" ? wanAmount(yuan) : yuanAmount(yuan);
}

/**
 * A score for readers: at most two decimals, cut rather than rounded, so a figure never reads as
 * reaching a threshold it misses (39.995 is "39.99", not "40"). The result page, the report and the
 * PDF all print scores this way; APIs keep the engine's exact value. Rounding to three decimals first
 * absorbs float noise (37.225 stored as 37.22499…).
 */
export function truncateScore(points: number): number {
  return Math.floor(Math.round(points * 1000) / 10) / 100;
}

/** truncateScore as text: 37.225 → "37.22", 40 → "40". */
export function formatScore(points: number): string {
  return String(truncateScore(points));
}

/** Points still missing to a threshold: two decimals, rounded up so the gap is never understated (2.775 → 2.78, with 37.22 reaching 40). */
export function shortfallScore(points: number): number {
  return Math.ceil(Math.round(points * 1000) / 10) / 100;
}

type When = Date | string | number;
const asDate = (when: When) => (when instanceof Date ? when : new Date(when));

/**
 * A calendar date in the portal's zone, "2025-03-07" in both languages: built from its parts, so the
 * server and the browser write it the same way (their ICU data differ: "3/7/2025, 7:30 AM" with a
 * narrow no-break space in one and a space in the other broke hydration, React error #418).
 */
export function formatDate(when: When, _locale: Locale, timeZone = PORTAL_TIME_ZONE): string {
  const p = parts(when, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** A date and time in the portal's zone, "2025-03-07 09:05" (24-hour), the same on server and browser. */
export function formatDateTime(when: When, _locale: Locale, timeZone = PORTAL_TIME_ZONE): string {
  const p = parts(when, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

function parts(when: When, timeZone: string): Record<string, string> {
  const out: Record<string, string> = {};
  const format = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  for (const p of format.formatToParts(asDate(when))) out[p.type] = p.value;
  return out;
}

/** YYYY-MM-DD in the portal's zone: today's date for rules and file names (UTC's date is a day behind before 08:00 in China). */
export function isoDay(when: When = new Date(), timeZone = PORTAL_TIME_ZONE): string {
  const p = parts(when, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** An ISO 8601 time in the portal's zone with its offset, e.g. "2025-03-07T09:05:00+08:00": for CSV and other files people open. */
export function isoDateTime(when: When, timeZone = PORTAL_TIME_ZONE): string {
  const date = asDate(when);
  const p = parts(date, timeZone);
  const local = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  const offset = Math.round((local - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${sign}${hhmm}`;
}

/** "2026-11-29 17:05" in the portal's zone: a time an office reads and a spreadsheet sorts. */
export function isoMinute(when: When, timeZone = PORTAL_TIME_ZONE): string {
  return isoDateTime(when, timeZone).slice(0, 16).replace("T", " ");
}

/** A share (0–1) as a percentage with at most `digits` decimals: 0.355 → "35.5%". */
export function formatPercent(share: number, digits = 0): string {
  const factor = 10 ** digits;
  return `${Math.round(share * 100 * factor) / factor}%`;
}

/**
 * Where a firm stands among its peers, from the share of peers it is above (0–100): the upper half
 * reads "前 x%" ("top x%"), the lower half "后 x%" ("bottom x%"), never "0%".
 */
export function formatPercentile(abovePercent: number, locale: Locale): string {
  const p = Math.min(100, Math.max(0, abovePercent));
  const upper = p >= 50;
  const x = Math.max(1, Math.round(upper ? 100 - p : p));
  if (locale === "zh-CN") return `${upper ? "前" : "后"} ${x}%`;
  return `${upper ? "top" : "bottom"} ${x}%`;
}
