import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, tenants } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { messageText } from "@/lib/i18n/translate";
import type { TenantSummary } from "@/lib/tenants";
import { can, type Actor, type Permission } from "./permissions";

/**
 * The tenant an account acts in, by its slug: a portal the account is not a member of is a 404 (its
 * existence is not revealed), a member without the permission gets 403.
 */
export async function tenantFor(db: Db, actor: Actor, slug: string, permission: Permission): Promise<TenantSummary> {
  const [tenant] = /^[a-z0-9-]{2,40}$/.test(slug)
    ? await db
        .select({ id: tenants.id, slug: tenants.slug, kind: tenants.kind, nameZh: tenants.nameZh, nameEn: tenants.nameEn, provinceCode: tenants.provinceCode, cityCode: tenants.cityCode })
        .from(tenants)
        .where(and(eq(tenants.slug, slug), eq(tenants.status, "active")))
    : [];
  if (!tenant || !actor.memberships.some((m) => m.tenantId === tenant.id)) throw AppError.notFound("tenant");
  if (!can(actor, permission, tenant.id)) throw new AppError("forbidden", messageText("error.role", { permission }), { issues: [{ field: "role", message: messageText("error.role.issue", { permission }) }] });
  return tenant;
}

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
