import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { auditLog, memberships, signUpRequests, users } from "@/db/schema";
import { hashToken, newResumeToken } from "@/lib/shared/tokens";
import { AppError } from "@/lib/errors";
import { issueText } from "@/lib/i18n/zod";
import type { Locale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail/send";
import { resolveTenant } from "@/lib/tenants";
import { MIN_PASSWORD_LENGTH } from "./account";
import { hashPassword } from "./password";
import { hit } from "./rate-limit";
import { normaliseEmail } from "./sign-in";
import { AN_EMAIL, atLeastChars } from "@/lib/i18n/zod";
import { messageText } from "@/lib/i18n/translate";
import { byLocale } from "@/lib/i18n/localized";
import { returnToQuery } from "./return-to";

/**
 * Self sign-up, for firm users only (consultants and administrators are invited). The answer never
 * says whether the address has an account: a new address gets a link that creates the account when
 * opened (a day, single use, only its hash stored); an address that has an account gets a mail saying
 * someone tried to sign up with it, pointing to sign-in and to the page that asks for a reset link
 * (no link of its own: a sign-up by anyone must not retire the owner's reset links), at most one such
 * mail per address every 10 minutes. Either way the page says "check your mail".
 */

export const signUpInput = z.object({
  email: z.string().trim().toLowerCase().email(AN_EMAIL).max(200),
  password: z.string().min(MIN_PASSWORD_LENGTH, atLeastChars(MIN_PASSWORD_LENGTH)).max(200),
  name: z.string().trim().max(80).optional(),
  tenant: z
    .string()
    .regex(/^[a-z0-9-]{2,40}$/)
    .optional(),
  /** Where the firm was going (a result to keep, a report): carried through the mail, never trusted as is. */
  returnTo: z.string().max(1000).optional(),
});

const SIGN_UPS_PER_HOUR = 10;
const CONFIRM_MS = 86_400_000;
/** At most one "someone tried to sign up with your address" mail per address in this time. */
const TAKEN_MAIL_MS = 10 * 60_000;

export async function signUp(db: Db, raw: unknown, context: { ip: string; baseUrl: string; locale: Locale }): Promise<void> {
  const parsed = signUpInput.safeParse(raw);
  if (!parsed.success) throw AppError.validation(parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? "body"), message: issueText(i) })));
  const input = parsed.data;
  // An unsafe path is dropped, not refused: the sign-up itself is fine, the firm just lands on its account.
  const back = returnToQuery(input.returnTo);
  const email = normaliseEmail(input.email);
  if (input.password.trim().toLowerCase() === email) throw AppError.validation([{ field: "password", message: messageText("error.sameAsEmail") }]);
  const byAddress = await hit(db, `signup:address:${context.ip}`, 3_600_000);
  if (byAddress.count > SIGN_UPS_PER_HOUR)
    throw new AppError(
      "rate_limited",
      { "zh-CN": "email：从该网络地址注册的次数过多，请稍后再试", en: "email: too many sign-ups from this address; try again later" },
      { issues: [{ field: "email", message: { "zh-CN": "注册次数过多", en: "too many sign-ups" } }] },
    );
  const tenant = await resolveTenant(db, input.tenant);
  // Hashed on both paths, so that the time taken does not tell them apart either.
  const passwordHash = await hashPassword(input.password);
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing) {
    if ((await hit(db, `signup:taken:${email}`, TAKEN_MAIL_MS)).count > 1) return;
    const link = `${context.baseUrl}/reset`;
    const signInLink = `${context.baseUrl}/signin${back}`;
    await sendMail(db, {
      tenantId: tenant.id,
      to: email,
      ...byLocale(context.locale, {
        "zh-CN": {
          subject: "有人尝试用您的邮箱注册数诊",
          body: `有人尝试用本邮箱注册数诊，但该邮箱已有账号。如果是您本人，请直接登录 ${signInLink}；如果忘记了密码，请在以下页面申请重设：\n${link}\n\n如果不是您本人操作，请忽略本邮件，账号不会有任何变化。`,
        },
        en: {
          subject: "Someone tried to sign up with your address",
          body: `Someone tried to create a Shuzhen account with this address, which already has one. If it was you, sign in at ${signInLink}; if you have forgotten your password, ask for a new one at:\n${link}\n\nIf it was not you, ignore this mail; nothing has changed.`,
        },
      }),
    });
    return;
  }
  const token = newResumeToken();
  await db
    .insert(signUpRequests)
    .values({ email, name: input.name || null, passwordHash, tenantId: tenant.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + CONFIRM_MS) });
  const link = `${context.baseUrl}/signup/confirm/${token}${back}`;
  await sendMail(db, {
    tenantId: tenant.id,
    to: email,
    ...byLocale(context.locale, {
      "zh-CN": { subject: "确认注册数诊账号", body: `请在一天内打开以下链接完成注册，然后用您设置的密码登录：\n${link}\n\n如果不是您本人操作，请忽略本邮件。` },
      en: {
        subject: "Confirm your Shuzhen account",
        body: `Open this link within a day to create your account, then sign in with the password you chose:\n${link}\n\nIf you did not sign up, ignore this mail.`,
      },
    }),
  });
}

/** Creates the account of a confirmed sign-up; null for a used, expired or unknown link, or an address taken meanwhile. */
export async function confirmSignUp(db: Db, token: string, ip: string): Promise<{ id: string; email: string } | null> {
  if (!/^[A-Za-z0-9_-]{20,200}$/.test(token)) return null;
  return db.transaction(async (tx) => {
    const [request] = await tx
      .update(signUpRequests)
      .set({ usedAt: new Date() })
      .where(and(eq(signUpRequests.tokenHash, hashToken(token)), isNull(signUpRequests.usedAt), gt(signUpRequests.expiresAt, new Date())))
      .returning();
    if (!request) return null;
    const [user] = await tx
      .insert(users)
      .values({ email: request.email, name: request.name, passwordHash: request.passwordHash, emailVerified: new Date() })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!user) return null;
    await tx.insert(memberships).values({ tenantId: request.tenantId, userId: user.id, role: "sme_owner" });
    await tx.insert(auditLog).values({ tenantId: request.tenantId, actorUserId: user.id, action: "auth.sign_up", targetType: "user", targetId: user.id, ip });
    return { id: user.id, email: request.email };
  });
}
