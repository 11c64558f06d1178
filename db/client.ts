import type { Sql, TransactionSql } from "postgres";
import { mkdirSync } from "node:fs";
import type { MessagePort } from "node:worker_threads";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { PGlite } from "@electric-sql/pglite";
import { acquireDirectoryLock } from "./pglite-lock";
import { ThreadedPGlite } from "./pglite-thread";
import * as schema from "./schema";

/** One Drizzle type for both drivers. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DriverName = "postgres" | "pglite";

export type DatabaseConfig =
  | { driver: "postgres"; url: string; poolMax?: number }
  /**
   * `dir` is a folder, or `memory://` for a throwaway in-memory database (tests); `loadDataDir` starts
   * an in-memory one from a copy of a prepared database (PGlite's dumpDataDir), skipping initdb.
   */
  | { driver: "pglite"; dir: string; loadDataDir?: Blob }
  /** Another thread of the process that opened the database (the background jobs), through a port from `connect()`. */
  | { driver: "pglite"; port: MessagePort };

export interface DatabaseHandle {
  db: Db;
  driver: DriverName;
  /** The PostgreSQL URL (postgres driver only), for work that needs its own connection. */
  url?: string;
  /** Runs raw SQL and returns rows, hiding the drivers' different result shapes. */
  query<T extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** PGlite only: a port for another thread of this process to open the same database with. */
  connect?: () => MessagePort;
  /** PGlite only: a copy of the whole database, to start another in-memory one from (loadDataDir). */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

export const MEMORY = "memory://";

type Callback = (sql: Sql) => unknown;

/** Long lists (`inArray`, bulk inserts) make a new text at every length: not worth keeping on the server. */
const MAX_PREPARED_PARAMETERS = 64;

/**
 * drizzle sends every query through `sql.unsafe` with prepare off (named statements only for
 * `.prepare(name)`), so PostgreSQL parsed and planned each query every time: a third of a submit's
 * database time. This client prepares every query with parameters, as postgres.js does for its own
 * tagged queries: a statement seen before on a connection is bound and executed only. Transactions and
 * savepoints get the same. Behind a pooler in transaction mode (PgBouncer), `?prepare=false` on
 * DATABASE_URL turns it off (postgres.js reads it per connection, before any query's own choice).
 */
function preparing<T extends Sql>(sql: T): T {
  const scoped =
    (run: (...a: unknown[]) => unknown) =>
    (...a: unknown[]) => {
      const callback = a.pop() as Callback;
      return run(...a, (tx: Sql) => callback(preparing(tx)));
    };
  return new Proxy(sql, {
    get(target, prop) {
      if (prop === "unsafe")
        return (query: string, args: unknown[] = [], options: Record<string, unknown> = {}) =>
          target.unsafe(query, args as never[], { ...options, prepare: args.length > 0 && args.length <= MAX_PREPARED_PARAMETERS });
      if (prop === "begin") return scoped(target.begin.bind(target) as (...a: unknown[]) => unknown);
      if (prop === "savepoint" && "savepoint" in target)
        return scoped((target as unknown as TransactionSql).savepoint.bind(target) as (...a: unknown[]) => unknown);
      const value: unknown = Reflect.get(target, prop);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.driver === "postgres") {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(config.url, { max: config.poolMax ?? 10, onnotice: () => {}, connect_timeout: 10 });
    const db: Db = drizzle(preparing(client), { schema });
    return {
      db,
      driver: "postgres",
      url: config.url,
      query: async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) =>
        (await client.unsafe(text, params as never[])) as unknown as T[],
      close: () => client.end({ timeout: 5 }),
    };
  }

  const { drizzle } = await import("drizzle-orm/pglite");
  if ("port" in config) {
    const client = new ThreadedPGlite({ port: config.port });
    await client.waitReady;
    return {
      db: drizzle(client as unknown as PGlite, { schema }) as Db,
      driver: "pglite",
      query: async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) => (await client.query<T>(text, params)).rows,
      close: () => client.close(),
    };
  }
  const inMemory = config.dir === MEMORY;
  const lock = inMemory ? null : acquireDirectoryLock(config.dir);
  try {
    if (!inMemory) mkdirSync(path.dirname(path.resolve(config.dir)), { recursive: true });
    // On a thread of its own: PGlite's queries run synchronously and would stop every request meanwhile.
    const client = new ThreadedPGlite(inMemory ? { loadDataDir: await config.loadDataDir?.arrayBuffer() } : { dir: path.resolve(config.dir) });
    await client.waitReady;
    // drizzle's PGlite driver calls only query and transaction, which the thread's client has.
    const db: Db = drizzle(client as unknown as PGlite, { schema });
    return {
      db,
      driver: "pglite",
      query: async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) => (await client.query<T>(text, params)).rows,
      connect: () => client.connect(),
      dumpDataDir: () => client.dumpDataDir(),
      close: async () => {
        try {
          await client.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
