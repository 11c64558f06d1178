import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assistantQuestions } from "@/db/schema";
import { rowsOf } from "@/lib/db/rows";

/**
 * 小镝客服 on the city dashboard: questions asked in the period, how many found no answer, were
 * declined or handed to a person, and the topics asked most. A topic asked fewer than `minGroup`
 * times is not shown (counted as hidden), as every small group on the dashboard.
 */

export interface AssistantUsage {
  asked: number;
  answered: number;
  unanswered: number;
  refused: number;
  handoff: number;
  withModel: number;
  topics: { topic: string; questions: number }[];
  hidden: number;
}

export async function assistantUsage(db: Db, tenantId: string, period: { from?: string; to?: string }, minGroup: number): Promise<AssistantUsage> {
  const q = assistantQuestions;
  const where = sql.join(
    [
      sql`${q.tenantId} = ${tenantId}`,
      ...(period.from ? [sql`${q.askedAt} >= ${`${period.from}T00:00:00+08:00`}::timestamptz`] : []),
      ...(period.to ? [sql`${q.askedAt} < ${`${period.to}T00:00:00+08:00`}::timestamptz + interval '1 day'`] : []),
    ],
    sql` and `,
  );
  const [totals] = rowsOf<Omit<AssistantUsage, "topics" | "hidden">>(
    await db.execute(sql`
      select count(*)::int as asked,
        count(*) filter (where outcome = 'answered')::int as answered,
        count(*) filter (where outcome = 'unanswered')::int as unanswered,
        count(*) filter (where outcome = 'refused')::int as refused,
        count(*) filter (where outcome = 'handoff')::int as handoff,
        count(*) filter (where with_llm = 1)::int as "withModel"
      from ${q} where ${where}`),
  );
  const topics = rowsOf<{ topic: string; questions: number }>(
    await db.execute(sql`
      select topic, count(*)::int as questions from ${q} where ${where} and topic is not null
      group by topic order by questions desc, topic`),
  );
  const shown = topics.filter((t) => t.questions >= minGroup);
  return {
    asked: totals?.asked ?? 0,
    answered: totals?.answered ?? 0,
    unanswered: totals?.unanswered ?? 0,
    refused: totals?.refused ?? 0,
    handoff: totals?.handoff ?? 0,
    withModel: totals?.withModel ?? 0,
    topics: shown.slice(0, 10),
    hidden: topics.length - shown.length,
  };
}
