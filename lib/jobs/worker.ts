import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { logger } from "@/lib/logger";
import { claim, complete, fail, hasWork, heartbeat, postpone, requeueStale, type ClaimedJob } from "./queue";
import { RunLater } from "./run-later";

/**
 * Runs queued jobs in this process: polls, and wakes at once when work is enqueued here. Several
 * jobs run side by side (a report mostly waits on the model), each kind within its own slots so that
 * one kind (exports, say) can never take every slot from report writing. A job that must wait throws
 * RunLater and goes back to the queue instead of sleeping in its slot. A job whose last attempt
 * fails calls its handler's onFailed, so that the failure is visible where users look.
 */

export interface JobHandler {
  run(db: Db, job: ClaimedJob): Promise<Record<string, unknown> | void>;
  onFailed?(db: Db, job: ClaimedJob, error: unknown): Promise<void>;
}

export interface WorkerOptions {
  pollMs?: number;
  concurrency?: number;
  /** At most this many jobs of a kind at once (a kind not named may use every slot). */
  slots?: Readonly<Record<string, number>>;
  heartbeatMs?: number;
  /** Locks older than this are taken to be from a dead worker. */
  staleAfterMs?: number;
  /** True when no other process can be running jobs (PGlite): every running job is stale at start. */
  soleWorker?: boolean;
  retryBaseMs?: number;
  /**
   * While this says the process is busy answering requests, new jobs wait (a worker on the request's
   * own event loop gives way), but never longer than `maxYieldMs` between two starts.
   */
  yieldWhile?: () => boolean;
  /** Default 1 s: a steady trickle of requests must not hold reports back for long. */
  maxYieldMs?: number;
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
  const runningByKind = new Map<string, number>();
  const freeKinds = () => kinds.filter((k) => (runningByKind.get(k) ?? 0) < (options.slots?.[k] ?? concurrency));
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let filling: Promise<void> | null = null;
  const active = new Set<Promise<void>>();
  let idleWaiters: (() => void)[] = [];
  let lastSweep = 0;
  let lastStart = 0;

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
    } catch (thrown) {
      let error = thrown;
      if (error instanceof RunLater && !(error.countsAsAttempt && job.attempts >= job.maxAttempts)) {
        await postpone(db, job, error.delayMs, error.message, error.countsAsAttempt).catch(() => undefined);
        logger.info("job.postponed", { job: job.id, kind: job.kind, delayMs: error.delayMs, reason: error.message });
        schedule(error.delayMs + 50);
        return;
      }
      if (error instanceof RunLater) error = new Error(`gave up after ${job.attempts} attempts: ${error.message}`);
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
      if (options.yieldWhile) {
        // A turn of the event loop first: PGlite answers queries in microtasks, so jobs that follow one
        // another never let the loop reach its I/O phase, and requests waiting in their sockets were
        // not even read (measured: 80 s without an answer while 1,500 reports were written).
        await new Promise((resolve) => setImmediate(resolve));
        if (stopped) break;
      }
      if (options.yieldWhile?.() && Date.now() - lastStart < (options.maxYieldMs ?? 1_000)) {
        schedule(25);
        break;
      }
      const open = freeKinds();
      if (open.length === 0) break;
      const job = await claim(db, id, open);
      if (!job) break;
      lastStart = Date.now();
      running++;
      runningByKind.set(job.kind, (runningByKind.get(job.kind) ?? 0) + 1);
      const task = execute(job).finally(() => {
        running--;
        runningByKind.set(job.kind, (runningByKind.get(job.kind) ?? 1) - 1);
        active.delete(task);
        kick();
      });
      active.add(task);
    }
  }

  function kick(): void {
    if (stopped) return;
    if (filling) {
      filling.then(
        () => kick(),
        () => kick(),
      );
      return;
    }
    filling = fill()
      .catch((error: unknown) => logger.error("job.poll_failed", { error: error instanceof Error ? error.message : String(error) }))
      .finally(() => {
        filling = null;
        notifyIdle();
      });
  }

  /** The next wake-up: never later than one already planned (a long postponement must not delay polling). */
  let nextAt = Infinity;
  function schedule(ms: number): void {
    if (stopped) return;
    const at = Date.now() + Math.min(ms, pollMs);
    if (at >= nextAt) return;
    clearTimeout(timer);
    nextAt = at;
    timer = setTimeout(() => {
      nextAt = Infinity;
      kick();
      schedule(pollMs);
    }, at - Date.now());
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
    // Postponed jobs count as work: idle means nothing runs and nothing waits in the queue.
    async idle() {
      await start;
      for (;;) {
        await new Promise<void>((resolve) => {
          idleWaiters.push(resolve);
          kick();
        });
        // A poll under way when the waiter was met may have claimed a job since: it counts (running here).
        if (stopped || !(await hasWork(db, kinds, id))) return;
        await new Promise((resolve) => setTimeout(resolve, Math.min(pollMs, 200)));
      }
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await Promise.allSettled([...active]);
    },
  };
}
