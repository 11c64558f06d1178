import { describe, expect, it } from "vitest";
import { nextAttemptAt, RETRY_DELAYS_S, RETRY_WINDOW_MS } from "./schedule";

describe("webhook retry schedule", () => {
  const start = new Date("2026-12-01T00:00:00Z");
  it("backs off, ends with a try a day after the first, then gives up", () => {
    let now = start;
    const tries: number[] = [];
    for (let attempts = 1; ; attempts++) {
      const next = nextAttemptAt(start, attempts, now);
      if (!next) break;
      expect(next.getTime()).toBeGreaterThan(now.getTime());
      tries.push(next.getTime() - start.getTime());
      now = next;
    }
    expect(tries.length).toBe(RETRY_DELAYS_S.length + 1);
    expect(tries.at(-1)).toBe(RETRY_WINDOW_MS);
    expect(tries[0]).toBe(60_000);
  });
  it("never schedules beyond the day, with jitter", () => {
    const late = new Date(start.getTime() + RETRY_WINDOW_MS - 1000);
    expect(nextAttemptAt(start, 1, late, 0.99)!.getTime()).toBe(start.getTime() + RETRY_WINDOW_MS);
    expect(nextAttemptAt(start, 3, new Date(start.getTime() + RETRY_WINDOW_MS))).toBeNull();
  });
});
