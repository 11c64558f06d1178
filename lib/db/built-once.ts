import "server-only";
import { sql, type Placeholder, type Query, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";

const dialect = new PgDialect();

/** A value of a statement built once: given at each call under its name. */
export type Bound<T> = T | Placeholder<string, T>;

/**
 * A raw statement whose text is built once. drizzle walks every fragment of a `sql` template at each
 * call — for the submit's ten-step statement about a tenth of the server thread's work per submit —
 * so a hot statement is written with `sql.placeholder(name)` for every value that changes
 * (`Bound<T>` in the helpers it is made of) and only bound at each call. (On PostgreSQL the text was
 * already the same at each call, so db/client.ts's preparing was not lost and is not gained here.)
 *
 * The statement must not depend on the values: a fragment chosen by a value would be frozen at its
 * first call. A value left out throws (drizzle's `fillPlaceholders`; the type asks for every key).
 * Compiled by a dialect of its own, as db/client.ts's (no `casing`): give both the same options.
 */
export function builtOnce<V extends Record<string, unknown>>(build: (p: <K extends keyof V & string>(name: K) => Placeholder<K, V[K]>) => SQL) {
  let query: Query | undefined;
  return async (db: Db, values: V): Promise<unknown> => {
    query ??= dialect.sqlToQuery(build((name) => sql.placeholder(name)));
    // What db.execute does with a built query (drizzle 0.45: query, no fields, no name, not arrays).
    return db._.session.prepareQuery(query, undefined, undefined, false).execute(values);
  };
}
