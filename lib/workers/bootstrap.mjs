// Entry of a heavy-work thread (lib/workers/pool.ts): our TypeScript is compiled on load by tsx,
// which `npm start` already runs on, so the thread needs no build step of its own.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
