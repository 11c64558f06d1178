import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, outboxMails, projectEvents, projectItems, projects, subsidyApplicationItems } from "@/db/schema";
import { patchAssessment, submitAssessment } from "@/lib/assessments/service";
import type { Actor } from "@/lib/auth/permissions";
import { addClient, startClientAssessment } from "@/lib/consultants/clients";
import { database } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { createProject } from "@/lib/projects/service";
import { useAppDatabase } from "../support/app-database";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";
import { solidPng } from "../support/png";
import { demoCallers, type DemoCaller } from "../support/callers";

/**
 * Subsidy applications as their callers use them: a provider applies for the city's policy on an
 * accepted project (items, estimate and materials from the policy), completes the checklist, submits;
 * the portal reviews, approves an amount and records the payment, which marks the project paid. No item
 * is funded twice, a policy paid after acceptance waits for it, strangers see nothing.
 */

const ROUTES = import.meta.glob("/app/api/tenants/**/route.ts");
const OWN_ORIGIN = new URL(appUrl()).origin;
const POLICY = "demo-zhengzhou-transformation";
const OTHER_POLICY = "zhengzhou-2024-10";

type Who = DemoCaller;
let cookies: Record<Who, string>;
let actors: Record<Who, Actor>;
let cleanup: () => Promise<void>;
let accepted: string;
let contracted: string;

interface Answer {
  status: number;
  json: Record<string, unknown> & { error?: { code: string; message: string; issues?: { field: string; message: string }[] } };
}

async function api(
  who: Who,
  method: "GET" | "POST" | "PATCH",
  route: string,
  params: Record<string, string>,
  payload?: { json?: unknown; file?: { name: string; bytes: Buffer } },
): Promise<Answer> {
  const mod = (await ROUTES[`/app/api/tenants/[tenant]/${route}/route.ts`]!()) as Record<
    string,
    (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>
  >;
  const headers = new Headers({ cookie: cookies[who] });
  if (method !== "GET") headers.set("origin", OWN_ORIGIN);
  let body: BodyInit | undefined;
  if (payload?.file) {
    const form = new FormData();
    form.set("file", new File([new Uint8Array(payload.file.bytes)], payload.file.name));
    body = form;
  } else if (payload?.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(payload.json);
  }
  const response = await mod[method]!(new Request(`http://localhost/api/tenants/zhengzhou/${route}`, { method, headers, body }), {
    params: Promise.resolve({ tenant: "zhengzhou", ...params }),
  });
  const text = await response.text();
  return { status: response.status, json: text.startsWith("{") ? JSON.parse(text) : {} };
}

const fields = (a: Answer) => a.json.error?.issues?.map((i) => i.field) ?? [];
const LIST = "projects/[id]/subsidy-applications";
const ONE = "projects/[id]/subsidy-applications/[applicationId]";
const MOVE = "projects/[id]/subsidy-applications/[applicationId]/transitions";
const MATERIAL = "projects/[id]/subsidy-applications/[applicationId]/materials/[material]";

beforeAll(async () => {
  cleanup = await useAppDatabase({ demo: true });
  const { db } = await database();
  ({ cookies, actors } = await demoCallers(db, "subsidies.test"));
  const { enterpriseId } = await addClient(db, actors.consultant, "zhengzhou", {
    enterprise: { ...ZHENGZHOU_ENTERPRISE, name: "补贴测试精密机械有限公司" },
    contactEmail: "boss@subsidy.test",
  });
  const visit = await startClientAssessment(db, actors.consultant, "zhengzhou", enterpriseId, { mode: "consultant_onsite", language: "zh-CN" });
  await patchAssessment(db, visit.id, visit.resumeToken, { answers: COMPLETE_MANUFACTURING });
  await submitAssessment(db, visit.id, { actor: actors.consultant });
  const request = {
    enterpriseId,
    baselineAssessmentId: visit.id,
    provider: { name: "郑州智造数字科技有限公司", consultantOrg: actors.consultant.userId },
    targetLevel: 2,
    targetScenes: [],
    contract: {
      amountYuan: 300000,
      lightweight: false,
      items: [
        { name: "MES 生产执行系统", category: "software" as const, amountYuan: 180000 },
        { name: "设备联网网关", category: "hardware" as const, amountYuan: 90000 },
        { name: "实施服务", category: "service" as const, amountYuan: 30000 },
      ],
    },
    milestones: [{ name: "上线", due: "2026-09-30" }],
  };
  // The project's own workflow is tested in projects.test.ts: here the projects are put in the states the applications need.
  accepted = (await createProject(db, actors.consultant, "zhengzhou", request)).id;
  contracted = (await createProject(db, actors.consultant, "zhengzhou", { ...request, title: "第二期改造" })).id;
  await db.update(projects).set({ status: "accepted" }).where(eq(projects.id, accepted));
  await db.update(projects).set({ status: "contracted" }).where(eq(projects.id, contracted));
}, 120_000);

afterAll(async () => {
  await cleanup?.();
});

describe("a subsidy application from the checklist to the payment", () => {
  let appId: string;

  it("offers the portal's policies checked against the firm, with the items each may fund and its estimate", async () => {
    const got = await api("consultant", "GET", LIST, { id: accepted });
    expect(got.status).toBe(200);
    const options = got.json.options as {
      policyId: string;
      fit: { verdict: string; level: number };
      materials: string[] | null;
      items: { name: string; coverage: string }[];
      claimedYuan: number;
      estimateYuan: number | null;
    }[];
    const demo = options.find((o) => o.policyId === POLICY)!;
    expect(demo.fit.verdict).not.toBe("not_eligible");
    expect(demo.fit.level).toBe(2);
    expect(demo.materials).toEqual(["申请表", "营业执照复印件", "改造合同与发票", "数字化水平评测报告（改造前后）", "项目验收报告"]);
    // 软件 fully (software, cloud); 硬件 and 服务 partly (the policy lists some of the types they stand for).
    expect(demo.items.map((i) => i.coverage)).toEqual(["yes", "partly", "partly"]);
    expect(demo.claimedYuan).toBe(300000);
    // 30 % of 300 000 = 90 000, under the 二级 cap of 200 000.
    expect(demo.estimateYuan).toBe(90000);
    // A policy whose source gives no percent: no estimate invented.
    expect(options.find((o) => o.policyId === OTHER_POLICY)?.estimateYuan).toBeNull();
  });

  it("creates the application with the policy's materials and refuses a second one or a claim above the items", async () => {
    const tooMuch = await api("consultant", "POST", LIST, { id: accepted }, { json: { policyId: POLICY, batch: "2026年第二批", amountYuan: 300000.01 } });
    expect(tooMuch.status).toBe(400);
    expect(fields(tooMuch)).toEqual(["amountYuan"]);
    const unknown = await api("consultant", "POST", LIST, { id: accepted }, { json: { policyId: "no-such-policy", batch: "2026年第二批" } });
    expect(unknown.status).toBe(400);
    expect(fields(unknown)).toEqual(["policyId"]);

    const made = await api("consultant", "POST", LIST, { id: accepted }, { json: { policyId: POLICY, batch: "2026年第二批" } });
    expect(made.status).toBe(201);
    appId = made.json.id as string;
    const detail = await api("consultant", "GET", ONE, { id: accepted, applicationId: appId });
    expect(detail.status).toBe(200);
    expect(detail.json).toMatchObject({ status: "draft", requestedYuan: 90000, estimateYuan: 90000, deadline: "2027-06-30", batch: "2026年第二批" });
    expect((detail.json.items as unknown[]).length).toBe(3);
    expect(detail.json.missingMaterials).toHaveLength(5);

    const again = await api("consultant", "POST", LIST, { id: accepted }, { json: { policyId: POLICY, batch: "2026年第三批" } });
    expect(again.status).toBe(409);
    // The same expense under another policy: refused, naming the item.
    const { db } = await database();
    const [item] = await db.select().from(subsidyApplicationItems).where(eq(subsidyApplicationItems.applicationId, appId)).limit(1);
    const twice = await api(
      "consultant",
      "POST",
      LIST,
      { id: accepted },
      { json: { policyId: OTHER_POLICY, batch: "2026年第二批", itemIds: [item!.projectItemId], amountYuan: 1000 } },
    );
    expect(twice.status).toBe(409);
    expect(fields(twice)).toEqual(["itemIds.0"]);
    expect(twice.json.error?.message).toContain("不能重复申报");
  });

  it("submits only with every material uploaded or handed in on paper", async () => {
    const early = await api("consultant", "POST", MOVE, { id: accepted, applicationId: appId }, { json: { to: "applied" } });
    expect(early.status).toBe(409);
    expect(fields(early)).toEqual(["materials", "materials.0", "materials.1", "materials.2", "materials.3", "materials.4"]);

    const notPdf = await api(
      "consultant",
      "POST",
      MATERIAL,
      { id: accepted, applicationId: appId, material: "0" },
      { file: { name: "x.txt", bytes: Buffer.from("hello") } },
    );
    expect(notPdf.status).toBe(400);
    expect(fields(notPdf)).toEqual(["file"]);
    const outOfList = await api(
      "consultant",
      "POST",
      MATERIAL,
      { id: accepted, applicationId: appId, material: "9" },
      { file: { name: "a.png", bytes: solidPng() } },
    );
    expect(outOfList.status).toBe(400);
    expect(fields(outOfList)).toEqual(["material"]);
    const uploaded = await api(
      "consultant",
      "POST",
      MATERIAL,
      { id: accepted, applicationId: appId, material: "0" },
      { file: { name: "申请表.png", bytes: solidPng() } },
    );
    expect(uploaded.status).toBe(201);
    expect(uploaded.json.missingMaterials).toHaveLength(4);

    const wrongCount = await api("consultant", "PATCH", ONE, { id: accepted, applicationId: appId }, { json: { materials: [{ offline: true }] } });
    expect(wrongCount.status).toBe(400);
    expect(fields(wrongCount)).toEqual(["materials"]);
    const paper = await api(
      "owner",
      "PATCH",
      ONE,
      { id: accepted, applicationId: appId },
      { json: { materials: [{ offline: false }, ...Array.from({ length: 4 }, () => ({ offline: true, note: "窗口提交纸质件" }))] } },
    );
    // The demo owner is not this firm's owner: it cannot even see the project.
    expect(paper.status).toBe(404);
    const mine = await api(
      "consultant",
      "PATCH",
      ONE,
      { id: accepted, applicationId: appId },
      { json: { materials: [{ offline: false }, ...Array.from({ length: 4 }, () => ({ offline: true, note: "窗口提交纸质件" }))] } },
    );
    expect(mine.status).toBe(200);
    expect(mine.json.missingMaterials).toEqual([]);

    const submitted = await api("consultant", "POST", MOVE, { id: accepted, applicationId: appId }, { json: { to: "applied" } });
    expect(submitted.status).toBe(200);
    expect(submitted.json.status).toBe("applied");
    // Submitted: the terms are frozen.
    const late = await api("consultant", "PATCH", ONE, { id: accepted, applicationId: appId }, { json: { batch: "改了" } });
    expect(late.status).toBe(409);
    const { db } = await database();
    const mails = await db.select({ subject: outboxMails.subject }).from(outboxMails);
    expect(mails.some((m) => m.subject.includes("补贴申报") && m.subject.includes("已申报"))).toBe(true);
  });

  it("is reviewed, approved up to the request and paid up to the approval; the project is then paid", async () => {
    const skip = await api("admin", "POST", MOVE, { id: accepted, applicationId: appId }, { json: { to: "publicized", amountYuan: 80000 } });
    expect(skip.status).toBe(409);
    expect(skip.json.error?.message).toContain("审核中（reviewing）");
    const byApplicant = await api("consultant", "POST", MOVE, { id: accepted, applicationId: appId }, { json: { to: "reviewing" } });
    expect(byApplicant.status).toBe(409);
    expect((await api("admin", "POST", MOVE, { id: accepted, applicationId: appId }, { json: { to: "reviewing" } })).status).toBe(200);
    const over = await api("admin", "POST", MOVE, { id: accepted, applicationId: appId }, { json: { to: "publicized", amountYuan: 90000.01 } });
    expect(over.status).toBe(400);
    expect(fields(over)).toEqual(["amountYuan"]);
    const noAmount = await api("admin", "POST", MOVE, { id: accepted, applicationId: appId }, { json: { to: "publicized" } });
    expect(fields(noAmount)).toEqual(["amountYuan"]);
    expect((await api("admin", "POST", MOVE, { id: accepted, applicationId: appId }, { json: { to: "publicized", amountYuan: 85000 } })).status).toBe(200);
    const overPaid = await api("admin", "POST", MOVE, { id: accepted, applicationId: appId }, { json: { to: "paid", amountYuan: 85000.5 } });
    expect(fields(overPaid)).toEqual(["amountYuan"]);
    const future = await api("admin", "POST", MOVE, { id: accepted, applicationId: appId }, { json: { to: "paid", amountYuan: 85000, paidOn: "2999-01-01" } });
    expect(fields(future)).toEqual(["paidOn"]);
    const paid = await api("admin", "POST", MOVE, { id: accepted, applicationId: appId }, { json: { to: "paid", amountYuan: 85000 } });
    expect(paid.status).toBe(200);
    expect(paid.json).toMatchObject({ status: "paid", approvedYuan: 85000, paidYuan: 85000, allowed: [] });
    expect((paid.json.events as { to: string }[]).map((e) => e.to)).toEqual(["draft", "applied", "reviewing", "publicized", "paid"]);

    const { db } = await database();
    const [project] = await db.select().from(projects).where(eq(projects.id, accepted));
    expect(project).toMatchObject({ status: "paid", paidAmountFen: 8_500_000 });
    const events = await db.select().from(projectEvents).where(eq(projectEvents.projectId, accepted));
    expect(events.some((e) => e.toStatus === "paid" && e.note?.includes("85,000.00"))).toBe(true);
    const lines = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, accepted));
    expect(lines.filter((l) => l.action === "subsidy.transition")).toHaveLength(4);

    const portal = await api("admin", "GET", "subsidy-applications", {});
    expect(portal.status).toBe(200);
    const totals = portal.json.totals as { status: string; paidYuan: number }[];
    expect(totals.find((t) => t.status === "paid")?.paidYuan).toBe(85000);
  });
});

describe("the rules around an application", () => {
  it("waits for acceptance when the policy pays after it, and a withdrawal frees the items", async () => {
    const made = await api("consultant", "POST", LIST, { id: contracted }, { json: { policyId: POLICY, batch: "2026年第二批" } });
    expect(made.status).toBe(201);
    const id = made.json.id as string;
    const materials = Array.from({ length: 5 }, () => ({ offline: true }));
    expect((await api("consultant", "PATCH", ONE, { id: contracted, applicationId: id }, { json: { materials } })).status).toBe(200);
    const early = await api("consultant", "POST", MOVE, { id: contracted, applicationId: id }, { json: { to: "applied" } });
    expect(early.status).toBe(409);
    expect(fields(early)).toEqual(["project"]);
    expect(early.json.error?.message).toContain("先建后补");

    // The items are taken…
    const other = await api("consultant", "POST", LIST, { id: contracted }, { json: { policyId: OTHER_POLICY, batch: "2026年第二批", amountYuan: 5000 } });
    expect(other.status).toBe(400);
    expect(fields(other)).toEqual(["itemIds"]);
    // …until the application is withdrawn.
    expect((await api("consultant", "POST", MOVE, { id: contracted, applicationId: id }, { json: { to: "withdrawn" } })).status).toBe(200);
    const now = await api("consultant", "POST", LIST, { id: contracted }, { json: { policyId: OTHER_POLICY, batch: "2026年第二批", amountYuan: 5000 } });
    expect(now.status).toBe(201);
  });

  it("keeps two quick ticks of the checklist, a deadline within the policy's window, one record of the money", async () => {
    const { db } = await database();
    const [p] = await db.select().from(projects).where(eq(projects.id, accepted));
    const third = (
      await createProject(db, actors.consultant, "zhengzhou", {
        enterpriseId: p!.enterpriseId,
        baselineAssessmentId: p!.baselineAssessmentId,
        provider: { name: "勾选测试服务商" },
        targetLevel: 2,
        targetScenes: [],
        contract: { amountYuan: 5000, lightweight: false, items: [{ name: "软件", category: "software", amountYuan: 5000 }] },
        milestones: [{ name: "上线", due: "2026-09-30" }],
      })
    ).id;
    await db.update(projects).set({ status: "accepted" }).where(eq(projects.id, third));
    const late = await api("consultant", "POST", LIST, { id: third }, { json: { policyId: POLICY, batch: "一批", deadline: "2027-07-01" } });
    expect(late.status).toBe(400);
    expect(fields(late)).toEqual(["deadline"]);
    const made = await api("consultant", "POST", LIST, { id: third }, { json: { policyId: POLICY, batch: "一批" } });
    const id = made.json.id as string;
    // Two materials ticked at once, each sent alone: both stand.
    const [a, b] = await Promise.all(
      [1, 2].map((index) => api("consultant", "PATCH", ONE, { id: third, applicationId: id }, { json: { material: { index, offline: true } } })),
    );
    expect([a!.status, b!.status]).toEqual([200, 200]);
    const detail = await api("consultant", "GET", ONE, { id: third, applicationId: id });
    expect((detail.json.materials as { offline: boolean }[]).map((m) => m.offline)).toEqual([false, true, true, false, false]);
    // A project with a live application is paid through it, not by hand.
    const byHand = await api("admin", "POST", "projects/[id]/transitions", { id: third }, { json: { to: "paid", amountYuan: 100 } });
    expect(byHand.status).toBe(409);
    expect(fields(byHand)).toEqual(["subsidies"]);
  });

  it("lets one of two simultaneous claims on the same items through", async () => {
    const { db } = await database();
    const [p] = await db.select().from(projects).where(eq(projects.id, accepted));
    const copy = (
      await createProject(db, actors.consultant, "zhengzhou", {
        enterpriseId: p!.enterpriseId,
        baselineAssessmentId: p!.baselineAssessmentId,
        provider: { name: "并发测试服务商" },
        targetLevel: 2,
        targetScenes: [],
        contract: { amountYuan: 1000, lightweight: false, items: [{ name: "软件", category: "software", amountYuan: 1000 }] },
        milestones: [{ name: "上线", due: "2026-09-30" }],
      })
    ).id;
    await db.update(projects).set({ status: "accepted" }).where(eq(projects.id, copy));
    // Both name the item: whichever comes second finds it claimed (checked, or refused by the unique index).
    const [item] = await db.select({ id: projectItems.id }).from(projectItems).where(eq(projectItems.projectId, copy));
    const both = await Promise.all([
      api("consultant", "POST", LIST, { id: copy }, { json: { policyId: POLICY, batch: "一批", itemIds: [item!.id] } }),
      api("consultant", "POST", LIST, { id: copy }, { json: { policyId: OTHER_POLICY, batch: "一批", itemIds: [item!.id], amountYuan: 100 } }),
    ]);
    expect(both.map((b) => b.status).sort()).toEqual([201, 409]);
  });

  it("shows nothing to callers off the project", async () => {
    const list = await api("consultant", "GET", LIST, { id: accepted });
    const id = (list.json.applications as { id: string }[])[0]!.id;
    for (const who of ["consultant2", "otherAdmin", "owner"] as const) {
      const got = await api(who, "GET", ONE, { id: accepted, applicationId: id });
      expect(got.status, who).toBe(404);
      expect(JSON.stringify(got.json)).not.toContain("补贴测试精密机械");
    }
    const strangers = await api("consultant2", "GET", "subsidy-applications", {});
    expect(strangers.status).toBe(200);
    expect(strangers.json.applications).toEqual([]);
    // The administrator reads but does not apply.
    const adminApplies = await api("admin", "POST", LIST, { id: accepted }, { json: { policyId: OTHER_POLICY, batch: "x", amountYuan: 1 } });
    expect(adminApplies.status).toBe(403);
  });
});
