import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rowsOf } from "@/lib/db/rows";

/**
 * How long the assessment really takes: the median of the time firms spent answering (the seconds
 * the questionnaire records per question), over the latest real submissions. Below `MIN_SAMPLES`
 * there is no median to show and the pages say their estimate, marked as one.
 */

export const MIN_SAMPLES = 20;
const RECENT = 500;

export interface CompletionTime {
  minutes: number;
  samples: number;
}

/** Over one portal's submissions (by its slug), or all when `portal` is null. */
export async function completionTime(db: Db, portal: string | null): Promise<CompletionTime | null> {
  const rows = rowsOf<{ median: number | null; samples: number }>(
    await db.execute(sql`
      with spent as (
        select (select coalesce(sum(v::numeric), 0) from jsonb_each_text(a.timings) as t(k, v)) as seconds
        from assessments a
        join assessment_results r on r.assessment_id = a.id and r.origin = 'real'
        where a.status = 'submitted' ${portal ? sql`and a.tenant_id = (select id from tenants where slug = ${portal})` : sql``}
        order by a.submitted_at desc
        limit ${RECENT}
      )
      select percentile_cont(0.5) within group (order by seconds)::float8 as median, count(*)::int as samples
      from spent where seconds >= 60`),
  );
  const row = rows[0];
  if (!row || row.samples < MIN_SAMPLES || row.median === null) return null;
  return { minutes: Math.max(1, Math.round(row.median / 60)), samples: row.samples };
}
