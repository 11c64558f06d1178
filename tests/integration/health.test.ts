import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { closeDatabase } from "@/lib/db";
import { createPostgresDatabase, expectedDriver } from "../support/test-database";
import { testEnv } from "../support/test-env";

// The route opens the process database from the environment: in-memory PGlite (vitest.config.ts), or
// a fresh PostgreSQL database when the suite runs with TEST_DATABASE_URL.
describe("GET /api/health", () => {
  let dropPostgres: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (testEnv.TEST_DATABASE_URL) {
      const pg = await createPostgresDatabase();
      process.env.DATABASE_URL = pg.url;
      dropPostgres = pg.drop;
    }
  });
  afterAll(async () => {
    await closeDatabase();
    await dropPostgres?.();
  });

  it("reports the driver and that the database is up", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { status: string; database: { driver: string; status: string; serverVersion: string } };
    expect(body.status).toBe("ok");
    expect(body.database).toMatchObject({ driver: expectedDriver, status: "up" });
    expect(body.database.serverVersion).toMatch(/^\d+/);
  });
});
