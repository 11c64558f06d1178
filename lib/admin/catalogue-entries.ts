import { policyEntry, type PolicyEntry } from "@/db/catalogue/policy-schema";
import { SOLUTION_CATEGORIES, solutionEntry, type SolutionEntry } from "@/db/catalogue/solution-schema";
import { isLocale } from "@/lib/i18n/locales";
import { safeParseIn } from "@/lib/i18n/zod";
import "./catalogue-messages";

/**
 * The catalogue schemas as the admin forms read them in the browser: a stored or pasted entry checked
 * before it fills a form, its problems named by field in the reader's language. The server checks
 * again on save (lib/admin/catalogue.ts); this only decides what the form can show.
 */

export { SOLUTION_CATEGORIES };

export type ReadResult<T> = { ok: true; entry: T } | { ok: false; issues: { field: string; message: string }[] };

function read<T>(result: { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }): ReadResult<T> {
  return result.success
    ? { ok: true, entry: result.data }
    : { ok: false, issues: result.error.issues.map((i) => ({ field: i.path.map(String).join(".") || "entry", message: i.message })) };
}

export function readPolicy(raw: unknown, locale: string): ReadResult<PolicyEntry> {
  return read(safeParseIn(policyEntry, raw, isLocale(locale) ? locale : "zh-CN"));
}

export function readSolution(raw: unknown, locale: string): ReadResult<SolutionEntry> {
  return read(safeParseIn(solutionEntry, raw, isLocale(locale) ? locale : "zh-CN"));
}
