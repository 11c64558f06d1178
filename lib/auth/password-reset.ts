import "server-only";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, memberships, outboxMails, passwordResets, users } from "@/db/schema";
import { hashToken, newResumeToken } from "@/lib/shared/tokens";
import type { Locale } from "@/lib/i18n/locales";
import { MIN_PASSWORD_LENGTH } from "./account";
import { sendMail } from "@/lib/mail/send";
import { hashPassword } from "./password";
import { hit } from "./rate-limit";
import { clearSignInLimits, normaliseEmail } from "./sign-in";
import { byLocale } from "@/lib/i18n/localized";

/**
 * Forgotten passwords: a one-hour, single-use link by mail (only the newest one works; using it ends
 * the account's sessions). The answer never says whether the account
 * exists. Mail goes out by SMTP when configured, and to the outbox (development outbox page) always.
 */

const RESET_MS = 3_600_000;
const REQUESTS_PER_HOUR = 5;

export async function requestPasswordReset(db: Db, input: { email: string; ip: string; baseUrl: string; locale: Locale }): Promise<void> {
  const email = normaliseEmail(input.email);
  const [byAccount, byAddress] = await Promise.all([hit(db, `reset:account:${email}`, RESET_MS), hit(db, `reset:address:${input.ip}`, RESET_MS)]);
  if (byAccount.count > REQUESTS_PER_HOUR || byAddress.count > REQUESTS_PER_HOUR * 4) return;
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email), isNull(users.disabledAt)));
  if (!user) return;
  const link = await newResetLink(db, user.id, input.baseUrl);
  const [tenant] = await db.select({ tenantId: memberships.tenantId }).from(memberships).where(eq(memberships.userId, user.id)).limit(1);
  await sendMail(db, {
    tenantId: tenant?.tenantId ?? null,
    to: email,
    ...byLocale(input.locale, {
      "zh-CN": { subject: "重设数诊账号密码", body: `请在一小时内打开以下链接设置新密码：\n${link}\n\n如果不是您本人操作，请忽略本邮件，密码不会改变。` },
      en: {
        subject: "Reset your Shuzhen password",
        body: `Open this link within one hour to choose a new password:\n${link}\n\nIf you did not ask for it, ignore this mail; your password stays as it is.`,
      },
    }),
  });
}

/** A fresh one-hour reset link for the account; only the newest link works, so those sent before are retired. */
export async function newResetLink(db: Db, userId: string, baseUrl: string): Promise<string> {
  const token = newResumeToken();
  await db
    .update(passwordResets)
    .set({ usedAt: new Date() })
    .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
  await db.insert(passwordResets).values({ userId, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + RESET_MS) });
  return `${baseUrl}/reset/${token}`;
}

export type ResetOutcome = "done" | "invalid" | "weak";

export async function completePasswordReset(db: Db, token: string, password: string): Promise<ResetOutcome> {
  const now = new Date();
  const [reset] = await db
    .select({ id: passwordResets.id, userId: passwordResets.userId, email: users.email })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(and(eq(passwordResets.tokenHash, hashToken(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
    .orderBy(desc(passwordResets.createdAt));
  if (!reset) return "invalid";
  if (password.length < MIN_PASSWORD_LENGTH || password.length > 200 || password.trim().toLowerCase() === reset.email) return "weak";
  // Single use: only the request that marks the link used may set the password.
  const used = await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.id, reset.id), isNull(passwordResets.usedAt)))
    .returning({ id: passwordResets.id });
  if (used.length === 0) return "invalid";
  // Every other link of the account dies with this one, and so does every session signed in before.
  await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.userId, reset.userId), isNull(passwordResets.usedAt)));
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(password), sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
    .where(eq(users.id, reset.userId));
  await clearSignInLimits(db, reset.email);
  const tenants = await db.select({ tenantId: memberships.tenantId }).from(memberships).where(eq(memberships.userId, reset.userId));
  const rows = [...new Set(tenants.map((t) => t.tenantId))].map((tenantId) => ({
    tenantId,
    actorUserId: reset.userId,
    action: "auth.password_reset",
    targetType: "user",
    targetId: reset.userId,
  }));
  if (rows.length > 0) await db.insert(auditLog).values(rows);
  return "done";
}

/** The latest mails in the outbox (development outbox page). */
export async function latestOutbox(db: Db, limit = 50) {
  return db.select().from(outboxMails).orderBy(desc(outboxMails.createdAt)).limit(limit);
}
