import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { questionTimeDaily } from "@/db/schema";
import type { Bound } from "@/lib/db/built-once";

/** Seconds on one question that count towards the portal's figures: longer means the page was left open. */
export const MAX_SECONDS_PER_QUESTION = 600;

/**
 * One step of the submit's single statement: the final timings of the assessments in the common
 * table `from` (columns started_at, timings) added to the portal's time per question and day
 * (China time).
 */
export function addQuestionTimesSql(tenantId: Bound<string>, from: string): SQL {
  const q = questionTimeDaily;
  return sql`insert into ${q} (tenant_id, day, code, seconds, assessments)
    select ${tenantId}::uuid, (f.started_at at time zone 'Asia/Shanghai')::date, e.key, least(e.value::float8, ${MAX_SECONDS_PER_QUESTION}), 1
    from ${sql.identifier(from)} as f, jsonb_each_text(f.timings) as e
    on conflict (tenant_id, day, code) do update
    set seconds = ${q}.seconds + excluded.seconds, assessments = ${q}.assessments + 1`;
}
