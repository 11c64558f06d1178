import "server-only";
import { databaseDriver, env } from "@/lib/env";
import { database } from "@/lib/db";
import { defaultModel } from "@/lib/llm";
import { logger } from "@/lib/logger";
import { REPORT_JOB, reportJobHandler } from "@/lib/reports/job";
import { startWorker, type Worker } from "./worker";

/** The in-process worker of this server (started once, on first use or at boot). */

let worker: Promise<Worker | null> | undefined;

export function ensureWorker(): Promise<Worker | null> {
  worker ??= (async () => {
    if (!env().JOB_WORKER) return null;
    const { db } = await database();
    const w = startWorker(db, { [REPORT_JOB]: reportJobHandler(defaultModel) }, { soleWorker: databaseDriver() === "pglite", concurrency: 4 });
    logger.info("job.worker_started", { worker: w.id, llm: defaultModel()?.model ?? "none (deterministic writer)" });
    return w;
  })();
  return worker;
}

/** Wake the worker after enqueuing, so work starts now rather than at the next poll. */
export function kickJobs(): void {
  void ensureWorker().then((w) => w?.kick());
}
