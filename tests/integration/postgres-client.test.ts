import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { testEnv } from "../support/test-env";

const statements = sql`select statement from pg_prepared_statements where statement like '%shuzhen_probe%'`;

describe.runIf(testEnv.TEST_DATABASE_URL)("the PostgreSQL client", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it("prepares each query with parameters once per connection, in transactions and savepoints too", async () => {
    const rows = await t.handle.db.transaction(async (tx) => {
      for (let i = 0; i < 3; i++) await tx.execute(sql`select ${i}::int as shuzhen_probe`);
      await tx.transaction(async (inner) => {
        await inner.execute(sql`select ${7}::int + 1 as shuzhen_probe`);
      });
      return tx.execute(statements);
    });
    const texts = (rows as unknown as { statement: string }[]).map((r) => r.statement);
    // Each text once, however often it ran: PostgreSQL parsed and planned it once.
    expect(texts.filter((s) => s.includes("$1::int as shuzhen_probe"))).toHaveLength(1);
    expect(texts.filter((s) => s.includes("$1::int + 1 as shuzhen_probe"))).toHaveLength(1);
  });
});
