import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { rowsOf } from "@/lib/db/rows";

/**
 * Counters in the database (shared by every app server): fixed windows (one statement per hit that
 * starts a new window when the old one has ended), and for failures an exponential back-off.
 */

export interface Limit {
  limit: number;
  windowMs: number;
}

export interface LimitState {
  count: number;
  /** Milliseconds until the window ends. */
  resetsInMs: number;
}

export async function hit(db: Db, key: string, windowMs: number): Promise<LimitState> {
  const seconds = windowMs / 1000;
  const [row] = rowsOf<{ count: number; ends: string | Date }>(
    await db.execute(sql`
      insert into ${rateLimits} (key, count, window_ends_at)
      values (${key}, 1, now() + make_interval(secs => ${seconds}))
      on conflict (key) do update set
        count = case when ${rateLimits.windowEndsAt} <= now() then 1 else ${rateLimits.count} + 1 end,
        window_ends_at = case when ${rateLimits.windowEndsAt} <= now() then now() + make_interval(secs => ${seconds}) else ${rateLimits.windowEndsAt} end
      returning count, window_ends_at as ends`),
  );
  return { count: Number(row?.count ?? 1), resetsInMs: Math.max(0, new Date(row?.ends ?? Date.now()).getTime() - Date.now()) };
}

/** The current count without counting (0 once the window has ended). */
export async function peek(db: Db, key: string): Promise<LimitState> {
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
  if (!row || row.windowEndsAt.getTime() <= Date.now()) return { count: 0, resetsInMs: 0 };
  return { count: row.count, resetsInMs: row.windowEndsAt.getTime() - Date.now() };
}

/**
 * Back-off after failures: the first `free` failures in a row cost nothing, then each failure makes the
 * next attempt wait base, 2×base, 4×base … at most `capMs`. Never a lock-out: once the wait is over
 * the next attempt is judged on its merits. Failures are forgotten after `windowMs` without one.
 */
export interface Backoff {
  free: number;
  baseMs: number;
  capMs: number;
  windowMs: number;
}

export function backoffDelay(policy: Backoff, failures: number): number {
  if (failures < policy.free) return 0;
  return Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(failures - policy.free, 30));
}

/** Milliseconds before the key may try again (0: now). */
export async function waitFor(db: Db, key: string): Promise<number> {
  const [row] = await db.select({ until: rateLimits.blockedUntil, ends: rateLimits.windowEndsAt }).from(rateLimits).where(eq(rateLimits.key, key));
  if (!row?.until || row.ends.getTime() <= Date.now()) return 0;
  return Math.max(0, row.until.getTime() - Date.now());
}

/** Counts a failure (the window restarts with each one) and sets the wait it earns. */
export async function failure(db: Db, key: string, policy: Backoff): Promise<{ failures: number; waitMs: number }> {
  const seconds = policy.windowMs / 1000;
  const [row] = rowsOf<{ count: number }>(
    await db.execute(sql`
      insert into ${rateLimits} (key, count, window_ends_at)
      values (${key}, 1, now() + make_interval(secs => ${seconds}))
      on conflict (key) do update set
        count = case when ${rateLimits.windowEndsAt} <= now() then 1 else ${rateLimits.count} + 1 end,
        window_ends_at = now() + make_interval(secs => ${seconds})
      returning count`),
  );
  const failures = Number(row?.count ?? 1);
  const waitMs = backoffDelay(policy, failures);
  await db.update(rateLimits).set({ blockedUntil: waitMs > 0 ? new Date(Date.now() + waitMs) : null }).where(eq(rateLimits.key, key));
  return { failures, waitMs };
}

export async function clear(db: Db, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}
