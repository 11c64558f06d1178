import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, memberships, users } from "@/db/schema";
import { hashPassword, verifyPassword } from "./password";

export const MIN_PASSWORD_LENGTH = 10;

/** Changes a password after checking the current one and ends the account's sessions; audited in each of the user's portals. */
export async function changePassword(db: Db, userId: string, current: string, next: string): Promise<"changed" | "wrong" | "weak"> {
  const [user] = await db.select({ email: users.email, hash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user?.hash || !(await verifyPassword(current, user.hash))) return "wrong";
  if (next.length < MIN_PASSWORD_LENGTH || next.length > 200 || next.trim().toLowerCase() === user.email) return "weak";
  // Every session signed in with the old password ends (the caller signs this one in again).
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(next), sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId));
  const tenants = await db.select({ tenantId: memberships.tenantId }).from(memberships).where(eq(memberships.userId, userId));
  const rows = [...new Set(tenants.map((t) => t.tenantId))].map((tenantId) => ({
    tenantId,
    actorUserId: userId,
    action: "auth.password_changed",
    targetType: "user",
    targetId: userId,
  }));
  if (rows.length > 0) await db.insert(auditLog).values(rows);
  return "changed";
}
