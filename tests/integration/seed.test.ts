import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_USERS, seedBase } from "@/db/seed";
import { memberships, policies, tenants, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { prepareDatabase } from "@/lib/db/prepare";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("seed", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await prepareDatabase(database.handle, { demo: false });
  });
  afterAll(async () => {
    await database.drop();
  });

  it("always creates exactly one default platform tenant", async () => {
    await seedBase(database.handle.db);
    const rows = await database.handle.db.select().from(tenants);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ slug: "platform", kind: "platform", isDefault: true });
  });

  it("loads the demo and is idempotent: a second run adds nothing", async () => {
    const first = await prepareDatabase(database.handle, { demo: true });
    const snapshot = async () => ({
      tenants: (await database.handle.db.select({ slug: tenants.slug }).from(tenants)).map((r) => r.slug).sort(),
      users: (await database.handle.db.select({ email: users.email, hash: users.passwordHash }).from(users)).sort((a, b) => a.email.localeCompare(b.email)),
      memberships: await database.handle.db.$count(memberships),
      policies: (await database.handle.db.select({ code: policies.code }).from(policies)).map((r) => r.code).sort(),
    });
    const before = await snapshot();
    const second = await prepareDatabase(database.handle, { demo: true });
    const after = await snapshot();
    expect(second).toEqual(first);
    expect(after).toEqual(before);
    expect(before.tenants).toEqual(["platform", "taiyuan", "zhengzhou"]);
    expect(before.users).toHaveLength(DEMO_USERS.length);
    expect(before.memberships).toBe(DEMO_USERS.length);
    expect(before.policies).toContain("zhengzhou-2024-10");
    expect(first?.solutions).toBeGreaterThanOrEqual(48);
  });

  it("puts the demo policies in their city and the real ones on the platform", async () => {
    const rows = await database.handle.db
      .select({ code: policies.code, slug: tenants.slug, demo: policies.isDemo })
      .from(policies)
      .innerJoin(tenants, eq(tenants.id, policies.tenantId));
    const bySlug = (code: string) => rows.find((r) => r.code === code);
    expect(bySlug("demo-zhengzhou-transformation")).toMatchObject({ slug: "zhengzhou", demo: true });
    expect(bySlug("demo-taiyuan-xkqz")).toMatchObject({ slug: "taiyuan", demo: true });
    expect(bySlug("zhongshan-2024-5")).toMatchObject({ slug: "platform", demo: false });
  });

  it("gives each demo user its role in its tenant and a working password", async () => {
    for (const demo of DEMO_USERS) {
      const [row] = await database.handle.db
        .select({ hash: users.passwordHash, role: memberships.role, slug: tenants.slug })
        .from(users)
        .innerJoin(memberships, eq(memberships.userId, users.id))
        .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
        .where(eq(users.email, demo.email));
      expect(row).toMatchObject({ role: demo.role, slug: demo.tenantSlug });
      expect(await verifyPassword(DEMO_PASSWORD, row?.hash ?? "")).toBe(true);
    }
  });

  it("keeps a tenant's edited branding on re-seed", async () => {
    await database.handle.db.update(tenants).set({ nameZh: "郑州（已改名）" }).where(eq(tenants.slug, "zhengzhou"));
    await prepareDatabase(database.handle, { demo: true });
    const [row] = await database.handle.db.select({ nameZh: tenants.nameZh }).from(tenants).where(eq(tenants.slug, "zhengzhou"));
    expect(row?.nameZh).toBe("郑州（已改名）");
  });
});
