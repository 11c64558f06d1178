import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { storedFiles, tenants, type TenantBranding } from "@/db/schema";
import { audit } from "@/lib/shared/audit";
import { tenantFor } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { storeLogo } from "@/lib/files/store";
import type { Upload } from "@/lib/http/upload";
import { isFrameableOrigin } from "@/lib/tenants/frame-ancestors";
import { brandColour } from "@/lib/shared/colour";
import { atMostChars, NOT_EMPTY, zodText } from "@/lib/i18n/zod";

/** A portal's own settings: its brand and the sites allowed to embed it. */

export const brandingRequest = z
  .object({
    displayNameZh: z.string().trim().min(1, NOT_EMPTY).max(60, atMostChars(60)),
    displayNameEn: z.string().trim().max(80, atMostChars(80)).optional(),
    primaryColor: brandColour,
    accentColor: brandColour,
  })
  .strict();

/** Origins as a browser sends them: scheme, host and port only; http only for local development. */
const origin = z
  .string()
  .trim()
  .transform((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({
        code: "custom",
        message: zodText({
          "zh-CN": `${value} 不是网站地址（例如 https://sme.example.gov.cn）`,
          en: `${value} is not an origin such as https://sme.example.gov.cn`,
        }),
      });
      return z.NEVER;
    }
    const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
    if (url.protocol !== "https:" && !(local && url.protocol === "http:"))
      ctx.addIssue({
        code: "custom",
        message: zodText({ "zh-CN": `${value}：只能是 https 地址（本机地址可用 http）`, en: `${value}: only https origins (http for localhost)` }),
      });
    else if (url.pathname !== "/" || url.search || url.hash || url.username)
      ctx.addIssue({
        code: "custom",
        message: zodText({ "zh-CN": `${value}：网站地址不能带路径、查询参数或用户名`, en: `${value}: an origin has no path, query or user` }),
      });
    else if (!isFrameableOrigin(url.origin))
      ctx.addIssue({
        code: "custom",
        message: zodText({
          "zh-CN": `${value}：不是浏览器能匹配的主机名（只能含字母、数字、连字符和点，不支持通配符）`,
          en: `${value}: not a host name browsers match (letters, digits, hyphens and dots; no wildcards)`,
        }),
      });
    return url.origin;
  });

export const embedOriginsRequest = z
  .object({ origins: z.array(origin).max(20, zodText({ "zh-CN": "最多 20 个网站地址", en: "at most 20 origins" })) })
  .strict();

export { LOGO_MAX_BYTES } from "@/lib/files/logo";

export interface TenantSettings {
  slug: string;
  nameZh: string;
  nameEn: string;
  branding: TenantBranding;
  logoUrl: string | null;
  embedOrigins: string[];
  canEdit: { branding: boolean; origins: boolean };
}

export async function tenantSettings(db: Db, actor: Actor, slug: string): Promise<TenantSettings> {
  const tenant = await tenantFor(db, actor, slug, "tenant.read");
  const [row] = await db
    .select({ branding: tenants.branding, embedOrigins: tenants.embedOrigins, updatedAt: tenants.updatedAt })
    .from(tenants)
    .where(eq(tenants.id, tenant.id));
  if (!row) throw AppError.notFound("tenant");
  return {
    slug: tenant.slug,
    nameZh: tenant.nameZh,
    nameEn: tenant.nameEn,
    branding: row.branding,
    logoUrl: row.branding.logoFileId ? `/api/tenants/${tenant.slug}/logo?v=${row.branding.logoFileId.slice(0, 8)}` : null,
    embedOrigins: row.embedOrigins,
    canEdit: { branding: can(actor, "tenant.branding.edit", tenant.id), origins: can(actor, "tenant.embed_origins.edit", tenant.id) },
  };
}

export async function updateBranding(db: Db, actor: Actor, slug: string, request: z.infer<typeof brandingRequest>): Promise<TenantBranding> {
  const tenant = await tenantFor(db, actor, slug, "tenant.branding.edit");
  const [row] = await db.select({ branding: tenants.branding }).from(tenants).where(eq(tenants.id, tenant.id));
  const branding: TenantBranding = {
    ...row?.branding,
    displayName: { "zh-CN": request.displayNameZh, ...(request.displayNameEn ? { en: request.displayNameEn } : {}) },
    primaryColor: request.primaryColor.toLowerCase(),
    accentColor: request.accentColor.toLowerCase(),
  };
  await db.update(tenants).set({ branding, updatedAt: new Date() }).where(eq(tenants.id, tenant.id));
  await audit(db, {
    tenantId: tenant.id,
    actorUserId: actor.userId,
    action: "tenant.branding_changed",
    targetType: "tenant",
    targetId: tenant.id,
    details: { before: row?.branding ?? {}, after: branding },
  });
  return branding;
}

/** PNG or JPEG (what the PDF can embed), at most 512 KB. */
export async function uploadLogo(db: Db, actor: Actor, slug: string, upload: Upload): Promise<{ logoFileId: string }> {
  const tenant = await tenantFor(db, actor, slug, "tenant.branding.edit");
  const stored = await storeLogo(db, tenant.id, actor.userId, upload.bytes);
  const [row] = await db.select({ branding: tenants.branding }).from(tenants).where(eq(tenants.id, tenant.id));
  const previous = row?.branding.logoFileId;
  await db
    .update(tenants)
    .set({ branding: { ...row?.branding, logoFileId: stored.id }, updatedAt: new Date() })
    .where(eq(tenants.id, tenant.id));
  if (previous) await db.delete(storedFiles).where(and(eq(storedFiles.id, previous), eq(storedFiles.tenantId, tenant.id)));
  await audit(db, {
    tenantId: tenant.id,
    actorUserId: actor.userId,
    action: "tenant.logo_changed",
    targetType: "tenant",
    targetId: tenant.id,
    details: { sha256: stored.sha256 },
  });
  return { logoFileId: stored.id };
}

/** The logo is public (it shows on the portal's pages): no session needed. */
export async function tenantLogo(db: Db, slug: string): Promise<{ content: Buffer; mimeType: string } | null> {
  const [tenant] = await db
    .select({ id: tenants.id, branding: tenants.branding })
    .from(tenants)
    .where(and(eq(tenants.slug, slug), eq(tenants.status, "active")));
  const fileId = tenant?.branding.logoFileId;
  if (!tenant || !fileId) return null;
  const [file] = await db
    .select({ content: storedFiles.content, mimeType: storedFiles.mimeType })
    .from(storedFiles)
    .where(and(eq(storedFiles.id, fileId), eq(storedFiles.tenantId, tenant.id), eq(storedFiles.purpose, "logo")));
  return file ?? null;
}

export async function updateEmbedOrigins(db: Db, actor: Actor, slug: string, request: z.infer<typeof embedOriginsRequest>): Promise<string[]> {
  const tenant = await tenantFor(db, actor, slug, "tenant.embed_origins.edit");
  const origins = [...new Set(request.origins)];
  const [row] = await db.select({ before: tenants.embedOrigins }).from(tenants).where(eq(tenants.id, tenant.id));
  await db.update(tenants).set({ embedOrigins: origins, updatedAt: new Date() }).where(eq(tenants.id, tenant.id));
  await audit(db, {
    tenantId: tenant.id,
    actorUserId: actor.userId,
    action: "tenant.embed_origins_changed",
    targetType: "tenant",
    targetId: tenant.id,
    details: { before: row?.before ?? [], after: origins },
  });
  return origins;
}
