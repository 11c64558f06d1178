import "server-only";
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { invitations, memberships, tenants, users } from "@/db/schema";
import { audit } from "@/lib/shared/audit";
import { createInvitation } from "@/lib/auth/invitations";
import { normaliseEmail } from "@/lib/auth/sign-in";
import { can, type Actor, type Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { messageText } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { localizePair } from "@/lib/i18n/localized";
import { AN_EMAIL, NOT_EMPTY, zodText } from "@/lib/i18n/zod";
import { defaultTenantId } from "@/lib/tenants";

/**
 * Portals (tenants), managed by the platform operator: members of the platform tenant with the
 * platform_admin role. The operator creates a portal, invites its first administrator (no one else can:
 * a new portal has no members), renames it and retires it; it never reads a portal's data.
 */

async function platformTenant(db: Db, actor: Actor): Promise<string> {
  const platformId = await defaultTenantId(db);
  if (!platformId || !actor.memberships.some((m) => m.tenantId === platformId)) throw AppError.notFound("page");
  if (!can(actor, "tenant.manage", platformId))
    throw new AppError(
      "forbidden",
      { "zh-CN": "role：只有平台运营方可以管理门户", en: "role: only the platform operator manages portals" },
      { issues: [{ field: "role", message: messageText("error.role.issue", { permission: "tenant.manage" }) }] },
    );
  return platformId;
}

export const createTenantRequest = z
  .object({
    slug: z.string().regex(/^[a-z0-9-]{2,40}$/, zodText({ "zh-CN": "2–40 个小写字母、数字或连字符", en: "lower-case letters, digits and hyphens, 2–40" })),
    nameZh: z.string().trim().min(1, NOT_EMPTY).max(80),
    nameEn: z.string().trim().min(1, NOT_EMPTY).max(120),
    provinceCode: z
      .string()
      .regex(/^\d{2}$/, zodText({ "zh-CN": "应为两位数的 GB/T 2260 省级代码", en: "a two-digit GB/T 2260 province code" }))
      .nullable()
      .optional(),
    cityCode: z
      .string()
      .regex(/^\d{4}$/, zodText({ "zh-CN": "应为四位数的 GB/T 2260 市级代码", en: "a four-digit GB/T 2260 city code" }))
      .nullable()
      .optional(),
    /** The portal's first administrator, invited by mail as the portal is created. */
    adminEmail: z.email(AN_EMAIL).max(200).nullable().optional(),
  })
  .strict();

export const updateTenantRequest = z
  .object({
    nameZh: z.string().trim().min(1, NOT_EMPTY).max(80),
    nameEn: z.string().trim().min(1, NOT_EMPTY).max(120),
    status: z.enum(["active", "retired"], { error: zodText({ "zh-CN": "应为 active（启用）或 retired（停用）", en: "must be active or retired" }) }),
    /** Retiring asks for the portal's name, typed again: a portal is not retired by a slip of the mouse. */
    confirmName: z.string().trim().max(120),
  })
  .partial()
  .strict();

export const inviteAdminRequest = z.object({ email: z.email(AN_EMAIL).max(200) }).strict();

export interface PortalMember {
  userId: string;
  email: string;
  name: string | null;
  roles: Role[];
  lastSignInAt: string | null;
}

export async function listTenants(db: Db, actor: Actor) {
  await platformTenant(db, actor);
  const rows = await db
    .select({
      id: tenants.id,
      slug: tenants.slug,
      kind: tenants.kind,
      nameZh: tenants.nameZh,
      nameEn: tenants.nameEn,
      cityCode: tenants.cityCode,
      status: tenants.status,
      createdAt: tenants.createdAt,
    })
    .from(tenants)
    .orderBy(asc(tenants.kind), asc(tenants.slug));
  // Who works in each portal: the operator sees accounts and roles, never a portal's firms or reports.
  const memberRows = await db
    .select({
      tenantId: memberships.tenantId,
      userId: users.id,
      email: users.email,
      name: users.name,
      role: memberships.role,
      lastSignInAt: users.lastSignInAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .orderBy(asc(users.email));
  // Grouped apart: a correlated subquery in the select list loses its table names in drizzle's SQL.
  const pending = await db
    .select({ tenantId: invitations.tenantId, count: sql<number>`count(*)::int` })
    .from(invitations)
    .where(and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date())))
    .groupBy(invitations.tenantId);
  const pendingBy = new Map(pending.map((p) => [p.tenantId, p.count]));
  const byTenant = new Map<string, Map<string, PortalMember>>();
  for (const m of memberRows) {
    const members = byTenant.get(m.tenantId) ?? new Map<string, PortalMember>();
    const member = members.get(m.userId) ?? { userId: m.userId, email: m.email, name: m.name, roles: [], lastSignInAt: m.lastSignInAt?.toISOString() ?? null };
    member.roles.push(m.role);
    members.set(m.userId, member);
    byTenant.set(m.tenantId, members);
  }
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    members: [...(byTenant.get(r.id)?.values() ?? [])],
    pendingInvitations: pendingBy.get(r.id) ?? 0,
  }));
}

export async function createTenant(db: Db, actor: Actor, request: z.infer<typeof createTenantRequest>, baseUrl: string, locale: Locale) {
  const platformId = await platformTenant(db, actor);
  const inserted = await db
    .insert(tenants)
    .values({
      slug: request.slug,
      kind: "city",
      nameZh: request.nameZh,
      nameEn: request.nameEn,
      provinceCode: request.provinceCode ?? null,
      cityCode: request.cityCode ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: tenants.id });
  if (!inserted[0])
    throw new AppError(
      "conflict",
      { "zh-CN": `slug：${request.slug} 已被使用`, en: `slug: ${request.slug} is already used` },
      { issues: [{ field: "slug", message: messageText("error.alreadyUsed") }] },
    );
  await audit(db, {
    tenantId: platformId,
    actorUserId: actor.userId,
    action: "tenant.created",
    targetType: "tenant",
    targetId: inserted[0].id,
    details: { slug: request.slug },
  });
  await audit(db, {
    tenantId: inserted[0].id,
    actorUserId: actor.userId,
    action: "tenant.created",
    targetType: "tenant",
    targetId: inserted[0].id,
    details: { slug: request.slug },
  });
  const invitation = request.adminEmail
    ? await inviteAdmin(db, actor, { id: inserted[0].id, nameZh: request.nameZh, nameEn: request.nameEn }, request.adminEmail, baseUrl, locale)
    : null;
  return { id: inserted[0].id, slug: request.slug, invitation: invitation ? { id: invitation.id } : null };
}

function inviteAdmin(db: Db, actor: Actor, portal: { id: string; nameZh: string; nameEn: string }, email: string, baseUrl: string, locale: Locale) {
  return createInvitation(db, {
    tenantId: portal.id,
    tenantName: localizePair(portal.nameZh, portal.nameEn, locale),
    email,
    role: "tenant_admin",
    invitedBy: actor.userId,
    baseUrl,
    locale,
  });
}

/**
 * Invites a portal administrator by mail, with the operator's authority (tenant.manage on the platform
 * tenant) rather than the portal's user.invite, which no one holds in a new portal. Only that portal's
 * tenant_admin role: not the platform tenant, not a retired portal.
 */
export async function invitePortalAdmin(db: Db, actor: Actor, id: string, request: z.infer<typeof inviteAdminRequest>, baseUrl: string, locale: Locale) {
  await platformTenant(db, actor);
  if (!z.uuid().safeParse(id).success) throw AppError.notFound("tenant");
  const [portal] = await db
    .select({ id: tenants.id, kind: tenants.kind, status: tenants.status, nameZh: tenants.nameZh, nameEn: tenants.nameEn })
    .from(tenants)
    .where(eq(tenants.id, id));
  if (!portal) throw AppError.notFound("tenant");
  if (portal.kind === "platform")
    throw AppError.validation([{ field: "tenant", message: { "zh-CN": "平台本身没有门户管理员", en: "the platform tenant has no portal administrators" } }]);
  if (portal.status === "retired")
    throw AppError.validation([{ field: "tenant", message: { "zh-CN": "门户已停用，请先重新启用", en: "the portal is retired; reactivate it first" } }]);
  const pending = await db
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.tenantId, id),
        eq(invitations.email, normaliseEmail(request.email)),
        eq(invitations.role, "tenant_admin"),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    );
  // A second mail is fine (the first may be lost); the older link stays valid until it expires.
  const invitation = await inviteAdmin(db, actor, portal, request.email, baseUrl, locale);
  return { id: invitation.id, resent: pending.length > 0 };
}

export async function updateTenant(db: Db, actor: Actor, id: string, request: z.infer<typeof updateTenantRequest>) {
  const platformId = await platformTenant(db, actor);
  if (!z.uuid().safeParse(id).success) throw AppError.notFound("tenant");
  if (id === platformId && request.status === "retired")
    throw AppError.validation([{ field: "status", message: { "zh-CN": "平台门户不能停用", en: "the platform tenant cannot be retired" } }]);
  const { confirmName, ...change } = request;
  if (change.status === "retired") {
    const [current] = await db.select({ nameZh: tenants.nameZh, nameEn: tenants.nameEn }).from(tenants).where(eq(tenants.id, id));
    if (!current) throw AppError.notFound("tenant");
    const typed = confirmName?.trim() ?? "";
    if (typed !== current.nameZh && typed !== current.nameEn)
      throw AppError.validation([
        {
          field: "confirmName",
          message: {
            "zh-CN": `请输入门户名称「${current.nameZh}」以确认停用`,
            en: `type the portal's name (${current.nameEn}) to confirm retiring it`,
          },
        },
      ]);
  }
  if (Object.keys(change).length === 0) throw AppError.validation([{ field: "body", message: { "zh-CN": "没有要修改的内容", en: "nothing to change" } }]);
  const updated = await db
    .update(tenants)
    .set({ ...change, updatedAt: new Date() })
    .where(eq(tenants.id, id))
    .returning({ id: tenants.id, status: tenants.status });
  if (!updated[0]) throw AppError.notFound("tenant");
  await audit(db, { tenantId: platformId, actorUserId: actor.userId, action: "tenant.updated", targetType: "tenant", targetId: id, details: change });
  return updated[0];
}
