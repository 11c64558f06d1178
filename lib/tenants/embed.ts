import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { tenants } from "@/db/schema";
import { contrastWithWhite, MIN_CONTRAST } from "@/lib/shared/colour";

/** What an embed route or a portal's public pages need of it: who may frame it, and the brand it shows. */
export interface EmbedConfig {
  slug: string;
  /** The platform's own tenant: its public pages are the unprefixed site. */
  platform: boolean;
  name: { "zh-CN": string; en: string };
  origins: string[];
  brand: { primaryColor: string | null; accentColor: string | null; logoUrl: string | null };
}

export async function embedConfig(db: Db, slug: string): Promise<EmbedConfig | null> {
  if (!/^[a-z0-9-]{2,40}$/.test(slug)) return null;
  const [row] = await db
    .select({
      slug: tenants.slug,
      isDefault: tenants.isDefault,
      nameZh: tenants.nameZh,
      nameEn: tenants.nameEn,
      branding: tenants.branding,
      origins: tenants.embedOrigins,
    })
    .from(tenants)
    .where(and(eq(tenants.slug, slug), eq(tenants.status, "active")));
  if (!row) return null;
  const b = row.branding;
  return {
    slug: row.slug,
    platform: row.isDefault,
    name: { "zh-CN": b.displayName?.["zh-CN"] ?? row.nameZh, en: b.displayName?.en ?? row.nameEn },
    origins: row.origins,
    brand: {
      primaryColor: b.primaryColor ?? null,
      accentColor: b.accentColor ?? null,
      logoUrl: b.logoFileId ? `/api/tenants/${row.slug}/logo?v=${b.logoFileId.slice(0, 8)}` : null,
    },
  };
}

/** The host's origin as the loader reports it, kept only when the portal allows it. */
export function allowedHostOrigin(config: EmbedConfig | null, origin: string | null | undefined): string | null {
  if (!config || !origin) return null;
  return config.origins.includes(origin) ? origin : null;
}

/** The embed page's context from its query: allowed host origin, language, prefill, theme colour. */
export function embedRequest(config: EmbedConfig, query: Record<string, string | string[] | undefined>) {
  const one = (k: string) => {
    const v = query[k];
    return typeof v === "string" ? v.trim() : undefined;
  };
  const region = one("region");
  const regionCode = region && /^\d{2}(\d{2}(\d{2})?)?$/.test(region) ? region : undefined;
  const theme = one("theme");
  const lang: "zh-CN" | "en" = one("lang") === "en" ? "en" : "zh-CN";
  return {
    ctx: { tenant: config.slug, origin: allowedHostOrigin(config, one("origin")), lang },
    prefill: {
      name: one("name")?.slice(0, 100),
      creditCode: one("creditCode")?.slice(0, 18),
      industryCode: /^\d{2}$/.test(one("industry") ?? "") ? one("industry") : undefined,
      provinceCode: regionCode?.slice(0, 2),
      cityCode: regionCode && regionCode.length >= 4 ? regionCode.slice(0, 4) : undefined,
      districtCode: regionCode && regionCode.length === 6 ? regionCode : undefined,
    },
    theme: theme && /^#[0-9a-fA-F]{6}$/.test(theme) && contrastWithWhite(theme) >= MIN_CONTRAST ? theme : null,
  };
}

/** An embed page's portal and context, or null for an unknown portal (the page then 404s). */
export async function embedPage(db: Db, slug: string, query: Record<string, string | string[] | undefined>) {
  const config = await embedConfig(db, slug);
  return config ? { config, ...embedRequest(config, query) } : null;
}
