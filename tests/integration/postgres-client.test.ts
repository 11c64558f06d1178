import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtOnce } from "@/lib/db/built-once";
import { rowsOf } from "@/lib/db/rows";
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

describe("a statement built once (lib/db/built-once.ts)", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it("builds its text once and binds each call's own values, also inside a transaction", async () => {
    const db = t.handle.db;
    let builds = 0;
    const probe = builtOnce<{ n: number; word: string }>((p) => {
      builds++;
      return sql`select ${p("n")}::int * 2 as doubled, ${p("word")}::text || '!' as said`;
    });
    expect(rowsOf(await probe(db, { n: 2, word: "一" }))).toEqual([{ doubled: 4, said: "一!" }]);
    expect(rowsOf(await probe(db, { n: 21, word: "二" }))).toEqual([{ doubled: 42, said: "二!" }]);
    const inTx = await db.transaction(async (tx) => rowsOf(await probe(tx, { n: -1, word: "三" })));
    expect(inTx).toEqual([{ doubled: -2, said: "三!" }]);
    expect(builds).toBe(1);
    // A value left out is an error, never a statement run with a stale one.
    await expect(probe(db, { n: 1 } as never)).rejects.toThrow(/word/);
  });
});
