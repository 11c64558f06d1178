import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { memberships, tenants } from "@/db/schema";
import { audit } from "@/lib/shared/audit";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { messageText } from "@/lib/i18n/translate";
import { NOT_EMPTY, zodText } from "@/lib/i18n/zod";
import { defaultTenantId } from "@/lib/tenants";

/** Portals (tenants), managed by platform administrators: members of the platform tenant with that role. */

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
  })
  .strict();

export const updateTenantRequest = z
  .object({ nameZh: z.string().trim().min(1).max(80), nameEn: z.string().trim().min(1).max(120), status: z.enum(["active", "retired"]) })
  .partial()
  .strict();

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
      members: sql<number>`(select count(distinct ${memberships.userId})::int from ${memberships} where ${memberships.tenantId} = ${tenants.id})`,
      createdAt: tenants.createdAt,
    })
    .from(tenants)
    .orderBy(asc(tenants.kind), asc(tenants.slug));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function createTenant(db: Db, actor: Actor, request: z.infer<typeof createTenantRequest>) {
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
  return { id: inserted[0].id, slug: request.slug };
}

export async function updateTenant(db: Db, actor: Actor, id: string, request: z.infer<typeof updateTenantRequest>) {
  const platformId = await platformTenant(db, actor);
  if (!z.uuid().safeParse(id).success) throw AppError.notFound("tenant");
  if (id === platformId && request.status === "retired")
    throw AppError.validation([{ field: "status", message: { "zh-CN": "平台门户不能停用", en: "the platform tenant cannot be retired" } }]);
  const updated = await db
    .update(tenants)
    .set({ ...request, updatedAt: new Date() })
    .where(eq(tenants.id, id))
    .returning({ id: tenants.id, status: tenants.status });
  if (!updated[0]) throw AppError.notFound("tenant");
  await audit(db, { tenantId: platformId, actorUserId: actor.userId, action: "tenant.updated", targetType: "tenant", targetId: id, details: request });
  return updated[0];
}
