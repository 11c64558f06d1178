import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, memberships, outboxMails, tenants } from "@/db/schema";
import { acceptInvitation } from "@/lib/auth/invitations";
import { actorFor } from "@/lib/auth/sign-in";
import { signUp } from "@/lib/auth/sign-up";
import { isAppError } from "@/lib/errors";
import { createTenant, invitePortalAdmin, listTenants, updateTenant, updateTenantRequest } from "@/lib/platform/tenants";
import { demoActor, outcomeCode, withDemoDatabase } from "../support/app-database";

/**
 * The platform operator onboards a city: a portal with its first administrator invited by mail, who
 * accepts and lands on the portal's admin pages; retiring asks for the portal's name; and a firm's
 * returnTo survives sign-up only as a same-site path.
 */

const { db } = withDemoDatabase();
const BASE = "https://shuzhen.test";

async function latestMail(to: string) {
  const [mail] = await db().select().from(outboxMails).where(eq(outboxMails.to, to)).orderBy(desc(outboxMails.createdAt)).limit(1);
  return mail;
}

/** The issue fields of a refusal, to check that it names the field. */
async function refusal(p: Promise<unknown>): Promise<{ code: string; fields: string[]; zh: string }> {
  try {
    await p;
  } catch (e) {
    if (isAppError(e)) return { code: e.code, fields: e.issues.map((i) => i.field), zh: typeof e.text === "string" ? e.text : e.text["zh-CN"] };
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("platform operator: onboarding a city portal", () => {
  it("creates a portal inviting its first administrator, who accepts and is sent to the portal's admin pages", async () => {
    const operator = await demoActor(db(), "platform_admin", "platform");
    const created = await createTenant(db(), operator, { slug: "luoyang", nameZh: "洛阳", nameEn: "Luoyang", adminEmail: "Admin@Luoyang.test" }, BASE, "zh-CN");
    expect(created.invitation).not.toBeNull();
    const mail = await latestMail("admin@luoyang.test");
    expect(mail?.subject).toContain("洛阳");
    expect(mail?.body).toContain("门户管理员");
    const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(mail!.body)?.[1];
    expect(mail!.body).toContain(`${BASE}/invite/`);

    const listed = (await listTenants(db(), operator)).find((t) => t.slug === "luoyang")!;
    expect(listed).toMatchObject({ status: "active", members: [], pendingInvitations: 1 });

    const accepted = await acceptInvitation(db(), token!, { name: "洛阳管理员", password: "luoyang-admin-2026" }, null);
    expect(accepted).toMatchObject({ created: true, role: "tenant_admin", tenantSlug: "luoyang", destination: "/admin/luoyang" });
    const admin = await actorFor(db(), accepted.userId);
    expect(admin?.memberships).toEqual([{ tenantId: created.id, role: "tenant_admin" }]);

    const after = (await listTenants(db(), operator)).find((t) => t.slug === "luoyang")!;
    expect(after.pendingInvitations).toBe(0);
    expect(after.members).toEqual([expect.objectContaining({ email: "admin@luoyang.test", name: "洛阳管理员", roles: ["tenant_admin"], lastSignInAt: null })]);
  });

  it("invites a portal's administrator later, with the operator's authority only, and only for that city portal", async () => {
    const operator = await demoActor(db(), "platform_admin", "platform");
    const [taiyuan] = await db().select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, "taiyuan"));
    const invited = await invitePortalAdmin(db(), operator, taiyuan!.id, { email: "second@taiyuan.test" }, BASE, "zh-CN");
    expect(invited.resent).toBe(false);
    expect((await latestMail("second@taiyuan.test"))?.body).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}/);
    const [audit] = await db().select().from(auditLog).where(eq(auditLog.targetId, invited.id));
    expect(audit).toMatchObject({ tenantId: taiyuan!.id, actorUserId: operator.userId, action: "user.invited" });
    // A second mail to the same address is allowed (the first may be lost) and said to be one.
    expect((await invitePortalAdmin(db(), operator, taiyuan!.id, { email: "Second@taiyuan.test" }, BASE, "zh-CN")).resent).toBe(true);

    // A portal's own administrator has no platform authority: another portal does not exist for them.
    const zhengzhouAdmin = await demoActor(db(), "tenant_admin", "zhengzhou");
    expect(await outcomeCode(invitePortalAdmin(db(), zhengzhouAdmin, taiyuan!.id, { email: "x@taiyuan.test" }, BASE, "zh-CN"))).toBe("not_found");
    const taiyuanAdmin = await demoActor(db(), "tenant_admin", "taiyuan");
    expect(await outcomeCode(invitePortalAdmin(db(), taiyuanAdmin, taiyuan!.id, { email: "x@taiyuan.test" }, BASE, "zh-CN"))).toBe("not_found");

    // The platform tenant has no portal administrators; an unknown id is a 404.
    const [platform] = await db().select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, "platform"));
    expect(await refusal(invitePortalAdmin(db(), operator, platform!.id, { email: "x@platform.test" }, BASE, "zh-CN"))).toMatchObject({
      code: "validation_failed",
      fields: ["tenant"],
    });
    expect(await outcomeCode(invitePortalAdmin(db(), operator, "00000000-0000-4000-8000-000000000000", { email: "x@y.test" }, BASE, "zh-CN"))).toBe(
      "not_found",
    );
    const rows = await db().select().from(memberships).where(eq(memberships.tenantId, taiyuan!.id));
    expect(rows.some((r) => r.userId === zhengzhouAdmin.userId)).toBe(false);
  });

  it("retires a portal only with its name typed again, and then invites no one to it", async () => {
    const operator = await demoActor(db(), "platform_admin", "platform");
    const { id } = await createTenant(db(), operator, { slug: "kaifeng", nameZh: "开封", nameEn: "Kaifeng" }, BASE, "zh-CN");

    const missing = await refusal(updateTenant(db(), operator, id, { status: "retired" }));
    expect(missing).toMatchObject({ code: "validation_failed", fields: ["confirmName"] });
    expect(missing.zh).toContain("开封");
    expect(await refusal(updateTenant(db(), operator, id, { status: "retired", confirmName: "洛阳" }))).toMatchObject({ fields: ["confirmName"] });
    expect((await listTenants(db(), operator)).find((t) => t.id === id)?.status).toBe("active");

    expect(await updateTenant(db(), operator, id, { status: "retired", confirmName: " 开封 " })).toMatchObject({ status: "retired" });
    expect(await refusal(invitePortalAdmin(db(), operator, id, { email: "a@kaifeng.test" }, BASE, "zh-CN"))).toMatchObject({ fields: ["tenant"] });
    // Bringing it back needs no name; the English name is accepted as well as the Chinese one.
    expect(await updateTenant(db(), operator, id, { status: "active" })).toMatchObject({ status: "active" });
    expect(await updateTenant(db(), operator, id, { status: "retired", confirmName: "Kaifeng" })).toMatchObject({ status: "retired" });

    // Renaming: both names, an empty one refused naming the field.
    await updateTenant(db(), operator, id, { nameZh: "开封市", nameEn: "Kaifeng City" });
    const [row] = await db().select({ nameZh: tenants.nameZh, nameEn: tenants.nameEn }).from(tenants).where(eq(tenants.id, id));
    expect(row).toEqual({ nameZh: "开封市", nameEn: "Kaifeng City" });
    expect(updateTenantRequest.safeParse({ nameZh: " " }).error?.issues.map((i) => i.path)).toEqual([["nameZh"]]);
  });
});

describe("returnTo through sign-up", () => {
  async function confirmLink(email: string, returnTo: string | undefined) {
    await signUp(db(), { email, password: "firm-password-2026", returnTo }, { ip: `198.51.100.${email.length}`, baseUrl: BASE, locale: "zh-CN" });
    return /https:\/\/shuzhen\.test\/signup\/confirm\/\S+/.exec((await latestMail(email))!.body)![0];
  }

  it("carries a same-site path in the confirmation link and drops anything else", async () => {
    expect(await confirmLink("keep@firm.test", "/assess/1b2c/result?lang=en")).toMatch(
      /\/signup\/confirm\/[A-Za-z0-9_-]+\?returnTo=%2Fassess%2F1b2c%2Fresult%3Flang%3Den$/,
    );
    for (const [i, bad] of ["//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)"].entries())
      expect(await confirmLink(`drop${i}@firm.test`, bad)).toMatch(/\/signup\/confirm\/[A-Za-z0-9_-]+$/);
    expect(await confirmLink("none@firm.test", undefined)).toMatch(/\/signup\/confirm\/[A-Za-z0-9_-]+$/);
  });
});
