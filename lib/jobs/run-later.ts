/**
 * Thrown by a job that must wait (reports it needs are still being written, a provider said
 * Retry-After): the worker puts it back in the queue with `run_at` in the future and frees its slot,
 * instead of sleeping in it. Waits are capped, so a provider's `Retry-After: 3600` costs a minute's
 * reschedule, not an hour of a slot.
 */
export const MAX_RUN_LATER_MS = 60_000;

export class RunLater extends Error {
  readonly delayMs: number;
  constructor(
    delayMs: number,
    reason: string,
    /** A failed try (a provider's refusal) counts against max attempts; waiting for other work does not. */
    readonly countsAsAttempt = false,
  ) {
    super(reason);
    this.name = "RunLater";
    this.delayMs = Math.min(MAX_RUN_LATER_MS, Math.max(0, delayMs));
  }
}
