import { Worker } from "node:worker_threads";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MEMORY, openDatabase, type DatabaseHandle } from "@/db/client";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

/**
 * The embedded database on its own thread (db/pglite-thread.ts, db/pglite-host.mjs): what drizzle and
 * our code rely on from PGlite must hold through it: transactions, errors with their SQLSTATE, prepared
 * statements that are evicted and prepared again, other threads through a port, and the event loop
 * staying free while a query runs.
 */
describe.runIf(!process.env.TEST_DATABASE_URL)("PGlite on its own thread", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openDatabase({ driver: "pglite", dir: MEMORY });
    await handle.query("create table t (id int primary key, note text)");
  });
  afterAll(() => handle.close());

  it("commits a transaction, and rolls back one whose callback throws", async () => {
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`insert into t values (1, 'kept')`);
    });
    await expect(
      handle.db.transaction(async (tx) => {
        await tx.execute(sql`insert into t values (2, 'dropped')`);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await handle.query("select id, note from t order by id")).toEqual([{ id: 1, note: "kept" }]);
  });

  it("rolls back on tx.rollback(), and a savepoint inside a transaction undoes only its part", async () => {
    await expect(
      handle.db.transaction(async (tx) => {
        await tx.execute(sql`insert into t values (3, 'x')`);
        tx.rollback();
      }),
    ).rejects.toThrow();
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`insert into t values (4, 'outer')`);
      await tx
        .transaction(async (inner) => {
          await inner.execute(sql`insert into t values (5, 'inner')`);
          throw new Error("inner fails");
        })
        .catch(() => undefined);
    });
    expect((await handle.query<{ id: number }>("select id from t order by id")).map((r) => r.id)).toEqual([1, 4]);
  });

  it("gives the database's error with its SQLSTATE, and goes on answering after it", async () => {
    const error = await handle.query("insert into t values (1, 'again')").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "23505" });
    const missing = await handle.query("select * from no_such_table").catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: "42P01" });
    expect(await handle.query("select count(*)::int as n from t")).toEqual([{ n: 2 }]);
  });

  it("keeps dates as PostgreSQL prints them and parses json, as drizzle expects", async () => {
    const rows = await handle.db.execute<{ d: string; j: { a: number } }>(sql`select '2026-12-01'::date as d, '{"a":1}'::jsonb as j`);
    const row = (rows as unknown as { rows: { d: string; j: { a: number } }[] }).rows[0];
    expect(row).toEqual({ d: "2026-12-01", j: { a: 1 } });
  });

  it("prepares more distinct statements than it keeps, closing the oldest, and all still answer", async () => {
    for (let i = 0; i < 620; i++) {
      const [row] = await handle.query<{ v: number }>(`select $1::int + ${i} as v`, [1]);
      expect(row?.v).toBe(1 + i);
    }
    const [open] = await handle.query<{ n: number }>("select count(*)::int as n from pg_prepared_statements");
    expect(open?.n).toBeLessThanOrEqual(500);
    expect((await handle.query<{ v: number }>("select $1::int + 0 as v", [7]))[0]?.v).toBe(7);
  });

  it("runs concurrent queries and transactions one at a time, each whole", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        handle.db.transaction(async (tx) => {
          await tx.execute(sql`insert into t values (${100 + i}, 'a')`);
          await tx.execute(sql`update t set note = 'b' where id = ${100 + i}`);
        }),
      ),
    );
    expect(await handle.query("select count(*)::int as n from t where id >= 100 and note = 'b'")).toEqual([{ n: 20 }]);
  });

  it("leaves the event loop free while a long query runs", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    await handle.query("select pg_sleep(0.3)");
    clearInterval(timer);
    // In-process PGlite held the loop for the whole query: no tick at all.
    expect(ticks).toBeGreaterThan(10);
  });

  it("serves another thread through a port, on the same data", async () => {
    const port = handle.connect?.();
    expect(port).toBeDefined();
    const code = `
      const { workerData, parentPort } = require("node:worker_threads");
      const port = workerData.port;
      port.on("message", (m) => { if (m.type === "ready") port.postMessage({ id: 1, op: "query", text: "select count(*)::int as n from t", params: [] }); else { parentPort.postMessage(m); port.close(); } });
    `;
    const thread = new Worker(code, { eval: true, workerData: { port }, transferList: port ? [port] : [] });
    const reply = await new Promise<{ ok: boolean; result: { rows: { n: number }[] } }>((resolve) => thread.once("message", resolve));
    await thread.terminate();
    expect(reply.ok).toBe(true);
    expect(reply.result.rows[0]?.n).toBeGreaterThan(0);
  });

  it("once closed, every call fails as an unavailable database (a 503, not a 500)", async () => {
    const other = await openDatabase({ driver: "pglite", dir: MEMORY });
    await other.close();
    const error = await other.query("select 1").catch((e: unknown) => e);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });
});
