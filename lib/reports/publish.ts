import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { consultantClients, enterprises, reports, tenants, users } from "@/db/schema";
import { authorise } from "@/lib/assessments/access";
import { audit } from "@/lib/shared/audit";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { createInvitation } from "@/lib/auth/invitations";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send";
import { messageText } from "@/lib/i18n/translate";
import { byLocale, colon, localize, localizePair } from "@/lib/i18n/localized";

export const publishRequest = z
  .object({
    language: z.enum(["zh-CN", "en"]).default("zh-CN"),
    /** The version the consultant reviewed: publishing a newer one unseen is a conflict. */
    version: z.number().int().min(1),
  })
  .strict();

/**
 * The consultant hands the reviewed version to the client: the firm's owner then reads that version
 * (not later drafts). The client contact is told by mail; without an account yet, the mail carries an
 * invitation that makes them the firm's owner.
 */
export async function publishReport(db: Db, id: string, actor: Actor, request: z.infer<typeof publishRequest>, baseUrl: string) {
  const key = await authorise(db, id, { actor }, "report.publish");
  if (key.status !== "submitted")
    throw new AppError(
      "conflict",
      { "zh-CN": "status：请先提交评测", en: "status: submit the assessment first" },
      { issues: [{ field: "status", message: messageText("error.notSubmitted") }] },
    );
  const [row] = await db
    .select()
    .from(reports)
    .where(and(eq(reports.assessmentId, key.id), eq(reports.language, request.language)));
  if (!row || row.currentVersion === 0)
    throw new AppError("conflict", messageText("error.reportWriting"), { issues: [{ field: "status", message: row?.status ?? "queued" }] });
  if (request.version !== row.currentVersion) {
    throw new AppError(
      "conflict",
      {
        "zh-CN": `version：报告已更新到第 ${row.currentVersion} 版，请审阅后再发布`,
        en: `version: the report is now at version ${row.currentVersion}; review it before publishing`,
      },
      { issues: [{ field: "version", message: messageText("error.currentVersion", { version: row.currentVersion }) }] },
    );
  }
  const now = new Date();
  await db.transaction(async (tx) => {
    await tx
      .update(reports)
      .set({ publishedVersion: row.currentVersion, publishedAt: now, publishedBy: actor.userId, updatedAt: now })
      .where(eq(reports.id, row.id));
    await emitWebhookEvent(tx, {
      tenantId: key.tenantId,
      enterpriseId: key.enterpriseId,
      type: "report.published",
      data: { reportId: row.id, assessmentId: key.id, enterpriseId: key.enterpriseId, language: row.language, version: row.currentVersion },
    });
  });
  await audit(db, {
    tenantId: key.tenantId,
    actorUserId: actor.userId,
    action: "report.published",
    targetType: "assessment",
    targetId: key.id,
    details: { version: row.currentVersion, language: request.language },
  });

  const [firm] = await db
    .select({
      name: enterprises.name,
      owner: enterprises.ownerUserId,
      ownerEmail: users.email,
      contact: consultantClients.contactEmail,
      tenantZh: tenants.nameZh,
      tenantEn: tenants.nameEn,
    })
    .from(enterprises)
    .innerJoin(tenants, eq(tenants.id, enterprises.tenantId))
    .leftJoin(users, eq(users.id, enterprises.ownerUserId))
    .leftJoin(consultantClients, and(eq(consultantClients.enterpriseId, enterprises.id), eq(consultantClients.consultantUserId, actor.userId)))
    .where(eq(enterprises.id, key.enterpriseId));
  const locale = request.language;
  const link = `${baseUrl}/assess/${key.id}/report${byLocale(locale, { "zh-CN": "", en: "?lang=en" })}`;
  const message = localize(
    {
      "zh-CN": `您的顾问已发布「${firm?.name ?? "贵企业"}」的数字化水平诊断报告。`,
      en: `Your consultant has published the digital-maturity report of ${firm?.name ?? "your firm"}.`,
    },
    locale,
  );
  let notified: string | null = null;
  if (firm?.ownerEmail) {
    notified = firm.ownerEmail;
    await sendMail(db, {
      tenantId: key.tenantId,
      to: firm.ownerEmail,
      ...byLocale(locale, {
        "zh-CN": { subject: "诊断报告已发布", body: `${message}\n登录后阅读：${link}` },
        en: { subject: "Your report is published", body: `${message}\nRead it after signing in: ${link}` },
      }),
    });
  } else if (firm?.contact) {
    notified = firm.contact;
    await createInvitation(db, {
      tenantId: key.tenantId,
      tenantName: localizePair(firm.tenantZh, firm.tenantEn, locale),
      email: firm.contact,
      role: "sme_owner",
      invitedBy: actor.userId,
      enterpriseId: key.enterpriseId,
      message: `${message}\n${localize({ "zh-CN": "接受邀请创建账号后即可阅读", en: "Accept the invitation to create your account, then read it at" }, locale)}${colon(locale)}${link}`,
      baseUrl,
      locale: request.language,
    });
  }
  return { version: row.currentVersion, publishedAt: now.toISOString(), notified };
}
