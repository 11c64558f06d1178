import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, enterpriseContacts, enterpriseInventory, enterprises } from "@/db/schema";
import { patchAssessment, submitAssessment } from "@/lib/assessments/service";
import type { Actor } from "@/lib/auth/permissions";
import { addClient, startClientAssessment } from "@/lib/consultants/clients";
import { database } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { createProject } from "@/lib/projects/service";
import { useAppDatabase } from "../support/app-database";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";
import { demoCallers, type DemoCaller } from "../support/callers";

/**
 * 一企一档 as its callers use it: the consultant keeps a client's file (profile figures, contacts, the
 * equipment and systems inventory); the file gathers the firm's assessments, projects and history; the
 * portal reads it and cannot change it; bad lines are refused by field and nothing is half-written.
 */

const ROUTES = import.meta.glob("/app/api/tenants/**/route.ts");
const OWN_ORIGIN = new URL(appUrl()).origin;
const FIRM = "档案测试精密制造有限公司";

type Who = DemoCaller;
let cookies: Record<Who, string>;
let actors: Record<Who, Actor>;
let cleanup: () => Promise<void>;
let firmId: string;

async function api(who: Who, method: "GET" | "PUT", route: string, params: Record<string, string>, json?: unknown) {
  const mod = (await ROUTES[`/app/api/tenants/[tenant]/${route}/route.ts`]!()) as Record<
    string,
    (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>
  >;
  const headers = new Headers({ cookie: cookies[who] });
  if (method !== "GET") headers.set("origin", OWN_ORIGIN);
  if (json !== undefined) headers.set("content-type", "application/json");
  const response = await mod[method]!(
    new Request(`http://localhost/api/tenants/zhengzhou/${route}`, { method, headers, body: json === undefined ? undefined : JSON.stringify(json) }),
    { params: Promise.resolve({ tenant: "zhengzhou", ...params }) },
  );
  const body = (await response.json()) as Record<string, unknown> & { error?: { issues?: { field: string }[] } };
  return { status: response.status, json: body, fields: body.error?.issues?.map((i) => i.field) ?? [] };
}

beforeAll(async () => {
  cleanup = await useAppDatabase({ demo: true });
  const { db } = await database();
  ({ cookies, actors } = await demoCallers(db, "firm-file.test"));
  firmId = (await addClient(db, actors.consultant, "zhengzhou", { enterprise: { ...ZHENGZHOU_ENTERPRISE, name: FIRM } })).enterpriseId;
  const visit = await startClientAssessment(db, actors.consultant, "zhengzhou", firmId, { mode: "consultant_onsite", language: "zh-CN" });
  await patchAssessment(db, visit.id, visit.resumeToken, { answers: COMPLETE_MANUFACTURING });
  await submitAssessment(db, visit.id, { actor: actors.consultant });
  await createProject(db, actors.consultant, "zhengzhou", {
    enterpriseId: firmId,
    baselineAssessmentId: visit.id,
    provider: { name: "档案测试服务商" },
    targetLevel: 2,
    targetScenes: [],
    contract: { amountYuan: 1000, lightweight: false, items: [{ name: "软件", category: "software", amountYuan: 1000 }] },
    milestones: [{ name: "上线", due: "2026-09-30" }],
  });
}, 120_000);

afterAll(async () => {
  await cleanup?.();
});

const INVENTORY = [
  { kind: "equipment", category: "cnc", name: "立式加工中心", vendor: "沈阳机床", quantity: 12, networked: 9, sinceYear: 2019 },
  { kind: "equipment", category: "robot", name: "焊接机器人", quantity: 4, networked: 4 },
  { kind: "equipment", category: "inspection", name: "三坐标测量机", quantity: 2 },
  { kind: "system", category: "erp", name: "用友 U8", vendor: "用友", quantity: 1, sinceYear: 2018 },
];

describe("a firm's file (一企一档)", () => {
  it("gathers the firm's assessments, projects and history for its consultant and the portal", async () => {
    const got = await api("consultant", "GET", "firms/[id]", { id: firmId });
    expect(got.status).toBe(200);
    expect(got.json).toMatchObject({ canEdit: true, profile: { name: FIRM, sizeClass: expect.any(String) } });
    expect((got.json.assessments as { status: string; level: number }[])[0]).toMatchObject({ status: "submitted" });
    expect((got.json.projects as { title: string }[]).length).toBe(1);
    const kinds = (got.json.history as { kind: string }[]).map((h) => h.kind);
    expect(kinds).toContain("assessment");
    expect(kinds).toContain("project");
    const portal = await api("admin", "GET", "firms/[id]", { id: firmId });
    expect(portal.status).toBe(200);
    expect(portal.json.canEdit).toBe(false);
    const list = await api("admin", "GET", "firms", {});
    expect((list.json.firms as { name: string }[]).find((f) => f.name === FIRM)).toMatchObject({
      assessments: 1,
      projects: 1,
      latestLevel: expect.any(Number),
    });
  });

  it("keeps contacts, the inventory and the profile's figures, re-deriving the size class", async () => {
    const before = await api("consultant", "GET", "firms/[id]", { id: firmId });
    const saved = await api(
      "consultant",
      "PUT",
      "firms/[id]",
      { id: firmId },
      {
        revision: before.json.revision,
        profile: { employees: 450, revenueWan: 52000, assetsWan: 60000 },
        contacts: [
          { name: "王经理", role: "总经理", phone: "0371-55550123", email: "Wang@Firm.test", isPrimary: true },
          { name: "李工", role: "信息化负责人" },
        ],
        inventory: INVENTORY,
      },
    );
    expect(saved.status).toBe(200);
    expect(saved.json.profile).toMatchObject({ employees: 450, revenueWan: 52000, sizeClass: "medium" });
    expect(saved.json.contacts).toEqual([
      { name: "王经理", role: "总经理", phone: "0371-55550123", email: "wang@firm.test", isPrimary: true },
      { name: "李工", role: "信息化负责人", phone: null, email: null, isPrimary: false },
    ]);
    // 13 of the 16 units whose networking is recorded (the measuring machines' count is not given).
    expect(saved.json.equipment).toEqual({ units: 18, networked: 13, counted: 16, share: 13 / 16 });
    // The page that saw the old file cannot overwrite the new one.
    const stale = await api("consultant", "PUT", "firms/[id]", { id: firmId }, { revision: before.json.revision, contacts: [] });
    expect(stale.status).toBe(409);
    expect(stale.fields).toEqual(["revision"]);
    const { db } = await database();
    const lines = await db.select({ action: auditLog.action, details: auditLog.details }).from(auditLog).where(eq(auditLog.targetId, firmId));
    expect(lines.find((l) => l.action === "firm_file.updated")?.details).toMatchObject({ sections: ["profile", "contacts", "inventory"] });
  });

  it("refuses bad lines by field and writes nothing of them", async () => {
    const { db } = await database();
    const bad = await api(
      "consultant",
      "PUT",
      "firms/[id]",
      { id: firmId },
      {
        inventory: [
          { kind: "equipment", category: "erp", name: "错类", quantity: 1 },
          { kind: "equipment", category: "cnc", name: "车床", quantity: 2, networked: 3 },
          { kind: "system", category: "mes", name: "MES", quantity: 1, networked: 1 },
          { kind: "equipment", category: "constructor", name: "原型键", quantity: 1 },
        ],
        contacts: [{ name: "张三", email: "not-an-email" }],
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.fields.sort()).toEqual(["contacts.0.email", "inventory.0.category", "inventory.1.networked", "inventory.2.networked", "inventory.3.category"]);
    const cleared = await api("consultant", "PUT", "firms/[id]", { id: firmId }, { profile: { employees: null } });
    expect(cleared.fields).toEqual(["profile.employees"]);
    const profile = await api("consultant", "PUT", "firms/[id]", { id: firmId }, { profile: { creditCode: "91410100MA00000000" } });
    expect(profile.status).toBe(400);
    expect(profile.fields).toEqual(["profile.creditCode"]);
    const twoPrimaries = await api(
      "consultant",
      "PUT",
      "firms/[id]",
      { id: firmId },
      {
        contacts: [
          { name: "甲", isPrimary: true },
          { name: "乙", isPrimary: true },
        ],
      },
    );
    expect(twoPrimaries.fields).toEqual(["contacts"]);
    expect(await db.$count(enterpriseInventory, eq(enterpriseInventory.enterpriseId, firmId))).toBe(4);
    expect(await db.$count(enterpriseContacts, eq(enterpriseContacts.enterpriseId, firmId))).toBe(2);
    const [row] = await db.select({ employees: enterprises.employees }).from(enterprises).where(eq(enterprises.id, firmId));
    expect(row?.employees).toBe(450);
  });

  it("is the same 404 for another consultant or portal, and read-only for the portal", async () => {
    for (const who of ["consultant2", "otherAdmin"] as const) {
      const got = await api(who, "GET", "firms/[id]", { id: firmId });
      expect(got.status, who).toBe(404);
      expect(JSON.stringify(got.json)).not.toContain(FIRM);
    }
    expect((await api("admin", "PUT", "firms/[id]", { id: firmId }, { contacts: [] })).status).toBe(403);
    const mine = await api("consultant2", "GET", "firms", {});
    expect((mine.json.firms as { name: string }[]).some((f) => f.name === FIRM)).toBe(false);
  });
});
