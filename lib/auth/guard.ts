import type { Db } from "@/db/client";
import { AppError } from "@/lib/errors";
import { messageText } from "@/lib/i18n/translate";
import { activeTenantBySlug, type TenantSummary } from "@/lib/tenants";
import { can, type Actor, type Permission } from "./permissions";

/**
 * The tenant an account acts in, by its slug: a portal the account is not a member of is a 404 (its
 * existence is not revealed), a member without the permission gets 403.
 */
export async function tenantFor(db: Db, actor: Actor, slug: string, permission: Permission): Promise<TenantSummary> {
  const tenant = await activeTenantBySlug(db, slug);
  if (!tenant || !actor.memberships.some((m) => m.tenantId === tenant.id)) throw AppError.notFound("tenant");
  if (!can(actor, permission, tenant.id))
    throw new AppError("forbidden", messageText("error.role", { permission }), {
      issues: [{ field: "role", message: messageText("error.role.issue", { permission }) }],
    });
  return tenant;
}
