import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { MEMORY, openDatabase, type DatabaseHandle } from "@/db/client";
import { testEnv } from "./test-env";

export interface TestDatabase {
  handle: DatabaseHandle;
  /** postgres:// URL of the fresh database, or null on PGlite. */
  url: string | null;
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A fresh, empty PostgreSQL database under TEST_DATABASE_URL's server. */
export async function createPostgresDatabase(prefix = "shuzhen_t"): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = testEnv.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `${prefix}_${randomBytes(5).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  return {
    url: withDatabase(adminUrl, name),
    drop: async () => {
      const a = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/** An empty database: in-memory PGlite by default, a throwaway PostgreSQL database with TEST_DATABASE_URL. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!testEnv.TEST_DATABASE_URL) {
    const handle = await openDatabase({ driver: "pglite", dir: MEMORY });
    return { handle, url: null, drop: () => handle.close() };
  }
  const pg = await createPostgresDatabase();
  const handle = await openDatabase({ driver: "postgres", url: pg.url, poolMax: 4 });
  return {
    handle,
    url: pg.url,
    drop: async () => {
      await handle.close();
      await pg.drop();
    },
  };
}

export const expectedDriver = testEnv.TEST_DATABASE_URL ? "postgres" : "pglite";
