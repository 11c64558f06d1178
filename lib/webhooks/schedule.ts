/**
 * When a failed delivery is tried again: after 1 min, 5 min, 30 min, 2 h, 5 h and 10 h, then once more
 * a day after the first try; then it has failed. Pure (tests, and the delivery log's "next try").
 */
export const RETRY_DELAYS_S = [60, 300, 1_800, 7_200, 18_000, 36_000] as const;
export const RETRY_WINDOW_MS = 24 * 3_600_000;

/** The next try after `attempts` failed ones, or null when the day is over. `jitter` in [0, 1) spreads receivers' load. */
export function nextAttemptAt(startedAt: Date, attempts: number, now: Date, jitter = 0): Date | null {
  const end = startedAt.getTime() + RETRY_WINDOW_MS;
  if (now.getTime() >= end) return null;
  const delay = RETRY_DELAYS_S[attempts - 1];
  if (delay === undefined) return new Date(end);
  const next = now.getTime() + delay * 1000 * (1 + 0.1 * jitter);
  return new Date(Math.min(next, end));
}
