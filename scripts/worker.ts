/**
 * `npm run worker`: a background worker process (report writing, exports, document reading) on the
 * PostgreSQL of DATABASE_URL. `npm start` starts JOB_WORKERS of them beside the app server; a city
 * deployment may run more on other machines. Jobs are claimed with FOR UPDATE SKIP LOCKED, so any
 * number of workers share the queue; SIGTERM lets running jobs finish.
 */
import { constants, setPriority } from "node:os";
import { databaseDriver, EnvError, parseEnv } from "@/lib/env";
import { database } from "@/lib/db";
import { startJobWorker } from "@/lib/jobs/handlers";
import { serversBusy } from "@/lib/http/activity";
import { logger } from "@/lib/logger";
import { heavyWork } from "@/lib/workers/pool";

try {
  parseEnv(process.env);
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
if (databaseDriver() !== "postgres") {
  console.error("npm run worker needs DATABASE_URL (PostgreSQL): with the embedded database the app server runs jobs itself (one process only).");
  process.exit(2);
}
// Background work runs below the app servers on a shared machine: requests get the CPU first.
try {
  setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
} catch {
  /* not permitted here: run at normal priority */
}
const { db, close } = await database();
// Started by npm start beside a server: new jobs wait while it answers requests (at most 1 s between two).
const { worker, llm } = await startJobWorker(db, { soleWorker: false, yieldWhile: serversBusy() });
// Plans and PDFs run in threads: start them now, not during the first burst of submits.
heavyWork().warm({ idleMs: 60 * 60_000 });
logger.info("job.worker_started", { worker: worker.id, llm, process: "worker" });
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await worker.stop();
  await close();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
