import { z } from "zod";
import { zodText } from "@/lib/i18n/zod";

/** A calendar date as YYYY-MM-DD that exists (2024-02-29, not 2024-02-31 or 2024-13-45, which became an invalid Date and a 500). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const calendarDate = z
  .string()
  .refine(isCalendarDate, zodText({ "zh-CN": "应为实际存在的日期，格式 YYYY-MM-DD", en: "a date that exists, as YYYY-MM-DD" }));
