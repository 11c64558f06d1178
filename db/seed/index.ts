import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { memberships, policies, tenants, users } from "../schema";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";
import { loadPilotPolicies, sourceUrlsOf, validUntilOf } from "./pilot-policies";
import { DEMO_CITY_TENANTS, PLATFORM_TENANT, type TenantSeed } from "./tenants";

export { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";
export { DEMO_CITY_TENANTS, PLATFORM_TENANT } from "./tenants";

export interface SeedSummary {
  tenants: number;
  users: number;
  policies: number;
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
}

/** Demo tenants, one user per role, and the researched pilot policies. Safe to run any number of times. */
export async function seedDemo(db: Db, options: DemoSeedOptions): Promise<SeedSummary> {
  const { platformTenantId } = await seedBase(db);
  const tenantIds = new Map<string, string>([[PLATFORM_TENANT.slug, platformTenantId]]);
  for (const city of DEMO_CITY_TENANTS) tenantIds.set(city.slug, await upsertTenant(db, city));

  const existing = new Set(
    (await db.select({ email: users.email }).from(users).where(sql`${users.email} like '%@demo.shuzhen.cn'`)).map((u) => u.email),
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

  const records = loadPilotPolicies();
  for (const record of records) {
    const values = {
      tenantId: platformTenantId,
      code: record.id,
      title: record.title,
      issuer: record.issuer ?? null,
      docNo: record.docNo ?? null,
      province: record.province,
      city: record.city,
      issuedOn: record.date ?? null,
      validUntil: validUntilOf(record),
      sourceUrls: sourceUrlsOf(record),
      confidence: record.confidence,
      isDemo: false,
      data: { source: "pilot-policies.json", record },
    };
    // The data file is the source of truth for these records, so re-seeding refreshes them.
    const { tenantId: _t, code: _c, ...update } = values;
    await db
      .insert(policies)
      .values(values)
      .onConflictDoUpdate({ target: [policies.tenantId, policies.code], set: { ...update, updatedAt: sql`now()` } });
  }

  return {
    tenants: await db.$count(tenants),
    users: await db.$count(users),
    policies: await db.$count(policies, eq(policies.tenantId, platformTenantId)),
  };
}
