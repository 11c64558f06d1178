import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";

/**
 * Server-side session revocation for stateless JWT sessions. Each user has a session version; a token
 * carries the version of its sign-in (`sv`) and is honoured only while it still matches. Bumping the
 * version ends every session of the account at once: a password reset or change, signing out (which
 * signs the account out everywhere), and a role taken away.
 */

/** The account's current version, put into the token at sign-in; null for an unknown or disabled account. */
export async function sessionVersionOf(db: Db, userId: string): Promise<number | null> {
  const [row] = await db.select({ version: users.sessionVersion, disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId));
  return row && !row.disabledAt ? row.version : null;
}

/** The user id of a token that is still valid (its version is the account's current one), else null. */
export async function validSessionUser(db: Db, claims: Readonly<Record<string, unknown>> | null | undefined): Promise<string | null> {
  const uid = claims?.uid;
  const sv = claims?.sv;
  if (typeof uid !== "string" || typeof sv !== "number" || !/^[0-9a-f-]{36}$/i.test(uid)) return null;
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, uid), eq(users.sessionVersion, sv)));
  return row ? row.id : null;
}

/** Ends every session of the account (each request checks the version, so this applies at once). */
export async function endSessions(db: Db, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}
