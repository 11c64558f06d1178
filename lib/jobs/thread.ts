/**
 * The jobs thread (lib/jobs/runtime.ts): the job worker, on the server's database, off the thread that
 * answers requests. Loaded by lib/workers/bootstrap.mjs, which also lowers the thread's priority.
 */
import "server-only";
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { openDatabase } from "@/db/client";
import { adoptDatabase, database } from "@/lib/db";
import { databaseDriver } from "@/lib/env";
import { busyIn } from "@/lib/http/activity";
import { logger } from "@/lib/logger";
import { startJobWorker } from "./handlers";

const port = parentPort;
if (!port) throw new Error("lib/jobs/thread.ts runs as a worker thread");
const { dbPort, activity } = workerData as { dbPort?: MessagePort; activity: SharedArrayBuffer };

// The embedded database lives in its own thread, opened by the server: this thread talks to it.
if (dbPort) adoptDatabase(await openDatabase({ driver: "pglite", port: dbPort }));
const { db } = await database();
const { worker, llm } = await startJobWorker(db, { soleWorker: databaseDriver() === "pglite", yieldWhile: () => busyIn(activity) });
logger.info("job.worker_started", { worker: worker.id, llm, process: "server", thread: "jobs" });

port.on("message", (m: unknown) => {
  if (m === "kick") worker.kick();
  if (m === "stop") void worker.stop().finally(() => process.exit(0));
});
port.postMessage("ready");
