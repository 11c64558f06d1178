import "server-only";
import { openDatabase, type DatabaseConfig, type DatabaseHandle, type Db } from "@/db/client";
import { env, type Env } from "@/lib/env";
import { prepareDatabase } from "./prepare";

export type { Db, DatabaseHandle } from "@/db/client";

/** Where the settings point: a PostgreSQL URL or a PGlite folder (never another thread's port). */
export function databaseConfigFrom(config: Env): Exclude<DatabaseConfig, { port: unknown }> {
  return config.DATABASE_URL
    ? { driver: "postgres", url: config.DATABASE_URL, poolMax: config.DATABASE_POOL_MAX }
    : { driver: "pglite", dir: config.PGLITE_DIR };
}

// Cached on globalThis so that dev hot reload never opens the PGlite folder a second time.
const holder = globalThis as typeof globalThis & { __shuzhenDatabase?: Promise<DatabaseHandle> };

/**
 * The process-wide database. The first call opens it and applies pending migrations and the base
 * seed (a no-op when `npm start` already did), so a server started any other way still works.
 */
export function database(): Promise<DatabaseHandle> {
  holder.__shuzhenDatabase ??= (async () => {
    const handle = await openDatabase(databaseConfigFrom(env()));
    try {
      await prepareDatabase(handle, { demo: false });
      return handle;
    } catch (error) {
      await handle.close();
      throw error;
    }
  })().catch((error: unknown) => {
    holder.__shuzhenDatabase = undefined;
    throw error;
  });
  return holder.__shuzhenDatabase;
}

/** Use a database opened elsewhere as the process-wide one (tests start each file from a prepared copy). */
export function adoptDatabase(handle: DatabaseHandle): void {
  holder.__shuzhenDatabase = Promise.resolve(handle);
}

export async function db(): Promise<Db> {
  return (await database()).db;
}

export async function closeDatabase(): Promise<void> {
  const pending = holder.__shuzhenDatabase;
  holder.__shuzhenDatabase = undefined;
  if (pending) await (await pending).close();
}
