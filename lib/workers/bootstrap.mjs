// Entry of a heavy-work thread (lib/workers/pool.ts): our TypeScript is compiled on load by tsx,
// which `npm start` already runs on, so the thread needs no build step of its own.
import { setPriority } from "node:os";
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

// Below the request thread: on Linux a thread's nice value is its own, and setpriority on "0" sets the
// calling thread's only. Heavy work (PDFs, exact plans) then takes the CPU the requests leave.
try {
  setPriority(0, 10);
} catch {
  /* not permitted here: run at normal priority */
}

register();
await import(workerData.entry);
