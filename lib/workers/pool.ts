import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { AppError, type ErrorCode } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { TaskInput, TaskKind, TaskOutput, TaskReply } from "./tasks";

/**
 * Heavy CPU work (PDF rendering, PDF text extraction, exact plans) runs here, in worker threads, never on a
 * request's event loop. Each thread has a heap limit; each task a time limit, past which its thread
 * is stopped and replaced. A task that fails that way fails alone: the caller gets a PoolError
 * saying which limit was hit, and the server goes on answering.
 */

export type PoolFailure = "timeout" | "memory" | "crashed" | "busy";

export class PoolError extends Error {
  constructor(
    readonly reason: PoolFailure,
    message: string,
  ) {
    super(message);
    this.name = "PoolError";
  }
}

export interface PoolOptions {
  threads: number;
  /** Heap of each thread (old generation), in MB. */
  memoryMb: number;
  /** Tasks waiting beyond the running ones; more is a `busy` failure at once. */
  maxQueued: number;
  /** A thread with no work for this long is stopped (its memory returned). */
  idleMs: number;
}

interface Job {
  id: number;
  kind: TaskKind;
  input: unknown;
  timeoutMs: number;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  /** The thread has loaded its code: a task's time counts from here, not from compiling it. */
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  idle: NodeJS.Timeout | null;
}

/** A thread that has not loaded its code by then is taken to be broken. */
const STARTUP_MS = 60_000;

const ENTRY = () => path.join(process.cwd(), "lib", "workers", "tasks.ts");
/**
 * The code a thread of ours starts from (with `eval: true` and `workerData.entry`, the TypeScript file
 * to run). Source code, not a path: the bundler follows `new Worker(path)` and would try to bundle tsx
 * (and esbuild's binary) into the server. The code only loads our bootstrap file.
 */
export const BOOTSTRAP_CODE = () => `import(${JSON.stringify(pathToFileURL(path.join(process.cwd(), "lib", "workers", "bootstrap.mjs")).href)})`;

export class WorkerPool {
  private readonly threads = new Set<Thread>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private idleMs: number;

  constructor(private readonly options: PoolOptions) {
    this.idleMs = options.idleMs;
  }

  run<K extends TaskKind>(kind: K, input: TaskInput<K>, o: { timeoutMs: number }): Promise<TaskOutput<K>> {
    if (this.queue.length >= this.options.maxQueued) {
      return Promise.reject(new PoolError("busy", `${kind}: the server is busy with other documents; try again in a minute`));
    }
    return new Promise<TaskOutput<K>>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, kind, input, timeoutMs: o.timeoutMs, resolve: resolve as (value: unknown) => void, reject });
      this.pump();
    });
  }

  /**
   * Starts every thread now and keeps idle ones for `idleMs`: a worker process at boot, so that
   * loading the threads' code (seconds of CPU each) is not paid inside the first burst of requests.
   */
  warm(o: { idleMs: number }): void {
    this.idleMs = o.idleMs;
    while (this.threads.size < this.options.threads) this.release(this.spawn());
  }

  /** Running and queued tasks, for health and tests. */
  get load(): { running: number; queued: number; threads: number } {
    return { running: [...this.threads].filter((t) => t.job).length, queued: this.queue.length, threads: this.threads.size };
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let thread = [...this.threads].find((t) => !t.job);
      if (!thread && this.threads.size < this.options.threads) thread = this.spawn();
      if (!thread) return;
      this.start(thread, this.queue.shift()!);
    }
  }

  private spawn(): Thread {
    const worker = new Worker(BOOTSTRAP_CODE(), {
      eval: true,
      workerData: { entry: ENTRY() },
      // Our server modules say `import "server-only"`: the thread loads them as the server does.
      execArgv: [...process.execArgv, "--conditions=react-server"],
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb, maxYoungGenerationSizeMb: 64 },
      stdout: false,
      stderr: false,
    });
    worker.unref();
    const thread: Thread = { worker, ready: false, job: null, timer: null, idle: null };
    const startup = setTimeout(() => this.fail(thread, "crashed", "did not start"), STARTUP_MS);
    startup.unref();
    worker.on("message", (reply: TaskReply | { ready: true }) => {
      if ("ready" in reply) {
        clearTimeout(startup);
        thread.ready = true;
        if (thread.job) this.send(thread, thread.job);
        return;
      }
      this.finish(thread, reply);
    });
    worker.on("error", (error: Error & { code?: string }) => {
      const memory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
      this.fail(
        thread,
        memory ? "memory" : "crashed",
        memory ? `needed more than ${this.options.memoryMb} MB of memory and was stopped` : `stopped unexpectedly (${error.message.slice(0, 120)})`,
      );
    });
    worker.on("exit", () => this.fail(thread, "crashed", "stopped unexpectedly"));
    this.threads.add(thread);
    return thread;
  }

  private start(thread: Thread, job: Job): void {
    if (thread.idle) clearTimeout(thread.idle);
    thread.idle = null;
    thread.job = job;
    if (thread.ready) this.send(thread, job);
  }

  /** To a ready thread; the task's time limit starts now. */
  private send(thread: Thread, job: Job): void {
    thread.timer = setTimeout(() => {
      this.fail(thread, "timeout", `took longer than ${Math.round(job.timeoutMs / 1000)} s and was stopped`);
    }, job.timeoutMs);
    thread.timer.unref();
    thread.worker.postMessage({ id: job.id, kind: job.kind, input: job.input });
  }

  private finish(thread: Thread, reply: TaskReply): void {
    const job = thread.job;
    if (!job || job.id !== reply.id) return;
    this.release(thread);
    if (reply.ok) job.resolve(reply.value);
    else job.reject(new AppError(reply.error.code as ErrorCode, reply.error.message, { issues: reply.error.issues }));
    this.pump();
  }

  /** The thread is gone or must go: its task fails with the reason, the thread is replaced on demand. */
  private fail(thread: Thread, reason: PoolFailure, what: string): void {
    if (!this.threads.has(thread)) return;
    this.threads.delete(thread);
    const job = thread.job;
    thread.job = null;
    if (thread.timer) clearTimeout(thread.timer);
    if (thread.idle) clearTimeout(thread.idle);
    void thread.worker.terminate();
    if (job) {
      logger.warn("worker_task.failed", { kind: job.kind, reason });
      job.reject(new PoolError(reason, `${job.kind}: ${what}`));
    }
    this.pump();
  }

  /** Stops every thread (a tool that is done: idle threads would otherwise keep it alive until their idle time ends). */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new PoolError("crashed", `${job.kind}: the pool was closed`));
    const threads = [...this.threads];
    for (const thread of threads) this.fail(thread, "crashed", "the pool was closed");
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }

  private release(thread: Thread): void {
    if (thread.timer) clearTimeout(thread.timer);
    thread.timer = null;
    thread.job = null;
    thread.idle = setTimeout(() => {
      if (!thread.job) this.fail(thread, "crashed", "idle");
    }, this.idleMs);
    thread.idle.unref();
  }
}

const holder = globalThis as typeof globalThis & { __shuzhenPool?: WorkerPool };

/** Closes this process's pool, if it started one (benchmarks and scripts, when they are done). */
export async function closeHeavyWork(): Promise<void> {
  const pool = holder.__shuzhenPool;
  holder.__shuzhenPool = undefined;
  await pool?.close();
}

/** One pool per process (route bundles each load this module; the pool lives on globalThis). */
export function heavyWork(): WorkerPool {
  holder.__shuzhenPool ??= new WorkerPool({ threads: 2, memoryMb: 768, maxQueued: 32, idleMs: 5 * 60_000 });
  return holder.__shuzhenPool;
}
