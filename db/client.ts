import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { acquireDirectoryLock } from "./pglite-lock";
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
  | { driver: "pglite"; dir: string; loadDataDir?: Blob };

export interface DatabaseHandle {
  db: Db;
  driver: DriverName;
  /** The PostgreSQL URL (postgres driver only), for work that needs its own connection. */
  url?: string;
  /** Runs raw SQL and returns rows, hiding the drivers' different result shapes. */
  query<T extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** PGlite only: a copy of the whole database, to start another in-memory one from (loadDataDir). */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

export const MEMORY = "memory://";

export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.driver === "postgres") {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(config.url, { max: config.poolMax ?? 10, onnotice: () => {}, connect_timeout: 10 });
    const db: Db = drizzle(client, { schema });
    return {
      db,
      driver: "postgres",
      url: config.url,
      query: async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) =>
        (await client.unsafe(text, params as never[])) as unknown as T[],
      close: () => client.end({ timeout: 5 }),
    };
  }

  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const inMemory = config.dir === MEMORY;
  const lock = inMemory ? null : acquireDirectoryLock(config.dir);
  try {
    if (!inMemory) mkdirSync(path.dirname(path.resolve(config.dir)), { recursive: true });
    const client = inMemory ? new PGlite({ loadDataDir: config.loadDataDir }) : new PGlite(path.resolve(config.dir));
    await client.waitReady;
    const db: Db = drizzle(client, { schema });
    return {
      db,
      driver: "pglite",
      query: async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) => (await client.query<T>(text, params)).rows,
      dumpDataDir: async () => client.dumpDataDir("none"),
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
