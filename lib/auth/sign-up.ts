import { z } from "zod";
import type { Db } from "@/db/client";
import { auditLog, memberships, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { resolveTenant } from "@/lib/tenants";
import { MIN_PASSWORD_LENGTH } from "./account";
import { hashPassword } from "./password";
import { hit } from "./rate-limit";
import { normaliseEmail } from "./sign-in";

/** Self sign-up, for firm users only (consultants and administrators are invited). */

export const signUpInput = z.object({
  email: z.string().trim().toLowerCase().email("must be an e-mail address").max(200),
  password: z.string().min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`).max(200),
  name: z.string().trim().max(80).optional(),
  tenant: z.string().regex(/^[a-z0-9-]{2,40}$/).optional(),
});

const SIGN_UPS_PER_HOUR = 10;

export async function signUp(db: Db, raw: unknown, ip: string): Promise<{ id: string; email: string }> {
  const parsed = signUpInput.safeParse(raw);
  if (!parsed.success) throw AppError.validation(parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? "body"), message: i.message })));
  const input = parsed.data;
  const email = normaliseEmail(input.email);
  if (input.password.trim().toLowerCase() === email) throw AppError.validation([{ field: "password", message: "must differ from the e-mail" }]);
  const byAddress = await hit(db, `signup:address:${ip}`, 3_600_000);
  if (byAddress.count > SIGN_UPS_PER_HOUR) throw new AppError("rate_limited", "email: too many sign-ups from this address; try again later", { issues: [{ field: "email", message: "too many sign-ups" }] });
  const tenant = await resolveTenant(db, input.tenant);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [user] = await tx.insert(users).values({ email, name: input.name || null, passwordHash }).onConflictDoNothing().returning({ id: users.id });
    if (!user) throw new AppError("conflict", "email: an account with this e-mail exists; sign in or reset the password", { issues: [{ field: "email", message: "already registered" }] });
    await tx.insert(memberships).values({ tenantId: tenant.id, userId: user.id, role: "sme_owner" });
    await tx.insert(auditLog).values({ tenantId: tenant.id, actorUserId: user.id, action: "auth.sign_up", targetType: "user", targetId: user.id, ip });
    return { id: user.id, email };
  });
}
