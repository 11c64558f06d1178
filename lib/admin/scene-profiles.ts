import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { sceneProfiles } from "@/db/schema";
import { audit } from "@/lib/shared/audit";
import { tenantFor } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getTemplate } from "@/scoring";
import { NOT_EMPTY, zodText } from "@/lib/i18n/zod";
import { messageText } from "@/lib/i18n/translate";

/**
 * 约束性场景 per 细分行业: a city says which manufacturing scenes are constrained for firms of a named
 * segment or of given 大类 codes; firms matched by none get the model's default set.
 */

const MANUFACTURING = getTemplate("miit-2024-manufacturing");

const scenes = z
  .array(z.string())
  .min(1, zodText({ "zh-CN": "至少选择一个场景", en: "at least one scene" }))
  .max(30)
  .superRefine((codes, ctx) => {
    for (const [i, code] of codes.entries())
      if (!MANUFACTURING.sceneByCode.has(code))
        ctx.addIssue({
          code: "custom",
          path: [i],
          message: zodText({ "zh-CN": `${code} 不是制造业模型中的场景`, en: `${code} is not a scene of the manufacturing model` }),
        });
  });

const profileFields = {
  name: z.string().trim().min(1, NOT_EMPTY).max(80),
  industrySegment: z.string().trim().max(80).nullable().optional(),
  industryCodes: z
    .array(z.string().regex(/^\d{2}$/, zodText({ "zh-CN": "应为两位数的 GB/T 4754 大类代码", en: "must be a two-digit GB/T 4754 大类 code" })))
    .max(41)
    .default([]),
  constrainedScenes: scenes,
};

export const createProfileRequest = z
  .object({
    code: z.string().regex(/^[a-z0-9-]{2,40}$/, zodText({ "zh-CN": "只能含小写字母、数字和连字符", en: "lower-case letters, digits and hyphens" })),
    ...profileFields,
  })
  .strict()
  .refine((p) => !!p.industrySegment || p.industryCodes.length > 0, {
    path: ["industryCodes"],
    message: zodText({ "zh-CN": "请填写细分行业，或至少填写一个大类代码", en: "name a 细分行业 or at least one 大类 code" }),
  });

export const updateProfileRequest = z
  .object({ ...profileFields, status: z.enum(["active", "retired"]) })
  .partial()
  .strict();

export async function listProfiles(db: Db, actor: Actor, slug: string) {
  const tenant = await tenantFor(db, actor, slug, "tenant.scene_profiles.edit");
  const rows = await db.select().from(sceneProfiles).where(eq(sceneProfiles.tenantId, tenant.id)).orderBy(asc(sceneProfiles.code));
  return {
    profiles: rows.map((r) => ({
      code: r.code,
      name: r.name,
      industrySegment: r.industrySegment,
      industryCodes: r.industryCodes,
      constrainedScenes: r.constrainedScenes,
      status: r.status,
      updatedAt: r.updatedAt.toISOString(),
    })),
    scenes: MANUFACTURING.scenes.map((s) => ({ code: s.code, label: s.def.label, defaultConstrained: MANUFACTURING.defaultConstrained[s.index] ?? false })),
  };
}

export async function createProfile(db: Db, actor: Actor, slug: string, request: z.infer<typeof createProfileRequest>) {
  const tenant = await tenantFor(db, actor, slug, "tenant.scene_profiles.edit");
  const inserted = await db
    .insert(sceneProfiles)
    .values({
      tenantId: tenant.id,
      code: request.code,
      name: request.name,
      industrySegment: request.industrySegment ?? null,
      industryCodes: request.industryCodes,
      constrainedScenes: request.constrainedScenes,
    })
    .onConflictDoNothing()
    .returning({ code: sceneProfiles.code });
  if (inserted.length === 0)
    throw new AppError(
      "conflict",
      { "zh-CN": `code：${request.code} 已被使用`, en: `code: ${request.code} is already used` },
      { issues: [{ field: "code", message: messageText("error.alreadyUsed") }] },
    );
  await audit(db, {
    tenantId: tenant.id,
    actorUserId: actor.userId,
    action: "scene_profile.created",
    targetType: "scene_profile",
    targetId: request.code,
    details: { scenes: request.constrainedScenes },
  });
  return { code: request.code };
}

export async function updateProfile(db: Db, actor: Actor, slug: string, code: string, request: z.infer<typeof updateProfileRequest>) {
  const tenant = await tenantFor(db, actor, slug, "tenant.scene_profiles.edit");
  const updated = await db
    .update(sceneProfiles)
    .set({ ...request, industrySegment: request.industrySegment === undefined ? undefined : (request.industrySegment ?? null), updatedAt: new Date() })
    .where(and(eq(sceneProfiles.tenantId, tenant.id), eq(sceneProfiles.code, code)))
    .returning({ code: sceneProfiles.code, status: sceneProfiles.status });
  if (updated.length === 0) throw AppError.notFound("scene profile");
  await audit(db, {
    tenantId: tenant.id,
    actorUserId: actor.userId,
    action: request.status === "retired" ? "scene_profile.retired" : "scene_profile.updated",
    targetType: "scene_profile",
    targetId: code,
    details: request,
  });
  return updated[0]!;
}
