import "server-only";
import { and, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { jobs } from "@/db/schema";
import { rowsOf } from "@/lib/db/rows";
import { safeMessage } from "@/lib/logger";

/**
 * A job queue in the jobs table: claimed with FOR UPDATE SKIP LOCKED so that any number of workers
 * (one per app server, or the single PGlite process) share it; failed attempts back off; a job whose
 * worker died is re-queued once its lock is older than the timeout.
 */

export interface EnqueueOptions {
  kind: string;
  payload: Record<string, unknown>;
  tenantId?: string | null;
  /** At most one queued or running job per key. */
  dedupeKey?: string;
  /** The running job holding the key queues its own follow-up under it (the key stays findable). */
  heldKey?: boolean;
  maxAttempts?: number;
  priority?: number;
  /** Claimable from this time on (now when absent). */
  runAt?: Date;
}

export interface ClaimedJob {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
  tenantId: string | null;
}

export async function enqueue(db: Db, o: EnqueueOptions): Promise<number | null> {
  const rows = rowsOf<{ id: number }>(
    await db.execute(sql`
      insert into ${jobs} (tenant_id, kind, payload, dedupe_key, max_attempts, priority, run_at)
      select ${o.tenantId ?? null}::uuid, ${o.kind}, ${JSON.stringify(o.payload)}::jsonb, ${o.dedupeKey ?? null}::text, ${o.maxAttempts ?? 3}, ${o.priority ?? 0},
             coalesce(${o.runAt?.toISOString() ?? null}::timestamptz, now())
      where ${o.dedupeKey ?? null}::text is null or ${o.heldKey ?? false}::boolean or not exists (
        select 1 from ${jobs} where kind = ${o.kind} and dedupe_key = ${o.dedupeKey ?? null}::text and status in ('queued', 'running'))
      returning id`),
  );
  return rows[0] ? Number(rows[0].id) : null;
}

export async function claim(db: Db, workerId: string, kinds: readonly string[]): Promise<ClaimedJob | null> {
  const rows = rowsOf<{
    id: number;
    kind: string;
    payload: Record<string, unknown> | string;
    attempts: number;
    max_attempts: number;
    tenant_id: string | null;
  }>(
    await db.execute(sql`
      update ${jobs} set status = 'running', attempts = attempts + 1, locked_at = now(), locked_by = ${workerId}
      where id = (
        select id from ${jobs}
        where status = 'queued' and run_at <= now() and kind in (select jsonb_array_elements_text(${JSON.stringify(kinds)}::jsonb))
        order by priority desc, id
        for update skip locked
        limit 1)
      returning id, kind, payload, attempts, max_attempts, tenant_id`),
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: Number(row.id),
    kind: row.kind,
    payload: typeof row.payload === "string" ? (JSON.parse(row.payload) as Record<string, unknown>) : row.payload,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    tenantId: row.tenant_id,
  };
}

export async function heartbeat(db: Db, id: number, workerId: string): Promise<void> {
  await db
    .update(jobs)
    .set({ lockedAt: new Date() })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId), eq(jobs.status, "running")));
}

export async function complete(db: Db, id: number, result: Record<string, unknown> = {}): Promise<void> {
  await db.update(jobs).set({ status: "completed", result, finishedAt: new Date(), lockedAt: null, lastError: null }).where(eq(jobs.id, id));
}

/** A failed attempt: retried later with backoff, or failed for good once attempts run out. */
export async function fail(db: Db, job: ClaimedJob, error: unknown, retryBaseMs = 5_000): Promise<"retry" | "failed"> {
  // Shown to users (a report's or export's error): never a failed query's parameters.
  const message = safeMessage(error instanceof Error ? error.message : String(error));
  if (job.attempts < job.maxAttempts) {
    const delay = retryBaseMs * 2 ** (job.attempts - 1);
    await db
      .update(jobs)
      .set({ status: "queued", lastError: message, lockedAt: null, lockedBy: null, runAt: new Date(Date.now() + delay) })
      .where(eq(jobs.id, job.id));
    return "retry";
  }
  await db.update(jobs).set({ status: "failed", lastError: message, lockedAt: null, finishedAt: new Date() }).where(eq(jobs.id, job.id));
  return "failed";
}

/** Whether jobs of these kinds wait in the queue (now or later) or run in the given worker. */
export async function hasWork(db: Db, kinds: readonly string[], workerId: string): Promise<boolean> {
  const rows = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(or(eq(jobs.status, "queued"), and(eq(jobs.status, "running"), eq(jobs.lockedBy, workerId))), inArray(jobs.kind, [...kinds])))
    .limit(1);
  return rows.length > 0;
}

/** Back to the queue until `delayMs` from now, freeing the slot; a wait is not a failed attempt unless it says so. */
export async function postpone(db: Db, job: ClaimedJob, delayMs: number, reason: string, countsAsAttempt: boolean): Promise<void> {
  await db
    .update(jobs)
    .set({
      status: "queued",
      lastError: reason.slice(0, 2000),
      lockedAt: null,
      lockedBy: null,
      runAt: new Date(Date.now() + delayMs),
      attempts: countsAsAttempt ? job.attempts : Math.max(0, job.attempts - 1),
    })
    .where(eq(jobs.id, job.id));
}

/**
 * Jobs whose worker stopped (a restart, a crash) go back to the queue: those locked longer ago than
 * the timeout, or every running job when this process is the only worker (PGlite).
 */
export async function requeueStale(db: Db, options: { olderThanMs: number } | { all: true }): Promise<number> {
  const where = "all" in options ? eq(jobs.status, "running") : and(eq(jobs.status, "running"), lt(jobs.lockedAt, new Date(Date.now() - options.olderThanMs)));
  const rows = await db.update(jobs).set({ status: "queued", lockedAt: null, lockedBy: null }).where(where).returning({ id: jobs.id });
  return rows.length;
}

/** Jobs of a kind queued or running in a portal (limits per requester read their payloads). */
export async function activeJobs(db: Db, kind: string, tenantId: string): Promise<{ id: number; payload: Record<string, unknown> }[]> {
  const rows = await db
    .select({ id: jobs.id, payload: jobs.payload })
    .from(jobs)
    .where(and(eq(jobs.kind, kind), eq(jobs.tenantId, tenantId), inArray(jobs.status, ["queued", "running"])));
  return rows.map((r) => ({ id: Number(r.id), payload: r.payload }));
}

/** One job of a kind by its id (a status page), or undefined. */
export async function jobOfKind(db: Db, id: number, kind: string): Promise<typeof jobs.$inferSelect | undefined> {
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, id), eq(jobs.kind, kind)));
  return row;
}

/** What a running job has done so far, for its status page. */
export async function setJobProgress(db: Db, id: number, progress: { done: number; total: number; message?: string }): Promise<void> {
  await db.update(jobs).set({ progress }).where(eq(jobs.id, id));
}
