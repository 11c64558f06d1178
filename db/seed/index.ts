import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { memberships, policies, solutions, tenants, users } from "../schema";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";
import { loadPolicyCatalogue } from "../catalogue/policies";
import { loadSolutionCatalogue } from "../catalogue/solutions";
import { DEMO_CITY_TENANTS, PLATFORM_TENANT, type TenantSeed } from "./tenants";

export { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, DEMO_USERS } from "./demo-users";
export { DEMO_CITY_TENANTS, PLATFORM_TENANT } from "./tenants";

export interface SeedSummary {
  tenants: number;
  users: number;
  policies: number;
  solutions: number;
}

async function upsertTenant(db: Db, seed: TenantSeed): Promise<string> {
  // Existing tenants keep their (possibly edited) branding: the seed only creates what is missing.
  await db.insert(tenants).values(seed).onConflictDoNothing({ target: tenants.slug });
  const row = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, seed.slug));
  const id = row[0]?.id;
  if (!id) throw new Error(`seed: tenant ${seed.slug} missing after insert`);
  return id;
}

/** What every installation needs: the default platform tenant. */
export async function seedBase(db: Db): Promise<{ platformTenantId: string }> {
  return { platformTenantId: await upsertTenant(db, PLATFORM_TENANT) };
}

export interface DemoSeedOptions {
  hashPassword: (password: string) => Promise<string>;
  /** The demo portal page's origin, added to the demo cities' allowed embed origins if missing. */
  demoPortalOrigin?: string;
}

/**
 * Demo tenants, one user per role, the policy catalogue (researched pilot policies from
 * db/seed/data/pilot-policies.json, structured in policies.json) and the demo solution catalogue.
 * Safe to run any number of times.
 */
export async function seedDemo(db: Db, options: DemoSeedOptions): Promise<SeedSummary> {
  const { platformTenantId } = await seedBase(db);
  const tenantIds = new Map<string, string>([[PLATFORM_TENANT.slug, platformTenantId]]);
  for (const city of DEMO_CITY_TENANTS) {
    const id = await upsertTenant(db, city);
    tenantIds.set(city.slug, id);
    if (options.demoPortalOrigin) {
      await db
        .update(tenants)
        .set({ embedOrigins: sql`array_append(${tenants.embedOrigins}, ${options.demoPortalOrigin}::text)` })
        .where(and(eq(tenants.id, id), sql`not (${options.demoPortalOrigin}::text = any(${tenants.embedOrigins}))`));
    }
  }

  const existing = new Set(
    (
      await db
        .select({ email: users.email })
        .from(users)
        .where(sql`${users.email} like '%@demo.shuzhen.cn'`)
    ).map((u) => u.email),
  );
  for (const demo of DEMO_USERS) {
    const tenantId = tenantIds.get(demo.tenantSlug);
    if (!tenantId) throw new Error(`seed: demo user ${demo.email} names unknown tenant ${demo.tenantSlug}`);
    if (!existing.has(demo.email)) {
      await db
        .insert(users)
        .values({ email: demo.email, name: demo.name, passwordHash: await options.hashPassword(DEMO_PASSWORD) })
        .onConflictDoNothing({ target: users.email });
    }
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, demo.email));
    if (!user) throw new Error(`seed: demo user ${demo.email} missing after insert`);
    await db.insert(memberships).values({ tenantId, userId: user.id, role: demo.role }).onConflictDoNothing();
  }

  // Catalogues: shared solutions and real policies belong to the platform; demo policies to their city.
  const policyTenant: Record<string, string | undefined> = {
    "demo-zhengzhou-transformation": tenantIds.get("zhengzhou"),
    "demo-taiyuan-xkqz": tenantIds.get("taiyuan"),
  };
  for (const entry of loadPolicyCatalogue()) {
    const tenantId = policyTenant[entry.id] ?? platformTenantId;
    const values = {
      tenantId,
      code: entry.id,
      title: entry.title,
      issuer: entry.issuer,
      docNo: entry.docNo,
      province: entry.region.value?.provinceCode ?? null,
      city: entry.region.value?.cityCodes?.join(",") ?? null,
      district: entry.region.value?.districtCodes?.join(",") ?? null,
      issuedOn: entry.issuedOn,
      validUntil: entry.window.value?.until ?? null,
      sourceUrls: entry.sources,
      confidence: entry.region.clause?.confidence ?? null,
      isDemo: entry.demo,
      data: entry,
    };
    // The data files are the source of truth for these entries, so re-seeding refreshes them.
    const { tenantId: _t, code: _c, ...update } = values;
    await db
      .insert(policies)
      .values(values)
      .onConflictDoUpdate({ target: [policies.tenantId, policies.code], set: { ...update, updatedAt: sql`now()` } });
  }
  for (const entry of loadSolutionCatalogue()) {
    const values = {
      tenantId: platformTenantId,
      code: entry.id,
      category: entry.category,
      name: entry.name["zh-CN"],
      provider: entry.provider.name["zh-CN"],
      scenes: [...new Set(entry.lifts.map((l) => l.scene))],
      isDemo: entry.demo,
      data: entry,
    };
    const { tenantId: _t, code: _c, ...update } = values;
    await db
      .insert(solutions)
      .values(values)
      .onConflictDoUpdate({ target: [solutions.tenantId, solutions.code], set: { ...update, updatedAt: sql`now()` } });
  }

  return {
    tenants: await db.$count(tenants),
    users: await db.$count(users),
    policies: await db.$count(policies),
    solutions: await db.$count(solutions),
  };
}
