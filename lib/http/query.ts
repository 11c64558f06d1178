import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { issuesFromZod } from "./errors";

/** A query string as a route sees it (URLSearchParams) or as a page does (Next's searchParams). */
export type QuerySource = URLSearchParams | Record<string, string | string[] | undefined>;

/** The query's values, empty ones dropped; a key given twice keeps its first value. */
export function queryValues(source: QuerySource): Record<string, string> {
  const entries: [string, string][] =
    source instanceof URLSearchParams
      ? [...source]
      : Object.entries(source).flatMap(([key, value]) =>
          value === undefined ? [] : [[key, Array.isArray(value) ? (value[0] ?? "") : value] as [string, string]],
        );
  const out: Record<string, string> = {};
  for (const [key, value] of entries) if (value.trim() !== "" && !(key in out)) out[key] = value;
  return out;
}

/** The one query parser of routes and pages: a bad value is a 400 naming the parameter. */
export function parseQuery<S extends z.ZodType>(source: QuerySource, schema: S): z.infer<S> {
  const parsed = schema.safeParse(queryValues(source));
  if (!parsed.success) throw AppError.validation(issuesFromZod(parsed.error));
  return parsed.data;
}
