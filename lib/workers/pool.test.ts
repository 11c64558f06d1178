import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { PoolError, WorkerPool } from "./pool";

const pool = new WorkerPool({ threads: 2, memoryMb: 64, maxQueued: 2, idleMs: 60_000 });
afterAll(() => pool.close());

async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (e: Error) => e,
  );
}

describe("WorkerPool", () => {
  it("starts its threads when warmed, before any task, and runs tasks on them", async () => {
    const warm = new WorkerPool({ threads: 2, memoryMb: 64, maxQueued: 2, idleMs: 60_000 });
    try {
      expect(warm.load.threads).toBe(0);
      warm.warm({ idleMs: 60_000 });
      expect(warm.load).toEqual({ running: 0, queued: 0, threads: 2 });
      expect(await warm.run("pool.probe", {}, { timeoutMs: 20_000 })).toBe("done");
      expect(warm.load.threads).toBe(2);
    } finally {
      await warm.close();
    }
  }, 30_000);

  it("runs a task off the event loop and returns its value", async () => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    expect(await pool.run("pool.probe", { spinMs: 600 }, { timeoutMs: 20_000 })).toBe("done");
    delay.disable();
    // 600 ms of CPU in the thread; the caller's loop stays free.
    expect(delay.max / 1e6).toBeLessThan(300);
  }, 30_000);

  it("stops a task past its time limit, and the pool goes on", async () => {
    const error = await failure(pool.run("pool.probe", { spinMs: 60_000 }, { timeoutMs: 500 }));
    expect(error).toBeInstanceOf(PoolError);
    expect((error as PoolError).reason).toBe("timeout");
    expect(await pool.run("pool.probe", {}, { timeoutMs: 20_000 })).toBe("done");
  }, 30_000);

  it("stops a task past its memory limit, and the pool goes on", async () => {
    const error = await failure(pool.run("pool.probe", { allocate: true }, { timeoutMs: 20_000 }));
    expect((error as PoolError).reason).toBe("memory");
    expect(await pool.run("pool.probe", {}, { timeoutMs: 20_000 })).toBe("done");
  }, 30_000);

  it("returns a task's own error as the AppError it threw", async () => {
    const error = await failure(pool.run("pool.probe", { fail: "bad input" }, { timeoutMs: 20_000 }));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).issues[0]?.field).toBe("probe");
  }, 30_000);

  it("refuses work beyond its queue at once", async () => {
    const running = [1, 2, 3, 4].map(() => pool.run("pool.probe", { spinMs: 300 }, { timeoutMs: 20_000 }));
    const error = await failure(pool.run("pool.probe", {}, { timeoutMs: 20_000 }));
    expect((error as PoolError).reason).toBe("busy");
    await Promise.all(running);
  }, 30_000);
});
