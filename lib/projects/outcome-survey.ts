import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { consultantClients, enterprises, projectOutcomeSurveys, projects, tenants, users } from "@/db/schema";
import { appUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { atMostChars, zodText } from "@/lib/i18n/zod";
import { enqueueJob } from "@/lib/jobs/define";
import { outcomeSurveyJob } from "@/lib/jobs/definitions";
import type { JobHandler } from "@/lib/jobs/worker";
import { sendMail } from "@/lib/mail/send";
import { audit } from "@/lib/shared/audit";
import { hashToken, newResumeToken } from "@/lib/shared/tokens";

/**
 * The outcome survey 12 months after acceptance: scheduled when a project is accepted, mailed by a
 * background job when it falls due (to the firm's account, else the contact its consultant keeps), and
 * answered through the mailed link without signing in. The answers count in the provider's scorecard.
 */

export const SURVEY_AFTER_DAYS = 365;
/** How long a mailed link stays valid. */
export const SURVEY_LINK_DAYS = 90;

/** Called in the acceptance's transaction: one survey per project, due a year on. */
export async function scheduleOutcomeSurvey(db: Db, project: { id: string; tenantId: string }, acceptedAt: Date): Promise<void> {
  const due = new Date(acceptedAt.getTime() + SURVEY_AFTER_DAYS * 86_400_000);
  const [row] = await db
    .insert(projectOutcomeSurveys)
    .values({ projectId: project.id, tenantId: project.tenantId, dueAt: due })
    .onConflictDoNothing()
    .returning({ id: projectOutcomeSurveys.id });
  if (row) await enqueueJob(db, outcomeSurveyJob, { surveyId: row.id }, { tenantId: project.tenantId, runAt: due });
}

/** Mails one survey that has fallen due; a survey already sent or answered is left alone. */
export async function sendOutcomeSurvey(db: Db, surveyId: string): Promise<{ sent: boolean; to: string | null }> {
  const [row] = await db
    .select({
      survey: projectOutcomeSurveys,
      title: projects.title,
      firm: enterprises.name,
      enterpriseId: enterprises.id,
      ownerEmail: users.email,
      providerUserId: projects.providerUserId,
      portalZh: tenants.nameZh,
    })
    .from(projectOutcomeSurveys)
    .innerJoin(projects, eq(projects.id, projectOutcomeSurveys.projectId))
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .innerJoin(tenants, eq(tenants.id, projects.tenantId))
    .leftJoin(users, eq(users.id, enterprises.ownerUserId))
    .where(eq(projectOutcomeSurveys.id, surveyId));
  if (!row || row.survey.sentAt || row.survey.answeredAt) return { sent: false, to: row?.survey.sentTo ?? null };
  let to = row.ownerEmail;
  if (!to) {
    const [contact] = await db
      .select({ email: consultantClients.contactEmail })
      .from(consultantClients)
      .where(
        and(eq(consultantClients.enterpriseId, row.enterpriseId), eq(consultantClients.tenantId, row.survey.tenantId), eq(consultantClients.status, "active")),
      )
      .limit(1);
    to = contact?.email ?? null;
  }
  if (!to) {
    await db.update(projectOutcomeSurveys).set({ notSent: "no address on file" }).where(eq(projectOutcomeSurveys.id, surveyId));
    return { sent: false, to: null };
  }
  const token = newResumeToken();
  await db
    .update(projectOutcomeSurveys)
    .set({ tokenHash: hashToken(token), sentTo: to, sentAt: new Date(), notSent: null })
    .where(eq(projectOutcomeSurveys.id, surveyId));
  const link = `${appUrl()}/survey/${token}`;
  await sendMail(db, {
    tenantId: row.survey.tenantId,
    to,
    subject: `改造项目一年回访：「${row.title}」 / One year on: ${row.title}`,
    body: [
      `「${row.firm}」的数字化改造项目验收已满一年。请花一分钟告诉${row.portalZh}：改造的效果是否持续、系统是否仍在使用。`,
      `回访链接（${SURVEY_LINK_DAYS} 天内有效）：${link}`,
      "",
      `It has been a year since the transformation project of ${row.firm} was accepted. Please take a minute to tell the portal whether its benefits have lasted: ${link}?lang=en`,
    ].join("\n"),
  });
  await audit(db, {
    tenantId: row.survey.tenantId,
    actorUserId: null,
    action: "project.outcome_survey_sent",
    targetType: "project",
    targetId: row.survey.projectId,
    details: { to },
  });
  return { sent: true, to };
}

export function outcomeSurveyJobHandler(): JobHandler {
  return {
    async run(db, job) {
      const { surveyId } = outcomeSurveyJob.payload.parse(job.payload);
      return sendOutcomeSurvey(db, surveyId);
    },
  };
}

export const surveyAnswer = z
  .object({
    rating: z
      .number()
      .int()
      .min(1, zodText({ "zh-CN": "评分为 1–5", en: "a rating is 1–5" }))
      .max(5, zodText({ "zh-CN": "评分为 1–5", en: "a rating is 1–5" })),
    stillInUse: z.boolean(),
    comment: z.string().trim().max(1000, atMostChars(1000)).optional(),
  })
  .strict();

const noSurvey = () =>
  new AppError(
    "not_found",
    { "zh-CN": "token：回访链接无效或已过期", en: "token: this survey link is not valid or has expired" },
    {
      issues: [{ field: "token", message: { "zh-CN": "无效或已过期", en: "not valid or expired" } }],
    },
  );

async function surveyByToken(db: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{20,200}$/.test(token)) throw noSurvey();
  const [row] = await db
    .select({ survey: projectOutcomeSurveys, title: projects.title, firm: enterprises.name })
    .from(projectOutcomeSurveys)
    .innerJoin(projects, eq(projects.id, projectOutcomeSurveys.projectId))
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .where(eq(projectOutcomeSurveys.tokenHash, hashToken(token)));
  if (!row?.survey.sentAt || Date.now() - row.survey.sentAt.getTime() > SURVEY_LINK_DAYS * 86_400_000) throw noSurvey();
  return row;
}

/** What the survey page shows: the project, and the answer if one was given. */
export async function surveyView(db: Db, token: string) {
  const row = await surveyByToken(db, token);
  return {
    title: row.title,
    firm: row.firm,
    answered: row.survey.answeredAt ? { rating: row.survey.rating, stillInUse: row.survey.stillInUse, comment: row.survey.comment } : null,
  };
}

/** Records the answer once; a second answer is a 409 (the first stands). */
export async function answerSurvey(db: Db, token: string, answer: z.infer<typeof surveyAnswer>): Promise<void> {
  const row = await surveyByToken(db, token);
  const [done] = await db
    .update(projectOutcomeSurveys)
    .set({ answeredAt: new Date(), rating: answer.rating, stillInUse: answer.stillInUse, comment: answer.comment || null })
    .where(and(eq(projectOutcomeSurveys.id, row.survey.id), isNull(projectOutcomeSurveys.answeredAt)))
    .returning({ id: projectOutcomeSurveys.id });
  if (!done)
    throw new AppError(
      "conflict",
      { "zh-CN": "token：这份回访已经填写过", en: "token: this survey has already been answered" },
      {
        issues: [{ field: "token", message: { "zh-CN": "已填写", en: "already answered" } }],
      },
    );
  await audit(db, {
    tenantId: row.survey.tenantId,
    actorUserId: null,
    action: "project.outcome_survey_answered",
    targetType: "project",
    targetId: row.survey.projectId,
    details: { rating: answer.rating },
  });
}
