import "server-only";
import { and, eq, isNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, memberships, rateLimits, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { addressKey } from "@/lib/http/client-address";
import { hashPassword, verifyPassword } from "./password";
import type { Actor } from "./permissions";
import { claim, clear, release, type Backoff, type Claim } from "./rate-limit";

/**
 * Email and password sign-in. Failures slow down further attempts with an exponential back-off that is
 * capped (never a lock-out), held in the database so it holds across app servers, and claimed before
 * the password is checked so that guesses sent together wait their turn. Three counters:
 * - per account and address: the owner's own typos, and one guesser's patience (a minute at most);
 * - per address (an IPv6 /64 counting as one): one address guessing many accounts;
 * - per account from every address, far looser and capped lower: many addresses guessing one account,
 *   without letting a guesser elsewhere keep the owner out (their own counter is theirs).
 * A client whose address is unknown (the server hook not loaded) has only the account-wide counter: an
 * "unknown" shared by every client must not slow everyone down. An unknown account costs as much time
 * as a wrong password, and gives the same answer.
 */

/** Per account and address: 5 failures free, then 1 s, 2 s, 4 s … at most a minute between attempts. */
export const ACCOUNT_BACKOFF: Backoff = { free: 5, baseMs: 1000, capMs: 60_000, windowMs: 60 * 60_000 };
/** Per account from all addresses: 50 failures free, then 1 s, 2 s … at most 15 s (the owner never waits longer). */
export const ACCOUNT_WIDE_BACKOFF: Backoff = { free: 50, baseMs: 1000, capMs: 15_000, windowMs: 60 * 60_000 };
/** Per address: 20 failures free (an office behind one address), then 1 s, 2 s … at most 15 minutes. */
export const ADDRESS_BACKOFF: Backoff = { free: 20, baseMs: 1000, capMs: 15 * 60_000, windowMs: 60 * 60_000 };

const accountKey = (email: string) => `signin:account:${email}`;

/** The counters an attempt on this account from this address is claimed on. */
export function signInClaims(email: string, ip: string): Claim[] {
  const address = addressKey(ip);
  const claims: Claim[] = [{ key: accountKey(email), policy: ACCOUNT_WIDE_BACKOFF }];
  if (address)
    claims.push({ key: `signin:address:${address}`, policy: ADDRESS_BACKOFF }, { key: `${accountKey(email)}|from:${address}`, policy: ACCOUNT_BACKOFF });
  return claims;
}

/** Forgets an account's failed sign-ins, from every address (its password was just reset). */
export async function clearSignInLimits(db: Db, email: string): Promise<void> {
  const key = accountKey(normaliseEmail(email));
  await db.delete(rateLimits).where(or(eq(rateLimits.key, key), sql`starts_with(${rateLimits.key}, ${`${key}|from:`})`));
}

let dummyHash: Promise<string> | undefined;

export interface SignedIn {
  id: string;
  email: string;
  name: string | null;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

async function audit(db: Db, userId: string | null, action: string, ip: string, details: Record<string, unknown>) {
  const tenants = userId ? await db.select({ tenantId: memberships.tenantId }).from(memberships).where(eq(memberships.userId, userId)) : [];
  const rows = (tenants.length > 0 ? [...new Set(tenants.map((t) => t.tenantId))] : [null]).map((tenantId) => ({
    tenantId,
    actorUserId: userId,
    action,
    targetType: "user",
    targetId: userId,
    details,
    ip,
  }));
  await db.insert(auditLog).values(rows);
}

export async function authenticate(db: Db, input: { email: string; password: string; ip: string }): Promise<SignedIn> {
  const email = normaliseEmail(input.email);
  const claimed = await claim(db, signInClaims(email, input.ip));
  if (!claimed.ok) {
    const seconds = Math.ceil(claimed.waitMs / 1000);
    throw new AppError(
      "rate_limited",
      { "zh-CN": `password：登录失败次数过多，请 ${seconds} 秒后再试`, en: `password: too many failed sign-ins; try again in ${seconds} s` },
      {
        issues: [{ field: "password", message: { "zh-CN": `失败次数过多，请等待 ${seconds} 秒`, en: `too many failed attempts; wait ${seconds} s` } }],
      },
    );
  }
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.email, email), isNull(users.disabledAt)));
  dummyHash ??= hashPassword("not a real password");
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash));
  if (!user || !user.passwordHash || !ok) {
    await audit(db, user?.id ?? null, "auth.sign_in_failed", input.ip, { email });
    throw new AppError(
      "unauthenticated",
      { "zh-CN": "password：电子邮件地址或密码不正确", en: "password: wrong e-mail or password" },
      { issues: [{ field: "password", message: { "zh-CN": "电子邮件地址或密码不正确", en: "wrong e-mail or password" } }] },
    );
  }
  // Not a failure after all: this account's own counter from here starts again, the others give the attempt back.
  const own = `${accountKey(email)}|from:`;
  await Promise.all(claimed.claimed.map((c) => (c.key.startsWith(own) ? clear(db, c.key) : release(db, c))));
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
  await audit(db, user.id, "auth.sign_in", input.ip, {});
  return { id: user.id, email: user.email, name: user.name };
}

/** The signed-in user's roles, read on every request so that a changed role applies at once. */
export async function actorFor(db: Db, userId: string): Promise<Actor | null> {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.disabledAt)));
  if (!user) return null;
  const rows = await db.select({ tenantId: memberships.tenantId, role: memberships.role }).from(memberships).where(eq(memberships.userId, userId));
  return { userId, memberships: rows };
}
