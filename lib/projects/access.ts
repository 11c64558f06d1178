import "server-only";
import { and, eq, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { consultantClients, enterprises, projects } from "@/db/schema";
import { tenantFor } from "@/lib/auth/guard";
import { canAs, type Actor, type Permission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { messageText } from "@/lib/i18n/translate";
import { isUuid } from "@/lib/shared/ids";
import type { TenantSummary } from "@/lib/tenants";
import type { ProjectSide } from "./workflow";

/**
 * Who stands where in a project. The firm: the owner account of the enterprise. The provider: the
 * portal consultant named on the project, or a consultant who serves the firm as a client. The
 * administrator: any tenant_admin of the portal. Each side rests on a role the permission lists in
 * the project's portal; a caller on no side gets the same 404 as for a missing project.
 */
export interface ProjectRelation {
  enterpriseOwner: string | null;
  providerUserId: string | null;
  isClient: boolean;
}

export function sidesOf(actor: Actor, tenantId: string, permission: Permission, r: ProjectRelation): ProjectSide[] {
  const sides: ProjectSide[] = [];
  if (r.enterpriseOwner === actor.userId && canAs(actor, permission, tenantId, "sme_owner")) sides.push("firm");
  if ((r.providerUserId === actor.userId || r.isClient) && canAs(actor, permission, tenantId, "consultant")) sides.push("provider");
  if (canAs(actor, permission, tenantId, "tenant_admin")) sides.push("admin");
  return sides;
}

export type ProjectRow = typeof projects.$inferSelect;

export interface ProjectAccess {
  tenant: TenantSummary;
  project: ProjectRow;
  sides: ProjectSide[];
}

/** The project if the caller stands on a side of it for `permission`; 404 otherwise (its existence does not leak). */
export async function projectFor(db: Db, actor: Actor, slug: string, id: string, permission: Permission = "project.read"): Promise<ProjectAccess> {
  const tenant = await tenantFor(db, actor, slug, "project.read");
  if (!isUuid(id)) throw AppError.notFound("project");
  const [row] = await db
    .select({
      project: projects,
      enterpriseOwner: enterprises.ownerUserId,
      isClient: sql<boolean>`exists (select 1 from ${consultantClients} where ${consultantClients.enterpriseId} = ${projects.enterpriseId} and ${consultantClients.consultantUserId} = ${actor.userId} and ${consultantClients.status} = 'active')`,
    })
    .from(projects)
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .where(and(eq(projects.id, id), eq(projects.tenantId, tenant.id)));
  if (!row) throw AppError.notFound("project");
  const readable = sidesOf(actor, tenant.id, "project.read", { ...row, providerUserId: row.project.providerUserId });
  if (readable.length === 0) throw AppError.notFound("project");
  if (permission === "project.read") return { tenant, project: row.project, sides: readable };
  // Who may read it but not do this (an administrator reporting a milestone) is told so: they know it exists.
  const sides = sidesOf(actor, tenant.id, permission, { ...row, providerUserId: row.project.providerUserId });
  if (sides.length === 0)
    throw new AppError("forbidden", messageText("error.role", { permission }), {
      issues: [{ field: "role", message: messageText("error.role.issue", { permission }) }],
    });
  return { tenant, project: row.project, sides };
}

/** The sides on which the caller may act (not only read): firm and provider file and report, the portal reviews. */
export function actingSides(actor: Actor, tenantId: string, sides: readonly ProjectSide[]): ProjectSide[] {
  return sides.filter((s) =>
    s === "admin"
      ? canAs(actor, "project.review", tenantId, "tenant_admin")
      : canAs(actor, "project.apply", tenantId, s === "firm" ? "sme_owner" : "consultant"),
  );
}

/** Which of a portal's projects the caller may read (a condition on projects joined with enterprises); null: none. */
export function visibleProjects(actor: Actor, tenantId: string): SQL | null {
  if (canAs(actor, "project.read", tenantId, "tenant_admin")) return sql`true`;
  const mine: SQL[] = [];
  if (canAs(actor, "project.read", tenantId, "sme_owner")) mine.push(eq(enterprises.ownerUserId, actor.userId));
  if (canAs(actor, "project.read", tenantId, "consultant"))
    mine.push(
      eq(projects.providerUserId, actor.userId),
      sql`exists (select 1 from ${consultantClients} where ${consultantClients.enterpriseId} = ${projects.enterpriseId} and ${consultantClients.consultantUserId} = ${actor.userId} and ${consultantClients.status} = 'active')`,
    );
  return mine.length === 0 ? null : (or(...mine) ?? null);
}
