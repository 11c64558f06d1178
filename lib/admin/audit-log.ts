import "server-only";
import { and, desc, eq, inArray, lt, like } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { assessments, auditLog, enterprises, invitations, policyDocuments, storedFiles, tenants, users } from "@/db/schema";
import { loadCatalogues } from "@/lib/recommendations/catalogue-store";
import { isUuid } from "@/lib/shared/ids";
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
      actorName: users.name,
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
  const names = await targetNames(db, tenant.id, rows);
  return {
    entries: rows.map((r) => ({ ...r, at: r.at.toISOString(), targetName: (r.targetId && names.get(`${r.targetType}:${r.targetId}`)) || null })),
    next: rows.length === query.limit ? rows[rows.length - 1]!.id : null,
  };
}

/**
 * People, firms, portals, invitations and files by name, for the entries of one page: one query per
 * kind of target, each scoped to the portal (a name from another portal is never shown).
 */
async function targetNames(db: Db, tenantId: string, rows: readonly { targetType: string | null; targetId: string | null }[]): Promise<Map<string, string>> {
  const ids = (type: string) => [...new Set(rows.filter((r) => r.targetType === type && r.targetId && isUuid(r.targetId)).map((r) => r.targetId!))];
  const names = new Map<string, string>();
  const put = (type: string, list: { id: string; name: string | null }[]) => list.forEach((x) => x.name && names.set(`${type}:${x.id}`, x.name));
  const [userIds, assessmentIds, firmIds, invitationIds, documentIds, tenantIds] = [
    ids("user"),
    ids("assessment"),
    ids("enterprise"),
    ids("invitation"),
    ids("policy_document"),
    ids("tenant"),
  ];
  const catalogueIds = rows.some((r) => r.targetType === "policy" || r.targetType === "solution");
  await Promise.all([
    catalogueIds &&
      loadCatalogues(db, tenantId).then((c) => {
        put(
          "policy",
          c.policies.map((p) => ({ id: p.id, name: p.title })),
        );
        put(
          "solution",
          c.solutions.map((x) => ({ id: x.id, name: x.name["zh-CN"] })),
        );
      }),
    userIds.length > 0 &&
      db
        .select({ id: users.id, name: users.name, email: users.email })
        .from(users)
        .where(inArray(users.id, userIds))
        .then((list) =>
          put(
            "user",
            list.map((u) => ({ id: u.id, name: u.name ? `${u.name}（${u.email}）` : u.email })),
          ),
        ),
    assessmentIds.length > 0 &&
      db
        .select({ id: assessments.id, name: enterprises.name })
        .from(assessments)
        .innerJoin(enterprises, eq(enterprises.id, assessments.enterpriseId))
        .where(and(inArray(assessments.id, assessmentIds), eq(assessments.tenantId, tenantId)))
        .then((list) => put("assessment", list)),
    firmIds.length > 0 &&
      db
        .select({ id: enterprises.id, name: enterprises.name })
        .from(enterprises)
        .where(and(inArray(enterprises.id, firmIds), eq(enterprises.tenantId, tenantId)))
        .then((list) => put("enterprise", list)),
    invitationIds.length > 0 &&
      db
        .select({ id: invitations.id, name: invitations.email })
        .from(invitations)
        .where(and(inArray(invitations.id, invitationIds), eq(invitations.tenantId, tenantId)))
        .then((list) => put("invitation", list)),
    documentIds.length > 0 &&
      db
        .select({ id: policyDocuments.id, name: storedFiles.fileName })
        .from(policyDocuments)
        .innerJoin(storedFiles, eq(storedFiles.id, policyDocuments.fileId))
        .where(and(inArray(policyDocuments.id, documentIds), eq(policyDocuments.tenantId, tenantId)))
        .then((list) => put("policy_document", list)),
    tenantIds.length > 0 &&
      db
        .select({ id: tenants.id, name: tenants.nameZh })
        .from(tenants)
        .where(inArray(tenants.id, tenantIds))
        .then((list) => put("tenant", list)),
  ]);
  return names;
}
