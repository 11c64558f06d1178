import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, memberships, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "./password";
import type { Actor } from "./permissions";
import { clear, hit, peek, type Limit } from "./rate-limit";

/**
 * Email and password sign-in. Failed attempts are limited per account and per address (the limits
 * hold across app servers); an unknown account costs as much time as a wrong password, and gives the
 * same answer.
 */

export const ACCOUNT_LIMIT: Limit = { limit: 5, windowMs: 15 * 60_000 };
export const ADDRESS_LIMIT: Limit = { limit: 20, windowMs: 15 * 60_000 };

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
  const [account, address] = await Promise.all([peek(db, accountKey), peek(db, addressKey)]);
  const blocked = account.count >= ACCOUNT_LIMIT.limit ? account : address.count >= ADDRESS_LIMIT.limit ? address : null;
  if (blocked) {
    throw new AppError("rate_limited", `password: too many failed sign-ins; try again in ${Math.ceil(blocked.resetsInMs / 60_000)} min`, {
      issues: [{ field: "password", message: "too many failed attempts" }],
    });
  }
  const [user] = await db.select().from(users).where(and(eq(users.email, email), isNull(users.disabledAt)));
  dummyHash ??= hashPassword("not a real password");
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash));
  if (!user || !user.passwordHash || !ok) {
    await Promise.all([hit(db, accountKey, ACCOUNT_LIMIT.windowMs), hit(db, addressKey, ADDRESS_LIMIT.windowMs)]);
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
