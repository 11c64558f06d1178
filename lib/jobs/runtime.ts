import "server-only";
import { databaseDriver, env } from "@/lib/env";
import { database } from "@/lib/db";
import { serverBusy } from "@/lib/http/activity";
import { logger } from "@/lib/logger";
import { startJobWorker } from "./handlers";
import type { Worker } from "./worker";

/** The in-process worker of this server (started once, at boot or on first use), when JOB_WORKER is on. */

// On globalThis: the server loads this module once per bundle (instrumentation, each route), and a
// second worker would run the same jobs again (measured: one per route that kicks it).
const holder = globalThis as typeof globalThis & { __shuzhenWorker?: Promise<Worker | null> };

export function ensureWorker(): Promise<Worker | null> {
  holder.__shuzhenWorker ??= (async () => {
    if (!env().JOB_WORKER) return null;
    const { db } = await database();
    // In the server, jobs give way to requests: they share its event loop (and on PGlite its database).
    const { worker, llm } = await startJobWorker(db, { soleWorker: databaseDriver() === "pglite", yieldWhile: () => serverBusy() });
    logger.info("job.worker_started", { worker: worker.id, llm, process: "server" });
    return worker;
  })();
  return holder.__shuzhenWorker;
}

/** Wake the worker after enqueuing, so work starts now rather than at the next poll (a separate worker process polls). */
export function kickJobs(): void {
  void ensureWorker().then((w) => w?.kick());
}
