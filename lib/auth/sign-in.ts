import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, memberships, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "./password";
import type { Actor } from "./permissions";
import { clear, failure, waitFor, type Backoff } from "./rate-limit";

/**
 * Email and password sign-in. Failures slow down further attempts per account and per address, with an
 * exponential back-off that is capped (never a lock-out: the owner with the right password gets in
 * once the short wait is over), held in the database so it holds across app servers. An unknown
 * account costs as much time as a wrong password, and gives the same answer.
 */

/** Per account: 5 failures free, then 1 s, 2 s, 4 s … at most a minute between attempts. */
export const ACCOUNT_BACKOFF: Backoff = { free: 5, baseMs: 1000, capMs: 60_000, windowMs: 60 * 60_000 };
/** Per address: 20 failures free (an office behind one address), then 1 s, 2 s … at most 15 minutes. */
export const ADDRESS_BACKOFF: Backoff = { free: 20, baseMs: 1000, capMs: 15 * 60_000, windowMs: 60 * 60_000 };

let dummyHash: Promise<string> | undefined;

export interface SignedIn {
  id: string;
  email: string;
  name: string | null;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

async function audit(db: Db, userId: string | null, action: string, ip: string, details: Record<string, unknown>) {
  const tenants = userId ? await db.select({ tenantId: memberships.tenantId }).from(memberships).where(eq(memberships.userId, userId)) : [];
  const rows = (tenants.length > 0 ? [...new Set(tenants.map((t) => t.tenantId))] : [null]).map((tenantId) => ({ tenantId, actorUserId: userId, action, targetType: "user", targetId: userId, details, ip }));
  await db.insert(auditLog).values(rows);
}

export async function authenticate(db: Db, input: { email: string; password: string; ip: string }): Promise<SignedIn> {
  const email = normaliseEmail(input.email);
  const accountKey = `signin:account:${email}`;
  const addressKey = `signin:address:${input.ip}`;
  const wait = Math.max(...(await Promise.all([waitFor(db, accountKey), waitFor(db, addressKey)])));
  if (wait > 0) {
    throw new AppError("rate_limited", `password: too many failed sign-ins; try again in ${Math.ceil(wait / 1000)} s`, {
      issues: [{ field: "password", message: `too many failed attempts; wait ${Math.ceil(wait / 1000)} s` }],
    });
  }
  const [user] = await db.select().from(users).where(and(eq(users.email, email), isNull(users.disabledAt)));
  dummyHash ??= hashPassword("not a real password");
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash));
  if (!user || !user.passwordHash || !ok) {
    await Promise.all([failure(db, accountKey, ACCOUNT_BACKOFF), failure(db, addressKey, ADDRESS_BACKOFF)]);
    await audit(db, user?.id ?? null, "auth.sign_in_failed", input.ip, { email });
    throw new AppError("unauthenticated", "password: wrong e-mail or password", { issues: [{ field: "password", message: "wrong e-mail or password" }] });
  }
  await clear(db, accountKey);
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
  await audit(db, user.id, "auth.sign_in", input.ip, {});
  return { id: user.id, email: user.email, name: user.name };
}

/** The signed-in user's roles, read on every request so that a changed role applies at once. */
export async function actorFor(db: Db, userId: string): Promise<Actor | null> {
  const [user] = await db.select({ id: users.id }).from(users).where(and(eq(users.id, userId), isNull(users.disabledAt)));
  if (!user) return null;
  const rows = await db.select({ tenantId: memberships.tenantId, role: memberships.role }).from(memberships).where(eq(memberships.userId, userId));
  return { userId, memberships: rows };
}
