import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { reports } from "@/db/schema";
import type { Bound } from "@/lib/db/built-once";
import type { Locale } from "@/lib/i18n/locales";

/**
 * One step of the submit's single statement: the report row of each assessment in the common table
 * `from` (column id), in the firm's language; returns the new rows' id (to queue their jobs).
 */
export function createReportRowsSql(tenantId: Bound<string>, language: Bound<Locale>, from: string): SQL {
  return sql`insert into ${reports} (tenant_id, assessment_id, language)
    select ${tenantId}::uuid, id, ${language}::language from ${sql.identifier(from)}
    on conflict do nothing
    returning id`;
}
