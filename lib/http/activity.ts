/**
 * Requests this process is answering, so that background work sharing the process (the job worker
 * on the embedded database, which runs on the same event loop as every query) can give way to them.
 * On globalThis: route bundles each load this module, and they must count together.
 */
const state = ((globalThis as typeof globalThis & { __shuzhenActivity?: { inFlight: number; lastAt: number } }).__shuzhenActivity ??= { inFlight: 0, lastAt: 0 });

export function requestStarted(): void {
  state.inFlight++;
  state.lastAt = Date.now();
}

export function requestEnded(): void {
  state.inFlight = Math.max(0, state.inFlight - 1);
  state.lastAt = Date.now();
}

/** Whether requests are being answered, or were within the last `quietMs`. */
export function serverBusy(quietMs = 20): boolean {
  return state.inFlight > 0 || Date.now() - state.lastAt < quietMs;
}
