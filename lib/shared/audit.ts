import "server-only";
import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";

/** One line of a portal's audit log (who did what to which record); written in the same transaction as the change. */
export interface AuditEntry {
  tenantId: string | null;
  actorUserId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
}

export async function audit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({ ...entry, details: entry.details ?? {} });
}
