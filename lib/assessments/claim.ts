import "server-only";
import { and, desc, eq, isNull, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, assessments, consultantClients, enterprises, memberships } from "@/db/schema";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { assessmentForToken, consultantMade } from "./access";
import { messageText } from "@/lib/i18n/translate";

/**
 * A signed-in firm user takes over an assessment started anonymously: holding its resume link proves
 * it is theirs. The firm joins their account too, and they become a firm user of the assessment's
 * portal if they were not one. Claiming one's own assessment again changes nothing.
 */
export async function claimAssessment(db: Db, id: string, token: string, actor: Actor | null): Promise<{ claimed: boolean; enterpriseId: string }> {
  if (!actor)
    throw new AppError(
      "unauthenticated",
      { "zh-CN": "session：请先登录，再把这份评测保存到您的账号", en: "session: sign in to keep this assessment in your account" },
      { issues: [{ field: "session", message: messageText("error.signIn.issue") }] },
    );
  const key = await assessmentForToken(db, id, token);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ owner: assessments.ownerUserId, mode: assessments.mode, consultant: assessments.consultantUserId })
      .from(assessments)
      .where(eq(assessments.id, key.id));
    const [client] = await tx
      .select({ id: consultantClients.enterpriseId })
      .from(consultantClients)
      .where(eq(consultantClients.enterpriseId, key.enterpriseId))
      .limit(1);
    // A consultant's client joins through the consultant's invitation, never by holding a visit's link.
    if (row && (consultantMade(row.mode) || row.consultant || client)) {
      throw new AppError(
        "forbidden",
        {
          "zh-CN": "assessment：该企业是顾问的客户，企业负责人需通过顾问发出的邀请加入",
          en: "assessment: this firm is a consultant's client; its owner joins through the consultant's invitation",
        },
        { issues: [{ field: "assessment", message: { "zh-CN": "顾问的客户", en: "a consultant's client" } }] },
      );
    }
    if (row?.owner && row.owner !== actor.userId) {
      throw new AppError(
        "conflict",
        { "zh-CN": "owner：这份评测已属于其他账号", en: "owner: this assessment already belongs to another account" },
        { issues: [{ field: "owner", message: { "zh-CN": "已被其他账号认领", en: "claimed by another account" } }] },
      );
    }
    if (row?.owner === actor.userId) return { claimed: false, enterpriseId: key.enterpriseId };
    await tx
      .update(assessments)
      .set({ ownerUserId: actor.userId, updatedAt: new Date() })
      .where(and(eq(assessments.id, key.id), isNull(assessments.ownerUserId)));
    await tx
      .update(enterprises)
      .set({ ownerUserId: actor.userId, updatedAt: new Date() })
      .where(and(eq(enterprises.id, key.enterpriseId), or(isNull(enterprises.ownerUserId), eq(enterprises.ownerUserId, actor.userId))));
    if (!can(actor, "assessment.claim", key.tenantId)) {
      await tx.insert(memberships).values({ tenantId: key.tenantId, userId: actor.userId, role: "sme_owner" }).onConflictDoNothing();
    }
    await tx
      .insert(auditLog)
      .values({ tenantId: key.tenantId, actorUserId: actor.userId, action: "assessment.claimed", targetType: "assessment", targetId: key.id });
    return { claimed: true, enterpriseId: key.enterpriseId };
  });
}

/**
 * The user's firms' assessments, newest first: those they claimed, and every assessment of a firm they
 * own (e.g. the visits of a consultant who invited them).
 */
export async function ownedAssessments(db: Db, userId: string) {
  return db
    .select({
      id: assessments.id,
      status: assessments.status,
      mode: assessments.mode,
      submittedAt: assessments.submittedAt,
      startedAt: assessments.startedAt,
      name: enterprises.name,
      tenantId: assessments.tenantId,
    })
    .from(assessments)
    .innerJoin(enterprises, eq(enterprises.id, assessments.enterpriseId))
    .where(or(eq(assessments.ownerUserId, userId), eq(enterprises.ownerUserId, userId)))
    .orderBy(desc(assessments.startedAt));
}
