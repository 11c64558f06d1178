import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobs } from "@/db/schema";
import { database } from "@/lib/db";
import { enqueue } from "@/lib/jobs/queue";
import { RunLater } from "@/lib/jobs/run-later";
import { startWorker, type JobHandler } from "@/lib/jobs/worker";
import { useAppDatabase } from "../support/app-database";

/** The job queue: jobs never sleep in a slot, and each kind keeps slots of its own. */

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = await useAppDatabase();
});
afterAll(() => cleanup());

const db = async () => (await database()).db;
const until = async (check: () => Promise<boolean> | boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
};
const jobRow = async (id: number) => (await (await db()).select().from(jobs).where(eq(jobs.id, id)))[0]!;

describe("job worker", () => {
  it("a job that must wait goes back to the queue (run_at later), frees its slot, and is not charged an attempt", async () => {
    let waits = 0;
    const order: string[] = [];
    const handlers: Record<string, JobHandler> = {
      "test.waiting": {
        async run() {
          if (waits++ < 2) throw new RunLater(300, "waiting for something");
          order.push("waiting");
        },
      },
      "test.other": {
        async run() {
          order.push("other");
        },
      },
    };
    const waiting = (await enqueue(await db(), { kind: "test.waiting", payload: {}, maxAttempts: 1 }))!;
    const worker = startWorker(await db(), handlers, { pollMs: 50, concurrency: 1 });
    await until(async () => (await jobRow(waiting)).status === "queued" && waits === 1);
    const postponed = await jobRow(waiting);
    expect(postponed.runAt.getTime()).toBeGreaterThan(Date.now() + 100);
    expect(postponed.lastError).toBe("waiting for something");
    // The one slot is free while it waits: other work runs meanwhile.
    await enqueue(await db(), { kind: "test.other", payload: {} });
    await worker.idle();
    await worker.stop();
    expect(order).toEqual(["other", "waiting"]);
    expect(await jobRow(waiting)).toMatchObject({ status: "completed", attempts: 1 });
  });

  it("a provider's wait counts as an attempt, capped at a minute; past max attempts the job fails", async () => {
    expect(new RunLater(3_600_000, "retry after an hour", true).delayMs).toBe(60_000);
    const handlers: Record<string, JobHandler> = {
      "test.refused": {
        async run() {
          throw new RunLater(10, "provider said wait", true);
        },
      },
    };
    const id = (await enqueue(await db(), { kind: "test.refused", payload: {}, maxAttempts: 2 }))!;
    const worker = startWorker(await db(), handlers, { pollMs: 20, retryBaseMs: 1 });
    await until(async () => (await jobRow(id)).status === "failed");
    await worker.stop();
    expect(await jobRow(id)).toMatchObject({ attempts: 2 });
    expect((await jobRow(id)).lastError).toMatch(/gave up after 2 attempts: provider said wait/);
  });

  it("a kind never takes more than its slots: reports run while exports fill theirs", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let exportsRunning = 0;
    let maxExports = 0;
    let reports = 0;
    const handlers: Record<string, JobHandler> = {
      "test.export": {
        async run() {
          exportsRunning++;
          maxExports = Math.max(maxExports, exportsRunning);
          await gate;
          exportsRunning--;
        },
      },
      "test.report": {
        async run() {
          reports++;
        },
      },
    };
    for (let i = 0; i < 4; i++) await enqueue(await db(), { kind: "test.export", payload: {} });
    const worker = startWorker(await db(), handlers, { pollMs: 20, concurrency: 3, slots: { "test.export": 1 } });
    await until(() => exportsRunning === 1);
    for (let i = 0; i < 5; i++) await enqueue(await db(), { kind: "test.report", payload: {} });
    worker.kick();
    await until(() => reports === 5);
    expect(maxExports).toBe(1);
    release();
    await worker.idle();
    await worker.stop();
    expect(maxExports).toBe(1);
  });

  it("gives way to requests while the process is busy, starting at most one job per maxYieldMs", async () => {
    const starts: number[] = [];
    const handlers: Record<string, JobHandler> = {
      "test.yielding": {
        async run() {
          starts.push(Date.now());
        },
      },
    };
    let busy = true;
    for (let i = 0; i < 3; i++) await enqueue(await db(), { kind: "test.yielding", payload: {} });
    const worker = startWorker(await db(), handlers, { pollMs: 20, yieldWhile: () => busy, maxYieldMs: 400 });
    await until(() => starts.length === 3);
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(380);
    // Once the requests stop, queued work starts at once.
    busy = false;
    starts.length = 0;
    for (let i = 0; i < 3; i++) await enqueue(await db(), { kind: "test.yielding", payload: {} });
    worker.kick();
    await until(() => starts.length === 3);
    expect(starts[2]! - starts[0]!).toBeLessThan(380);
    await worker.stop();
  });
});
