import "server-only";
import path from "node:path";
import { Worker as Thread } from "node:worker_threads";
import { databaseDriver, env } from "@/lib/env";
import { database } from "@/lib/db";
import { activityBuffer } from "@/lib/http/activity";
import { logger } from "@/lib/logger";
import { BOOTSTRAP_CODE } from "@/lib/workers/pool";

/**
 * The background jobs of this server (when JOB_WORKER is on), on a thread of their own: report
 * writing, exports and document reading never run on the thread that answers requests. On the
 * embedded database the thread reaches the database's thread through a port; on PostgreSQL it opens
 * its own connections. The thread runs below the request thread's priority and gives way while
 * requests are being answered (lib/http/activity.ts, in shared memory).
 */
export interface JobsThread {
  kick(): void;
  stop(): Promise<void>;
}

// On globalThis: the server loads this module once per bundle (instrumentation, each route), and a
// second thread would run the same jobs again.
const holder = globalThis as typeof globalThis & { __shuzhenWorker?: Promise<JobsThread | null> };

async function startThread(): Promise<JobsThread> {
  const { connect } = await database();
  const dbPort = databaseDriver() === "pglite" && connect ? connect() : undefined;
  const thread = new Thread(BOOTSTRAP_CODE(), {
    eval: true,
    workerData: { entry: path.join(process.cwd(), "lib", "jobs", "thread.ts"), dbPort, activity: activityBuffer() },
    transferList: dbPort ? [dbPort] : [],
    // Our server modules say `import "server-only"`: the thread loads them as the server does.
    execArgv: [...process.execArgv, "--conditions=react-server"],
  });
  thread.unref();
  await new Promise<void>((resolve, reject) => {
    thread.once("message", (m: unknown) => (m === "ready" ? resolve() : reject(new Error(`jobs thread: ${String(m)}`))));
    thread.once("error", reject);
  });
  thread.on("error", (error) => logger.error("job.thread_failed", { error: error.message }));
  thread.on("exit", (code) => {
    logger.warn("job.thread_exited", { code });
    holder.__shuzhenWorker = undefined; // the next kick starts another
  });
  return {
    kick: () => thread.postMessage("kick"),
    stop: async () => {
      thread.postMessage("stop");
      await new Promise<void>((resolve) => thread.once("exit", () => resolve()));
    },
  };
}

export function ensureWorker(): Promise<JobsThread | null> {
  holder.__shuzhenWorker ??= (async () => {
    if (!env().JOB_WORKER) return null;
    return startThread();
  })().catch((error: unknown) => {
    logger.error("job.thread_failed", { error: error instanceof Error ? error.message : String(error) });
    holder.__shuzhenWorker = undefined;
    return null;
  });
  return holder.__shuzhenWorker;
}

/** Wake the worker after enqueuing, so work starts now rather than at the next poll (a separate worker process polls). */
export function kickJobs(): void {
  void ensureWorker().then((w) => w?.kick());
}
