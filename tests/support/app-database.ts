import { closeDatabase, database } from "@/lib/db";
import { prepareDatabase } from "@/lib/db/prepare";
import { createPostgresDatabase } from "./test-database";
import { testEnv } from "./test-env";

/**
 * Points the app's own database (lib/db) at a fresh database for one test file: in-memory PGlite, or
 * a new PostgreSQL database under TEST_DATABASE_URL. Call in beforeAll; the returned function cleans up.
 */
export async function useAppDatabase(options: { demo?: boolean } = {}): Promise<() => Promise<void>> {
  let drop: (() => Promise<void>) | undefined;
  if (testEnv.TEST_DATABASE_URL) {
    const pg = await createPostgresDatabase();
    process.env.DATABASE_URL = pg.url;
    drop = pg.drop;
  }
  const handle = await database();
  if (options.demo) await prepareDatabase(handle, { demo: true });
  return async () => {
    await closeDatabase();
    await drop?.();
  };
}
