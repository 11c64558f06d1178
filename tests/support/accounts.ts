import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outboxMails } from "@/db/schema";
import { confirmSignUp, signUp } from "@/lib/auth/sign-up";

/** Signs a firm user up and opens the confirmation link from the outbox, as the new user would. */
export async function signUpConfirmed(
  db: Db,
  input: { email: string; password: string; name?: string; tenant?: string },
  ip: string,
): Promise<{ id: string; email: string }> {
  await signUp(db, input, { ip, baseUrl: "http://localhost:3000", locale: "zh-CN" });
  const [mail] = await db
    .select({ body: outboxMails.body })
    .from(outboxMails)
    .where(and(eq(outboxMails.to, input.email.trim().toLowerCase())))
    .orderBy(desc(outboxMails.createdAt))
    .limit(1);
  const token = /\/signup\/confirm\/([A-Za-z0-9_-]+)/.exec(mail?.body ?? "")?.[1];
  const user = token ? await confirmSignUp(db, token, ip) : null;
  if (!user) throw new Error(`no confirmation link for ${input.email}`);
  return user;
}
