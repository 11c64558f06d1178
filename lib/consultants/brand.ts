import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { consultantBrands, storedFiles } from "@/db/schema";
import { brandColour } from "@/lib/shared/colour";
import { audit } from "@/lib/shared/audit";
import { tenantFor } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { storeLogo } from "@/lib/files/store";
import type { Upload } from "@/lib/http/upload";
import { atMostChars, NOT_EMPTY } from "@/lib/i18n/zod";

/** A consultant's own brand per portal: the PDFs of their clients' reports carry it. */

export const consultantBrandRequest = z
  .object({
    organisation: z.string().trim().min(1, NOT_EMPTY).max(80, atMostChars(80)),
    primaryColor: brandColour,
    accentColor: brandColour,
  })
  .strict();

export interface ConsultantBrand {
  organisation: string;
  primaryColor: string;
  accentColor: string;
  logoUrl: string | null;
}

export async function consultantBrand(db: Db, actor: Actor, slug: string): Promise<ConsultantBrand | null> {
  const tenant = await tenantFor(db, actor, slug, "client.manage");
  const [row] = await db
    .select()
    .from(consultantBrands)
    .where(and(eq(consultantBrands.tenantId, tenant.id), eq(consultantBrands.userId, actor.userId)));
  if (!row) return null;
  return {
    organisation: row.organisation,
    primaryColor: row.primaryColor,
    accentColor: row.accentColor,
    logoUrl: row.logoFileId ? `/api/tenants/${slug}/consultant-brand/logo?v=${row.logoFileId.slice(0, 8)}` : null,
  };
}

export async function saveConsultantBrand(db: Db, actor: Actor, slug: string, request: z.infer<typeof consultantBrandRequest>): Promise<void> {
  const tenant = await tenantFor(db, actor, slug, "client.manage");
  await db
    .insert(consultantBrands)
    .values({ tenantId: tenant.id, userId: actor.userId, ...request })
    .onConflictDoUpdate({ target: [consultantBrands.tenantId, consultantBrands.userId], set: { ...request, updatedAt: new Date() } });
  await audit(db, {
    tenantId: tenant.id,
    actorUserId: actor.userId,
    action: "consultant.brand_changed",
    targetType: "user",
    targetId: actor.userId,
    details: request,
  });
}

export async function uploadConsultantLogo(db: Db, actor: Actor, slug: string, upload: Upload): Promise<{ logoFileId: string }> {
  const tenant = await tenantFor(db, actor, slug, "client.manage");
  const [row] = await db
    .select({ logo: consultantBrands.logoFileId })
    .from(consultantBrands)
    .where(and(eq(consultantBrands.tenantId, tenant.id), eq(consultantBrands.userId, actor.userId)));
  if (!row)
    throw new AppError(
      "conflict",
      { "zh-CN": "organisation：请先保存品牌名称和颜色，再上传标识", en: "organisation: save your brand's name and colours before its logo" },
      { issues: [{ field: "organisation", message: { "zh-CN": "尚未设置品牌", en: "no brand yet" } }] },
    );
  const stored = await storeLogo(db, tenant.id, actor.userId, upload.bytes);
  await db
    .update(consultantBrands)
    .set({ logoFileId: stored.id, updatedAt: new Date() })
    .where(and(eq(consultantBrands.tenantId, tenant.id), eq(consultantBrands.userId, actor.userId)));
  if (row.logo) await db.delete(storedFiles).where(and(eq(storedFiles.id, row.logo), eq(storedFiles.tenantId, tenant.id)));
  await audit(db, {
    tenantId: tenant.id,
    actorUserId: actor.userId,
    action: "consultant.logo_changed",
    targetType: "user",
    targetId: actor.userId,
    details: { sha256: stored.sha256 },
  });
  return { logoFileId: stored.id };
}

export async function consultantLogo(db: Db, actor: Actor, slug: string): Promise<{ content: Buffer; mimeType: string }> {
  const tenant = await tenantFor(db, actor, slug, "client.manage");
  const [file] = await db
    .select({ content: storedFiles.content, mimeType: storedFiles.mimeType })
    .from(consultantBrands)
    .innerJoin(storedFiles, eq(storedFiles.id, consultantBrands.logoFileId))
    .where(and(eq(consultantBrands.tenantId, tenant.id), eq(consultantBrands.userId, actor.userId)));
  if (!file) throw AppError.notFound("logo");
  return file;
}

/** The brand a report's PDF carries: its consultant's, when a consultant made it and set one. */
export async function brandForAssessment(db: Db, tenantId: string, consultantUserId: string | null) {
  if (!consultantUserId) return null;
  const [row] = await db
    .select()
    .from(consultantBrands)
    .where(and(eq(consultantBrands.tenantId, tenantId), eq(consultantBrands.userId, consultantUserId)));
  if (!row) return null;
  const [file] = row.logoFileId
    ? await db
        .select({ content: storedFiles.content })
        .from(storedFiles)
        .where(and(eq(storedFiles.id, row.logoFileId), eq(storedFiles.tenantId, tenantId)))
    : [];
  return { name: row.organisation, primaryColor: row.primaryColor, accentColor: row.accentColor, logo: file?.content ?? null };
}
