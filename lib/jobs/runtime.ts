import "server-only";
import { databaseDriver, env } from "@/lib/env";
import { database } from "@/lib/db";
import { logger } from "@/lib/logger";
import { EXPORT_JOB, POLICY_DOCUMENT_JOB, REPORT_JOB } from "./kinds";
import { startWorker, type Worker } from "./worker";

export const JOB_SLOTS = { [REPORT_JOB]: 4, [EXPORT_JOB]: 1, [POLICY_DOCUMENT_JOB]: 1 } as const;

/** The in-process worker of this server (started once, at boot or on first use). */

// On globalThis: the server loads this module once per bundle (instrumentation, each route), and a
// second worker would run the same jobs again (measured: one per route that kicks it).
const holder = globalThis as typeof globalThis & { __shuzhenWorker?: Promise<Worker | null> };

export function ensureWorker(): Promise<Worker | null> {
  holder.__shuzhenWorker ??= (async () => {
    if (!env().JOB_WORKER) return null;
    // Handlers load the LLM client and the PDF renderer: only when a worker actually starts.
    const [{ db }, { defaultModel }, { reportJobHandler }, { exportJobHandler }, { policyDocumentJobHandler }] = await Promise.all([
      database(),
      import("@/lib/llm"),
      import("@/lib/reports/job"),
      import("@/lib/reports/export"),
      import("@/lib/admin/policy-documents"),
    ]);
    const handlers = {
      [REPORT_JOB]: reportJobHandler(defaultModel),
      [EXPORT_JOB]: exportJobHandler(),
      [POLICY_DOCUMENT_JOB]: policyDocumentJobHandler(defaultModel),
    };
    // Report writing keeps slots of its own: exports and document reading can never take them all.
    const w = startWorker(db, handlers, { soleWorker: databaseDriver() === "pglite", concurrency: 6, slots: JOB_SLOTS });
    logger.info("job.worker_started", { worker: w.id, llm: defaultModel()?.model ?? "none (deterministic writer)" });
    return w;
  })();
  return holder.__shuzhenWorker;
}

/** Wake the worker after enqueuing, so work starts now rather than at the next poll. */
export function kickJobs(): void {
  void ensureWorker().then((w) => w?.kick());
}
