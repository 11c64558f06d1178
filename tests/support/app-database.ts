import { eq } from "drizzle-orm";
import { afterAll, beforeAll, inject } from "vitest";
import { MEMORY, openDatabase, type Db } from "@/db/client";
import { users } from "@/db/schema";
import { DEMO_USERS } from "@/db/seed/demo-users";
import type { Actor } from "@/lib/auth/permissions";
import { actorFor } from "@/lib/auth/sign-in";
import { adoptDatabase, closeDatabase, database } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { prepareDatabase } from "@/lib/db/prepare";
import { templateBlob } from "./pglite-template";
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
  // On PGlite: a copy of the database prepared once by the global setup (initdb, migrations, seed).
  const template = testEnv.TEST_DATABASE_URL ? undefined : inject("pgliteTemplates")?.[options.demo ? "demo" : "base"];
  if (template) adoptDatabase(await openDatabase({ driver: "pglite", dir: MEMORY, loadDataDir: templateBlob(template) }));
  const handle = await database();
  if (options.demo && !template) await prepareDatabase(handle, { demo: true });
  return async () => {
    await closeDatabase();
    await drop?.();
  };
}

/** The outcome of a call as an error code ("ok" when it succeeds), for tests of refusals. */
export async function outcomeCode(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => "ok",
    (e: unknown) => (isAppError(e) ? e.code : String(e)),
  );
}

/** useAppDatabase for a whole test file, handing back the Drizzle handle. */
export function withDemoDatabase(): { db: () => Db } {
  let cleanup: (() => Promise<void>) | undefined;
  let handle: Db | undefined;
  beforeAll(async () => {
    cleanup = await useAppDatabase({ demo: true });
    handle = (await database()).db;
  });
  afterAll(() => cleanup?.());
  return {
    db: () => {
      if (!handle) throw new Error("database not open yet");
      return handle;
    },
  };
}

/** A demo account (from the demo seed) as the actor lib/ functions take. */
export async function demoActor(db: Db, role: (typeof DEMO_USERS)[number]["role"], tenantSlug = "zhengzhou"): Promise<Actor> {
  const email = DEMO_USERS.find((u) => u.role === role && u.tenantSlug === tenantSlug)!.email;
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const actor = user ? await actorFor(db, user.id) : null;
  if (!actor) throw new Error(`no demo ${role} in ${tenantSlug}`);
  return actor;
}
