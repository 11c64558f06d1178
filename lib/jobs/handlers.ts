import "server-only";
import type { Db } from "@/db/client";
import { JOBS } from "./definitions";
import { startWorker, type JobHandler, type Worker } from "./worker";

/** Slots per kind, from the definitions: report writing keeps slots of its own, so exports and document reading can never take them all. */
export const JOB_SLOTS: Readonly<Record<string, number>> = Object.fromEntries(JOBS.map((j) => [j.kind, j.slots]));

/**
 * The worker every process runs the same way: in the app server (PGlite, or JOB_WORKER=true) or in
 * `npm run worker` processes (PostgreSQL). Handlers (LLM client, PDF renderer) load only here.
 */
export async function startJobWorker(db: Db, o: { soleWorker: boolean; yieldWhile?: () => boolean }): Promise<{ worker: Worker; llm: string }> {
  const [{ defaultModel }, handlers] = await Promise.all([
    import("@/lib/llm"),
    Promise.all(JOBS.map(async (j) => [j.kind, await j.load()] as [string, JobHandler])),
  ]);
  const worker = startWorker(db, Object.fromEntries(handlers), { soleWorker: o.soleWorker, concurrency: 6, slots: JOB_SLOTS, yieldWhile: o.yieldWhile });
  return { worker, llm: defaultModel()?.model ?? "none (deterministic writer)" };
}
