import "server-only";
import { sql, type Placeholder, type Query, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";

const dialect = new PgDialect();

/** A value of a statement built once: given at each call under its name. */
export type Bound<T> = T | Placeholder<string, T>;

/**
 * A raw statement whose text is built once. drizzle walks every fragment of a `sql` template at each
 * call — about half a millisecond of the server's one thread for the submit's statement, a sixth of
 * the whole request — so a hot statement is written with `sql.placeholder(name)` for every value
 * that changes (`Bound<T>` in the helpers it is made of) and only bound at each call. The text being
 * the same each time, PostgreSQL also parses and plans it once per connection.
 *
 * The statement must not depend on the values: a fragment chosen by a value would be frozen at its
 * first call. A value missing at a call throws (drizzle's `fillPlaceholders`).
 */
export function builtOnce<V extends Record<string, unknown>>(build: (p: <K extends keyof V & string>(name: K) => Placeholder<K, V[K]>) => SQL) {
  let query: Query | undefined;
  return (db: Db, values: V): Promise<unknown> => {
    query ??= dialect.sqlToQuery(build((name) => sql.placeholder(name)));
    return db._.session.prepareQuery(query, undefined, undefined, false).execute(values);
  };
}
