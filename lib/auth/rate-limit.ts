import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { rowsOf } from "@/lib/db/rows";

/**
 * Fixed-window counters in the database (shared by every app server): one statement per hit that
 * starts a new window when the old one has ended.
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

export async function clear(db: Db, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}
