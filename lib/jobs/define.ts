import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import type { Bound } from "@/lib/db/built-once";
import { jobs } from "@/db/schema";
import { enqueue, type ClaimedJob } from "./queue";
import type { JobHandler } from "./worker";

type Payload = z.ZodType<Record<string, unknown>>;

/**
 * A kind of background job, defined once: its name, its payload (zod), its dedupe key, how many may
 * run at once, and its handler (loaded only in a worker: it may pull in the LLM client or the PDF
 * renderer). Enqueuing (as a call or inside a statement) and the worker's handler map derive from it.
 */
export interface JobDefinition<K extends string = string, P extends Payload = Payload> {
  kind: K;
  payload: P;
  /** At most one queued or running job per key: `prefix` + a payload field (the same in SQL), or one fixed key. */
  dedupe?: { prefix: string; field: keyof z.infer<P> & string } | { key: string };
  maxAttempts: number;
  /** Jobs of this kind running at once in one worker (report writing keeps slots of its own). */
  slots: number;
  load(): Promise<JobHandler>;
}

export function defineJob<K extends string, P extends Payload>(definition: JobDefinition<K, P>): JobDefinition<K, P> {
  return definition;
}

/** Queue a job; its payload is validated first (a bad payload is a bug here, not a failed job later). */
export async function enqueueJob<P extends Payload>(
  db: Db,
  job: JobDefinition<string, P>,
  payload: z.input<P>,
  o: {
    tenantId?: string | null;
    priority?: number;
    /** A job queueing its own follow-up (it still holds the key). */
    skipDedupe?: boolean;
    /** Like skipDedupe, but the follow-up keeps the key, so that it can be found (and moved) by it. */
    heldKey?: boolean;
    /** Not before this time (a survey a year after acceptance); now when absent. */
    runAt?: Date;
  } = {},
): Promise<number | null> {
  const data = job.payload.parse(payload);
  const key = job.dedupe ? ("key" in job.dedupe ? job.dedupe.key : `${job.dedupe.prefix}${String(data[job.dedupe.field])}`) : undefined;
  return enqueue(db, {
    kind: job.kind,
    payload: data,
    tenantId: o.tenantId ?? null,
    dedupeKey: o.skipDedupe && !o.heldKey ? undefined : key,
    heldKey: o.heldKey,
    maxAttempts: job.maxAttempts,
    priority: o.priority,
    runAt: o.runAt,
  });
}

/**
 * The same enqueue as one step of a larger statement (the submit's single statement): one job per row
 * of the common table `from`, each payload field taken from one of its columns.
 */
export function enqueueJobSql<P extends Payload>(
  job: JobDefinition<string, P>,
  o: { from: string; tenantId: Bound<string>; payload: ColumnsOf<z.infer<P>> },
): SQL {
  const column = (name: string) => sql.identifier(name);
  const columns: [string, string][] = Object.entries(o.payload).filter((e): e is [string, string] => typeof e[1] === "string");
  const fields = columns.map(([field, col]) => sql`${field}::text, ${column(col)}`);
  const dedupeColumn = job.dedupe && "field" in job.dedupe ? (o.payload as Partial<Record<string, string>>)[job.dedupe.field] : undefined;
  if (job.dedupe && "field" in job.dedupe && !dedupeColumn) throw new Error(`${job.kind}: the dedupe field ${job.dedupe.field} needs a column`);
  const dedupe = !job.dedupe
    ? sql`null`
    : "key" in job.dedupe
      ? sql`${job.dedupe.key}::text`
      : sql`${job.dedupe.prefix}::text || ${column(dedupeColumn!)}::text`;
  return sql`insert into ${jobs} (tenant_id, kind, payload, dedupe_key, max_attempts)
    select ${o.tenantId}::uuid, ${job.kind}::text, jsonb_build_object(${sql.join(fields, sql`, `)}), ${dedupe}, ${job.maxAttempts}::int from ${column(o.from)}`;
}

/** The payload fields that may not be left out (an optional one, e.g. a regeneration's, may be). */
type RequiredKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T] & string;
/** Which column of the common table fills each payload field. */
type ColumnsOf<T> = Record<RequiredKeys<T>, string> & Partial<Record<keyof T & string, string>>;

/** A claimed job's payload, by its definition. */
export function payloadOf<P extends Payload>(job: JobDefinition<string, P>, claimed: Pick<ClaimedJob, "payload">): z.infer<P> {
  return job.payload.parse(claimed.payload);
}
