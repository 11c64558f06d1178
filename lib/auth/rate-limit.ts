import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { rowsOf } from "@/lib/db/rows";

/**
 * Counters in the database (shared by every app server): fixed windows (one statement per hit that
 * starts a new window when the old one has ended), and for failures an exponential back-off.
 */

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

/** A key to claim an attempt on, with the back-off its failures earn. */
export interface Claim {
  key: string;
  policy: Backoff;
}

export type ClaimOutcome =
  /** The attempt may proceed; it already counts as a failure (with the wait it earns) until released. */
  | { ok: true; claimed: { key: string; count: number; blockedUntil: Date | null }[] }
  /** Refused and not counted: some key must still wait this long. */
  | { ok: false; waitMs: number };

/**
 * Claims one attempt on every key together, before the attempt is judged: if no key is waiting, each
 * counts the attempt as a failure and sets the wait that failure earns; otherwise nothing is written.
 * One transaction that locks the keys' rows (in key order, so claims never deadlock), so that attempts
 * sent together are counted one after another: once the free attempts are used, one attempt at most
 * gets through per wait, however many arrive when it ends. Times are the database's (one clock for
 * every app server). A success hands its claim back with `release`.
 */
export async function claim(db: Db, claims: readonly Claim[]): Promise<ClaimOutcome> {
  const sorted = [...new Map(claims.map((c) => [c.key, c])).values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (sorted.length === 0) return { ok: true, claimed: [] };
  const keys = sql.join(
    sorted.map((c) => sql`${c.key}`),
    sql`, `,
  );
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`insert into ${rateLimits} (key, count, window_ends_at) select k, 0, now() from unnest(array[${keys}]::text[]) as k on conflict (key) do nothing`,
    );
    const rows = rowsOf<{ key: string; count: number; window_ends_at: string | Date; blocked_until: string | Date | null; now: string | Date }>(
      await tx.execute(
        sql`select key, count, window_ends_at, blocked_until, clock_timestamp() as now from ${rateLimits} where key in (${keys}) order by key for update`,
      ),
    );
    const now = new Date(rows[0]?.now ?? Date.now()).getTime();
    const current = (row: (typeof rows)[number]) => new Date(row.window_ends_at).getTime() > now;
    const waitMs = Math.max(0, ...rows.map((row) => (row.blocked_until && current(row) ? new Date(row.blocked_until).getTime() - now : 0)));
    if (waitMs > 0) return { ok: false, waitMs };
    const claimed = sorted.map((c) => {
      const row = rows.find((r) => r.key === c.key);
      const count = (row && current(row) ? Number(row.count) : 0) + 1;
      const delay = backoffDelay(c.policy, count);
      return { key: c.key, count, blockedUntil: delay > 0 ? new Date(now + delay) : null, windowEndsAt: new Date(now + c.policy.windowMs) };
    });
    for (const c of claimed) {
      await tx.update(rateLimits).set({ count: c.count, blockedUntil: c.blockedUntil, windowEndsAt: c.windowEndsAt }).where(eq(rateLimits.key, c.key));
    }
    return { ok: true, claimed: claimed.map(({ key, count, blockedUntil }) => ({ key, count, blockedUntil })) };
  });
}

/**
 * Hands back a claimed attempt that turned out not to be a failure: one count less, and the wait it set
 * lifted unless a later claim has set another since.
 */
export async function release(db: Db, claimed: { key: string; blockedUntil: Date | null }): Promise<void> {
  await db
    .update(rateLimits)
    .set({
      count: sql`greatest(${rateLimits.count} - 1, 0)`,
      blockedUntil: claimed.blockedUntil
        ? sql`case when ${rateLimits.blockedUntil} = ${claimed.blockedUntil.toISOString()}::timestamptz then null else ${rateLimits.blockedUntil} end`
        : sql`${rateLimits.blockedUntil}`,
    })
    .where(eq(rateLimits.key, claimed.key));
}

export async function clear(db: Db, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}
