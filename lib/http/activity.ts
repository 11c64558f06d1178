import "server-only";
import { env } from "@/lib/env";

/**
 * Requests this process is answering, so that background work (the jobs thread, whose queries share
 * the embedded database's one thread with every request's) can give way to them. In shared memory:
 * the server's thread writes, the jobs thread reads. On globalThis: route bundles each load this
 * module, and they must count together.
 */
interface Activity {
  buffer: SharedArrayBuffer;
  /** [0]: requests in flight. */
  counts: Int32Array;
  /** [0]: when a request last started or ended (ms since the epoch). */
  times: Float64Array;
}

function over(buffer: SharedArrayBuffer): Activity {
  return { buffer, counts: new Int32Array(buffer, 0, 2), times: new Float64Array(buffer, 8, 1) };
}

const holder = globalThis as typeof globalThis & { __shuzhenActivity?: Activity };
const state = (holder.__shuzhenActivity ??= over(new SharedArrayBuffer(16)));

export function requestStarted(): void {
  Atomics.add(state.counts, 0, 1);
  tellSupervisor((state.times[0] = Date.now()));
}

export function requestEnded(): void {
  if (Atomics.sub(state.counts, 0, 1) <= 0) Atomics.store(state.counts, 0, 0);
  tellSupervisor((state.times[0] = Date.now()));
}

/** What a server tells the process that started it (scripts/start.ts), which tells its worker processes. */
interface ActivityMessage {
  kind: "shuzhen.activity";
  at: number;
}

const isActivity = (m: unknown): m is ActivityMessage =>
  typeof m === "object" && m !== null && (m as ActivityMessage).kind === "shuzhen.activity" && typeof (m as ActivityMessage).at === "number";

let toldAt = 0;
let supervised: boolean | undefined;
/**
 * At most every 100 ms, and only to a supervisor that listens: npm start on PostgreSQL sets
 * SHUZHEN_ACTIVITY_IPC for a server it gave an IPC channel to (another parent, such as a test
 * runner, may not expect our messages).
 */
function tellSupervisor(now: number): void {
  supervised ??= !!process.send && env().SHUZHEN_ACTIVITY_IPC;
  if (!supervised || !process.connected || now - toldAt < 100) return;
  toldAt = now;
  process.send?.({ kind: "shuzhen.activity", at: now } satisfies ActivityMessage);
}

/** The supervisor's side: relays a server's activity to the worker processes beside it. */
export function relayActivity(message: unknown, to: readonly { connected: boolean; send(m: unknown): boolean }[]): void {
  if (!isActivity(message)) return;
  for (const w of to) if (w.connected) w.send(message);
}

/**
 * A worker process's side: whether a server beside it answered requests within the last `quietMs`
 * (the same rule as `busyIn`, 100 ms coarser). Always false for a worker started on its own.
 */
export function serversBusy(quietMs = 350): () => boolean {
  let at = 0;
  process.on("message", (m: unknown) => {
    if (isActivity(m)) at = Math.max(at, m.at);
  });
  return () => Date.now() - at < quietMs;
}

/** The shared memory to hand to the jobs thread, which reads it with `busyIn`. */
export function activityBuffer(): SharedArrayBuffer {
  return state.buffer;
}

/**
 * Whether requests are being answered, or were within the last `quietMs`. Generous on purpose: a job
 * that holds the database keeps new requests waiting in their sockets, unseen here, so a short
 * window read at a job's end looks quiet during a burst (measured: 20 ms let 286 of 400 reports run
 * inside a burst of 400 submits; the submits then ran at a third of their speed).
 */
export function busyIn(buffer: SharedArrayBuffer, quietMs = 250): boolean {
  const a = over(buffer);
  return Atomics.load(a.counts, 0) > 0 || Date.now() - (a.times[0] ?? 0) < quietMs;
}

export function serverBusy(quietMs = 250): boolean {
  return busyIn(state.buffer, quietMs);
}
