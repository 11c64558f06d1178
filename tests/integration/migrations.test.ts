import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, MIGRATIONS_FOLDER } from "@/db/migrate";
import { createTestDatabase, expectedDriver, type TestDatabase } from "../support/test-database";

const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: unknown[] };

const TABLES = [
  "tenants", "scene_profiles", "users", "memberships", "invitations", "password_resets", "rate_limits", "outbox_mails",
  "stored_files", "enterprises", "consultant_clients", "assessments", "assessment_files", "assessment_results",
  "usage_events", "reports", "report_versions", "report_section_cache", "solutions", "policies", "policy_documents",
  "jobs", "audit_log", "consultant_brands", "question_time_daily",
];

// Tables whose rows belong to one tenant; everything a tenant owns must say which.
const TENANT_OWNED = TABLES.filter((t) => !["tenants", "users", "password_resets", "rate_limits"].includes(t));

describe(`migrations on an empty ${expectedDriver} database`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it("runs the driver the suite was asked for", () => {
    expect(database.handle.driver).toBe(expectedDriver);
  });

  it("creates every table of the domain", async () => {
    await migrateDatabase(database.handle);
    const rows = await database.handle.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public'",
    );
    expect(rows.map((r) => r.table_name).sort()).toEqual([...TABLES].sort());
  });

  it("puts tenant_id on every tenant-owned table", async () => {
    const rows = await database.handle.query<{ table_name: string }>(
      "select table_name from information_schema.columns where table_schema = 'public' and column_name = 'tenant_id'",
    );
    const withTenant = new Set(rows.map((r) => r.table_name));
    for (const table of TENANT_OWNED) expect(withTenant.has(table), `${table}.tenant_id`).toBe(true);
  });

  it("is a no-op the second time and records every migration once", async () => {
    await migrateDatabase(database.handle);
    const rows = await database.handle.query<{ n: number }>("select count(*)::int as n from drizzle.__drizzle_migrations");
    expect(rows[0]?.n).toBe(journal.entries.length);
  });

  it("enforces the credit-code shape and lower-case e-mail in the database too", async () => {
    const [tenant] = await database.handle.query<{ id: string }>(
      "insert into tenants (slug, kind, name_zh, name_en) values ('t-shape', 'city', '测试', 'Test') returning id",
    );
    await expect(
      database.handle.query("insert into enterprises (tenant_id, name, industry_code, credit_code) values ($1, 'x', '33', 'I1350100M000100Y43')", [tenant?.id]),
    ).rejects.toThrow();
    await expect(database.handle.query("insert into users (email) values ('Upper@Example.cn')")).rejects.toThrow();
  });
});
