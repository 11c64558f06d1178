import type { Db } from "@/db/client";
import { EXPORT_JOB, POLICY_DOCUMENT_JOB, REPORT_JOB, SYNTHETIC_SUBSIDIES_JOB } from "./kinds";
import { startWorker, type Worker } from "./worker";

/** Report writing keeps slots of its own: exports and document reading can never take them all. */
export const JOB_SLOTS = { [REPORT_JOB]: 4, [EXPORT_JOB]: 1, [POLICY_DOCUMENT_JOB]: 1, [SYNTHETIC_SUBSIDIES_JOB]: 1 } as const;

/**
 * The worker every process runs the same way: in the app server (PGlite, or JOB_WORKER=true) or in
 * `npm run worker` processes (PostgreSQL). Handlers load the LLM client and the PDF renderer only here.
 */
export async function startJobWorker(db: Db, o: { soleWorker: boolean; yieldWhile?: () => boolean }): Promise<{ worker: Worker; llm: string }> {
  const [{ defaultModel }, { reportJobHandler }, { exportJobHandler }, { policyDocumentJobHandler }, { syntheticSubsidiesJobHandler }] = await Promise.all([
    import("@/lib/llm"),
    import("@/lib/reports/job"),
    import("@/lib/reports/export"),
    import("@/lib/admin/policy-documents"),
    import("@/lib/dashboard/synthetic-subsidies"),
  ]);
  const handlers = {
    [REPORT_JOB]: reportJobHandler(defaultModel),
    [EXPORT_JOB]: exportJobHandler(),
    [POLICY_DOCUMENT_JOB]: policyDocumentJobHandler(defaultModel),
    [SYNTHETIC_SUBSIDIES_JOB]: syntheticSubsidiesJobHandler(),
  };
  const worker = startWorker(db, handlers, { soleWorker: o.soleWorker, concurrency: 6, slots: JOB_SLOTS, yieldWhile: o.yieldWhile });
  return { worker, llm: defaultModel()?.model ?? "none (deterministic writer)" };
}
