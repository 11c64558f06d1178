import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { tenants } from "@/db/schema";
import { AppError } from "@/lib/errors";

export interface TenantSummary {
  id: string;
  slug: string;
  kind: "platform" | "city";
  nameZh: string;
  nameEn: string;
  provinceCode: string | null;
  cityCode: string | null;
}

const columns = {
  id: tenants.id,
  slug: tenants.slug,
  kind: tenants.kind,
  nameZh: tenants.nameZh,
  nameEn: tenants.nameEn,
  provinceCode: tenants.provinceCode,
  cityCode: tenants.cityCode,
};

/** The tenant named by a slug (active ones only), or the default platform tenant. */
export async function resolveTenant(db: Db, slug?: string): Promise<TenantSummary> {
  const [row] = slug
    ? await db
        .select(columns)
        .from(tenants)
        .where(and(eq(tenants.slug, slug), eq(tenants.status, "active")))
    : await db.select(columns).from(tenants).where(eq(tenants.isDefault, true));
  if (!row) {
    if (slug)
      throw new AppError(
        "not_found",
        { "zh-CN": `tenant：没有名为 ${slug} 的门户`, en: `tenant: no portal named ${slug}` },
        { issues: [{ field: "tenant", message: { "zh-CN": "未知门户", en: "unknown portal" } }] },
      );
    throw new AppError("unavailable", { "zh-CN": "缺少平台门户，请先运行 npm run db:seed", en: "the platform tenant is missing; run npm run db:seed" });
  }
  return row;
}

/**
 * The portal that serves a city: its active city portal when there is one, else the platform. A firm
 * that starts on the main site without choosing is filed there (its subsidies, its city's dashboard).
 */
export async function portalForCity(db: Db, cityCode: string): Promise<TenantSummary> {
  const [row] = await db
    .select(columns)
    .from(tenants)
    .where(and(eq(tenants.kind, "city"), eq(tenants.cityCode, cityCode), eq(tenants.status, "active")))
    .orderBy(tenants.slug)
    .limit(1);
  return row ?? resolveTenant(db);
}

export async function listActiveTenants(db: Db): Promise<TenantSummary[]> {
  return db.select(columns).from(tenants).where(eq(tenants.status, "active")).orderBy(tenants.kind, tenants.slug);
}

/** An active portal by its slug, or null (a malformed slug never reaches the database). */
export async function activeTenantBySlug(db: Db, slug: string): Promise<TenantSummary | null> {
  if (!/^[a-z0-9-]{2,40}$/.test(slug)) return null;
  const [row] = await db
    .select(columns)
    .from(tenants)
    .where(and(eq(tenants.slug, slug), eq(tenants.status, "active")));
  return row ?? null;
}

/** Portals by id (an account's memberships), in the order asked. */
export async function tenantsByIds(db: Db, ids: readonly string[]): Promise<TenantSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(columns)
    .from(tenants)
    .where(inArray(tenants.id, [...ids]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The sites allowed to frame a portal's embed routes. */
export async function tenantEmbedOrigins(db: Db, tenantId: string): Promise<string[]> {
  const [row] = await db.select({ origins: tenants.embedOrigins }).from(tenants).where(eq(tenants.id, tenantId));
  return row?.origins ?? [];
}

/** A portal's names and brand (colours, logo file), e.g. for its reports' covers. */
export async function tenantBrand(db: Db, tenantId: string) {
  const [row] = await db
    .select({ id: tenants.id, nameZh: tenants.nameZh, nameEn: tenants.nameEn, branding: tenants.branding })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  return row ?? null;
}

/** Portals by slug (demo data, tools). */
export async function tenantsBySlugs(db: Db, slugs: readonly string[]): Promise<TenantSummary[]> {
  if (slugs.length === 0) return [];
  return db
    .select(columns)
    .from(tenants)
    .where(inArray(tenants.slug, [...slugs]));
}

/** The platform's own tenant (the default one), or null before the seed ran. */
export async function defaultTenantId(db: Db): Promise<string | null> {
  const [row] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.isDefault, true));
  return row?.id ?? null;
}
