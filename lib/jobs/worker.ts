import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { logger } from "@/lib/logger";
import { claim, complete, fail, heartbeat, requeueStale, type ClaimedJob } from "./queue";

/**
 * Runs queued jobs in this process: polls, and wakes at once when work is enqueued here. Several
 * jobs run side by side (a report mostly waits on the model). A job whose last attempt fails calls
 * its handler's onFailed, so that the failure is visible where users look.
 */

export interface JobHandler {
  run(db: Db, job: ClaimedJob): Promise<Record<string, unknown> | void>;
  onFailed?(db: Db, job: ClaimedJob, error: unknown): Promise<void>;
}

export interface WorkerOptions {
  pollMs?: number;
  concurrency?: number;
  heartbeatMs?: number;
  /** Locks older than this are taken to be from a dead worker. */
  staleAfterMs?: number;
  /** True when no other process can be running jobs (PGlite): every running job is stale at start. */
  soleWorker?: boolean;
  retryBaseMs?: number;
}

export interface Worker {
  id: string;
  kick(): void;
  /** Resolves when nothing is queued and nothing runs (tests, benchmarks). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export function startWorker(db: Db, handlers: Readonly<Record<string, JobHandler>>, options: WorkerOptions = {}): Worker {
  const id = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const kinds = Object.keys(handlers);
  const pollMs = options.pollMs ?? 2000;
  const concurrency = options.concurrency ?? 4;
  let running = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let filling: Promise<void> | null = null;
  const active = new Set<Promise<void>>();
  let idleWaiters: (() => void)[] = [];
  let lastSweep = 0;

  const notifyIdle = () => {
    if (running === 0 && !filling) {
      const waiters = idleWaiters;
      idleWaiters = [];
      waiters.forEach((w) => w());
    }
  };

  async function execute(job: ClaimedJob): Promise<void> {
    const handler = handlers[job.kind]!;
    const beat = setInterval(() => void heartbeat(db, job.id, id).catch(() => undefined), options.heartbeatMs ?? 15_000);
    try {
      const result = await handler.run(db, job);
      await complete(db, job.id, result ?? {});
    } catch (error) {
      const outcome = await fail(db, job, error, options.retryBaseMs).catch(() => "failed" as const);
      logger.warn("job.failed", { job: job.id, kind: job.kind, attempt: job.attempts, outcome, error: error instanceof Error ? error.message : String(error) });
      if (outcome === "failed") await handler.onFailed?.(db, job, error).catch(() => undefined);
      if (outcome === "retry") schedule(options.retryBaseMs ?? 5_000);
    } finally {
      clearInterval(beat);
    }
  }

  async function fill(): Promise<void> {
    if (Date.now() - lastSweep > (options.staleAfterMs ?? 120_000) / 2) {
      lastSweep = Date.now();
      await requeueStale(db, { olderThanMs: options.staleAfterMs ?? 120_000 }).catch(() => 0);
    }
    while (!stopped && running < concurrency) {
      const job = await claim(db, id, kinds);
      if (!job) break;
      running++;
      const task = execute(job).finally(() => {
        running--;
        active.delete(task);
        kick();
      });
      active.add(task);
    }
  }

  function kick(): void {
    if (stopped) return;
    if (filling) {
      filling.then(() => kick(), () => kick());
      return;
    }
    filling = fill()
      .catch((error: unknown) => logger.error("job.poll_failed", { error: error instanceof Error ? error.message : String(error) }))
      .finally(() => {
        filling = null;
        notifyIdle();
      });
  }

  function schedule(ms: number): void {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      kick();
      schedule(pollMs);
    }, ms);
    timer.unref?.();
  }

  const start = options.soleWorker ? requeueStale(db, { all: true }).catch(() => 0) : Promise.resolve(0);
  void start.then((n) => {
    if (n > 0) logger.info("job.requeued_after_restart", { jobs: n });
    kick();
    schedule(pollMs);
  });

  return {
    id,
    kick,
    idle: () =>
      new Promise<void>((resolve) => {
        void start.then(() => {
          idleWaiters.push(resolve);
          kick();
        });
      }),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await Promise.allSettled([...active]);
    },
  };
}
