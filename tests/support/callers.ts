import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, tenants, users } from "@/db/schema";
import { DEMO_USERS } from "@/db/seed/demo-users";
import type { Actor } from "@/lib/auth/permissions";
import { actorFor } from "@/lib/auth/sign-in";
import { sessionCookie } from "./session";

/** The callers a programme test plays: the demo consultant, a second consultant of the portal, its administrator, another portal's, a firm owner. */
export type DemoCaller = "consultant" | "consultant2" | "admin" | "otherAdmin" | "owner";

/**
 * Session cookies and actors for the 郑州 demo accounts, plus a second consultant of 郑州 made for the
 * test (`consultant2@<domain>`): who stands beside the project or firm and who does not.
 */
export async function demoCallers(db: Db, domain: string): Promise<{ cookies: Record<DemoCaller, string>; actors: Record<DemoCaller, Actor> }> {
  const demo = (role: string, slug: string) => DEMO_USERS.find((u) => u.role === role && u.tenantSlug === slug)!.email;
  const byEmail = async (email: string) => (await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.email, email)))[0]!;
  const [zz] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, "zhengzhou"));
  const [c2] = await db
    .insert(users)
    .values({ email: `consultant2@${domain}`, name: "另一位顾问" })
    .returning({ id: users.id, email: users.email });
  await db.insert(memberships).values({ tenantId: zz!.id, userId: c2!.id, role: "consultant" });
  const people: Record<DemoCaller, { id: string; email: string }> = {
    consultant: await byEmail(demo("consultant", "zhengzhou")),
    consultant2: c2!,
    admin: await byEmail(demo("tenant_admin", "zhengzhou")),
    otherAdmin: await byEmail(demo("tenant_admin", "taiyuan")),
    owner: await byEmail(demo("sme_owner", "zhengzhou")),
  };
  const cookies = {} as Record<DemoCaller, string>;
  const actors = {} as Record<DemoCaller, Actor>;
  for (const [who, user] of Object.entries(people) as [DemoCaller, { id: string; email: string }][]) {
    cookies[who] = await sessionCookie(user);
    actors[who] = (await actorFor(db, user.id))!;
  }
  return { cookies, actors };
}
