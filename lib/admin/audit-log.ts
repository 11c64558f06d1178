import "server-only";
import { and, desc, eq, lt, like } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { tenantFor } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { zodText } from "@/lib/i18n/zod";

export const auditQuery = z.object({
  /** A prefix such as auth., membership., report., catalogue. */
  action: z
    .string()
    .regex(/^[a-z_.]{1,60}$/, zodText({ "zh-CN": "应为操作名或其前缀，例如 auth.", en: "an action or prefix such as auth." }))
    .optional(),
  /** Entries older than this id (the next page). */
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export async function auditEntries(db: Db, actor: Actor, slug: string, query: z.infer<typeof auditQuery>) {
  const tenant = await tenantFor(db, actor, slug, "audit.read");
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorEmail: users.email,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      details: auditLog.details,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(
      and(
        eq(auditLog.tenantId, tenant.id),
        query.action ? like(auditLog.action, `${query.action}%`) : undefined,
        query.before ? lt(auditLog.id, query.before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(query.limit);
  return {
    entries: rows.map((r) => ({ ...r, at: r.at.toISOString() })),
    next: rows.length === query.limit ? rows[rows.length - 1]!.id : null,
  };
}
