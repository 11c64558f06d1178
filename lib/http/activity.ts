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
  const inFlight = Atomics.add(state.counts, 0, 1) + 1;
  tellSupervisor((state.times[0] = Date.now()), inFlight);
}

export function requestEnded(): void {
  let inFlight = Atomics.sub(state.counts, 0, 1) - 1;
  if (inFlight < 0) Atomics.store(state.counts, 0, (inFlight = 0));
  tellSupervisor((state.times[0] = Date.now()), inFlight);
}

/** What a server tells the process that started it (scripts/start.ts), which tells its worker processes. */
interface ActivityMessage {
  kind: "shuzhen.activity";
  at: number;
  /** Requests being answered at `at`: a long one keeps workers waiting though nothing else happens. */
  inFlight: number;
}

const isActivity = (m: unknown): m is ActivityMessage =>
  typeof m === "object" &&
  m !== null &&
  (m as ActivityMessage).kind === "shuzhen.activity" &&
  typeof (m as ActivityMessage).at === "number" &&
  typeof (m as ActivityMessage).inFlight === "number";

// On globalThis with the counts: route bundles each load this module, one throttle serves them all.
const told = ((holder as typeof globalThis & { __shuzhenTold?: { at: number; inFlight: number; supervised?: boolean } }).__shuzhenTold ??= {
  at: 0,
  inFlight: 0,
});

/**
 * At most every 100 ms, and at once when the last request ends; only to a supervisor that listens:
 * npm start on PostgreSQL sets SHUZHEN_ACTIVITY_IPC for a server it gave an IPC channel to (another
 * parent, such as a test runner, may not expect our messages).
 */
function tellSupervisor(now: number, inFlight: number): void {
  told.supervised ??= !!process.send && env().SHUZHEN_ACTIVITY_IPC;
  if (!told.supervised || !process.connected) return;
  const quietNow = inFlight === 0 && told.inFlight > 0;
  if (now - told.at < 100 && !quietNow) return;
  told.at = now;
  told.inFlight = inFlight;
  process.send?.({ kind: "shuzhen.activity", at: now, inFlight } satisfies ActivityMessage, undefined, undefined, () => {});
}

type Listener = { connected: boolean; send(message: unknown, callback: (error: Error | null) => void): boolean };

/** The supervisor's side: relays a server's activity to the worker processes beside it (a worker that is going away is skipped). */
export function relayActivity(message: unknown, to: readonly Listener[]): void {
  if (!isActivity(message)) return;
  for (const w of to) if (w.connected) w.send(message, () => {});
}

/** A server that stopped reporting is not taken to be busy for longer than this, whatever it last said. */
const LONGEST_REQUEST_MS = 30_000;

/**
 * A worker process's side: whether a server beside it is answering requests or did within the last
 * `quietMs` (the rule of `busyIn`, reported at most every 100 ms). Always false for a worker started
 * on its own.
 */
export function serversBusy(quietMs = 350): () => boolean {
  let last: ActivityMessage = { kind: "shuzhen.activity", at: 0, inFlight: 0 };
  process.on("message", (m: unknown) => {
    if (isActivity(m) && m.at >= last.at) last = m;
  });
  return () => {
    const since = Date.now() - last.at;
    return since < quietMs || (last.inFlight > 0 && since < LONGEST_REQUEST_MS);
  };
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
