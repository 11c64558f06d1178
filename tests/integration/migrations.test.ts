import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, MIGRATIONS_FOLDER } from "@/db/migrate";
import { capabilityVector } from "@/lib/dashboard/capability-vector";
import { evaluate, getTemplate } from "@/scoring";
import { COMPLETE_MANUFACTURING } from "../support/fixtures";
import { createTestDatabase, expectedDriver, type TestDatabase } from "../support/test-database";

const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: unknown[] };

const TABLES = [
  "tenants",
  "scene_profiles",
  "users",
  "memberships",
  "invitations",
  "password_resets",
  "rate_limits",
  "outbox_mails",
  "stored_files",
  "enterprises",
  "consultant_clients",
  "assessments",
  "assessment_files",
  "assessment_results",
  "assessment_plans",
  "usage_events",
  "reports",
  "report_versions",
  "report_section_cache",
  "solutions",
  "policies",
  "policy_documents",
  "jobs",
  "audit_log",
  "consultant_brands",
  "question_time_daily",
  "sign_up_requests",
  "projects",
  "project_items",
  "project_milestones",
  "project_events",
  "project_documents",
  "project_forms",
  "project_outcome_surveys",
  "form_templates",
  "subsidy_applications",
  "subsidy_application_items",
  "subsidy_application_files",
  "subsidy_application_events",
  "enterprise_contacts",
  "enterprise_inventory",
  "dashboard_cells",
  "dashboard_dirty_days",
  "usage_daily",
  "assistant_passages",
  "assistant_sources",
  "assistant_questions",
  "assistant_tickets",
  "assistant_ticket_messages",
  "api_keys",
  "api_idempotency",
  "api_requests",
  "webhook_endpoints",
  "webhook_events",
  "webhook_deliveries",
  "webhook_attempts",
];

// Tables whose rows belong to one tenant; everything a tenant owns must say which.
// A project's items, milestones and form answers are read only through their project, which says; an
// application's claimed items through their application; a hand-over's messages through their ticket; a webhook's attempts through their delivery.
const TENANT_OWNED = TABLES.filter(
  (t) =>
    ![
      "tenants",
      "users",
      "password_resets",
      "rate_limits",
      "project_items",
      "project_milestones",
      "project_forms",
      "subsidy_application_items",
      "assistant_ticket_messages",
      "webhook_attempts",
    ].includes(t),
);

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
    const rows = await database.handle.query<{ table_name: string }>("select table_name from information_schema.tables where table_schema = 'public'");
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

describe(`upgrading a ${expectedDriver} database that has results (migration 0007)`, () => {
  let database: TestDatabase;
  let folder: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    // The migrations up to 0006 only, as a database made before the dashboard's rollups would have.
    folder = mkdtempSync(path.join(tmpdir(), "shuzhen-migrations-"));
    cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
    const entries = (journal.entries as { idx: number }[]).filter((e) => e.idx <= 6);
    writeFileSync(path.join(folder, "meta", "_journal.json"), JSON.stringify({ ...journal, entries }));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await database.drop();
  });

  it("fills capability vectors and time per question from what is stored, and keeps each funnel step once", async () => {
    const q = database.handle.query.bind(database.handle);
    await migrateDatabase(database.handle, folder);
    const t = getTemplate("miit-2024-manufacturing");
    const e = evaluate(t, COMPLETE_MANUFACTURING, { complete: true });
    if (!e.ok) throw new Error("fixture does not evaluate");
    const levels = Object.fromEntries(e.result.scenes.map((x) => [x.code, x.level]));
    const [tenant] = await q<{ id: string }>("insert into tenants (slug, kind, name_zh, name_en) values ('t-up', 'city', '升级', 'Upgrade') returning id");
    const [firm] = await q<{ id: string }>("insert into enterprises (tenant_id, name, industry_code) values ($1, '升级测试', '34') returning id", [tenant!.id]);
    const [a] = await q<{ id: string }>(
      `insert into assessments (tenant_id, enterprise_id, template_id, template_version, status, resume_token_hash, resume_token_expires_at, timings, started_at, submitted_at)
       values ($1, $2, $3, $4, 'submitted', 'x', now(), '{"F.IS": 30, "F.NET": 900}', '2026-03-01T10:00:00+08:00', now()) returning id`,
      [tenant!.id, firm!.id, t.id, t.version],
    );
    await q(
      `insert into assessment_results (assessment_id, tenant_id, enterprise_id, template_id, template_version, engine_version, total, level, dimension_scores, scene_levels, detail, industry_code, submitted_at)
       values ($1, $2, $3, $4, $5, '1.0.0', $6, $7, $8, $9, $10, '34', now())`,
      [
        a!.id,
        tenant!.id,
        firm!.id,
        t.id,
        t.version,
        e.result.total,
        e.result.level,
        JSON.stringify(e.result.dimensions),
        JSON.stringify(levels),
        JSON.stringify(e.result),
      ],
    );
    for (const kind of ["started", "pdf_downloaded", "pdf_downloaded", "report_read"]) {
      await q("insert into usage_events (tenant_id, assessment_id, kind) values ($1, $2, $3)", [tenant!.id, a!.id, kind]);
    }

    await migrateDatabase(database.handle);
    const [row] = await q<{ v: number[] }>("select capability_vector as v from assessment_results where assessment_id = $1", [a!.id]);
    const expected = capabilityVector(t, e.result.dimensions, levels);
    expect(row!.v.map((x) => Math.round(x * 1000) / 1000)).toEqual(expected.map((x) => Math.round(Number(x) * 1000) / 1000));
    const times = await q<{ code: string; seconds: number; assessments: number; day: string }>(
      "select code, seconds, assessments, day::text as day from question_time_daily where tenant_id = $1 order by code",
      [tenant!.id],
    );
    expect(times).toEqual([
      { code: "F.IS", seconds: 30, assessments: 1, day: "2026-03-01" },
      { code: "F.NET", seconds: 600, assessments: 1, day: "2026-03-01" },
    ]);
    const events = await q<{ kind: string; n: number }>("select kind, count(*)::int as n from usage_events where assessment_id = $1 group by 1 order by 1", [
      a!.id,
    ]);
    expect(events).toEqual([
      { kind: "pdf_downloaded", n: 1 },
      { kind: "report_read", n: 1 },
      { kind: "started", n: 1 },
    ]);
  });
});
