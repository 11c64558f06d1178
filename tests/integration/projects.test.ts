import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, memberships, outboxMails, projectEvents, projectItems, projects, tenants, users } from "@/db/schema";
import { DEMO_USERS } from "@/db/seed/demo-users";
import { uploadEvidence } from "@/lib/assessments/evidence-files";
import { patchAssessment, submitAssessment } from "@/lib/assessments/service";
import { appUrl } from "@/lib/env";
import type { Actor } from "@/lib/auth/permissions";
import { actorFor } from "@/lib/auth/sign-in";
import { addClient, startClientAssessment } from "@/lib/consultants/clients";
import { database } from "@/lib/db";
import { useAppDatabase } from "../support/app-database";
import { AFTER_PROJECT_MANUFACTURING, COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";
import { solidPng } from "../support/png";
import { sessionCookie } from "../support/session";
import { unzipEntries } from "../support/unzip";

/**
 * The pilot programme's project API as its callers use it: a consultant files a project for a client
 * after its diagnosis, the portal approves, milestones are reported, the firm is re-assessed with
 * evidence, the acceptance pack is built from the records, accepted and paid; and every illegal move,
 * bad contract and stranger is refused with nothing half-written.
 */

const ROUTES = import.meta.glob("/app/api/tenants/**/route.ts");
const CLIENT = "项目测试精密铸造有限公司";
const OWN_ORIGIN = new URL(appUrl()).origin;

type Who = "consultant" | "consultant2" | "admin" | "otherAdmin" | "owner";
const cookies = {} as Record<Who, string>;
const actors = {} as Record<Who, Actor>;
let cleanup: () => Promise<void>;
let enterpriseId: string;
let baselineId: string;

interface Answer {
  status: number;
  json: Record<string, unknown> & { error?: { code: string; message: string; issues?: { field: string; message: string }[] } };
  bytes: Buffer;
  type: string;
}

async function api(
  who: Who,
  method: "GET" | "POST" | "PATCH",
  route: string,
  params: Record<string, string>,
  payload?: { json?: unknown; file?: { name: string; bytes: Buffer; fields: Record<string, string> } },
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
    for (const [k, v] of Object.entries(payload.file.fields)) form.set(k, v);
    body = form;
  } else if (payload?.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(payload.json);
  }
  const url = `http://localhost/api/tenants/${params.tenant ?? "zhengzhou"}/${route}`;
  const response = await mod[method]!(new Request(url, { method, headers, body }), { params: Promise.resolve({ tenant: "zhengzhou", ...params }) });
  const type = response.headers.get("content-type") ?? "";
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, json: type.includes("json") ? JSON.parse(bytes.toString("utf8")) : {}, bytes, type };
}

const fields = (a: Answer) => a.json.error?.issues?.map((i) => i.field) ?? [];

function projectRequest(overrides: Record<string, unknown> = {}) {
  return {
    enterpriseId,
    baselineAssessmentId: baselineId,
    provider: { name: "郑州智造数字科技有限公司" },
    targetLevel: 2,
    targetScenes: ["S.PRODUCTION", "S.EQUIPMENT"],
    contract: {
      amountYuan: 186000.5,
      lightweight: true,
      signedOn: "2026-03-01",
      items: [
        { name: "设备联网网关及传感器", category: "hardware", amountYuan: 68000 },
        { name: "MES 生产执行系统（一年订阅）", category: "software", amountYuan: 98000.5 },
        { name: "实施与培训", category: "service", amountYuan: 20000 },
      ],
    },
    milestones: [
      { name: "设备联网上线", due: "2026-05-31" },
      { name: "MES 试运行", due: "2026-08-31" },
    ],
    ...overrides,
  };
}

beforeAll(async () => {
  cleanup = await useAppDatabase({ demo: true });
  const { db } = await database();
  const demo = (role: string, slug: string) => DEMO_USERS.find((u) => u.role === role && u.tenantSlug === slug)!.email;
  const byEmail = async (email: string) => (await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.email, email)))[0]!;
  const [zz] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, "zhengzhou"));
  const [c2] = await db.insert(users).values({ email: "consultant2@projects.test", name: "另一位顾问" }).returning({ id: users.id, email: users.email });
  await db.insert(memberships).values({ tenantId: zz!.id, userId: c2!.id, role: "consultant" });
  const people: Record<Who, { id: string; email: string }> = {
    consultant: await byEmail(demo("consultant", "zhengzhou")),
    consultant2: c2!,
    admin: await byEmail(demo("tenant_admin", "zhengzhou")),
    otherAdmin: await byEmail(demo("tenant_admin", "taiyuan")),
    owner: await byEmail(demo("sme_owner", "zhengzhou")),
  };
  for (const [who, user] of Object.entries(people) as [Who, { id: string; email: string }][]) {
    cookies[who] = await sessionCookie(user);
    actors[who] = (await actorFor(db, user.id))!;
  }
  enterpriseId = (
    await addClient(db, actors.consultant, "zhengzhou", { enterprise: { ...ZHENGZHOU_ENTERPRISE, name: CLIENT }, contactEmail: "boss@casting.test" })
  ).enterpriseId;
  const visit = await startClientAssessment(db, actors.consultant, "zhengzhou", enterpriseId, { mode: "consultant_onsite", language: "zh-CN" });
  await patchAssessment(db, visit.id, visit.resumeToken, { answers: COMPLETE_MANUFACTURING });
  await submitAssessment(db, visit.id, { actor: actors.consultant });
  baselineId = visit.id;
}, 120_000);

afterAll(async () => {
  await cleanup?.();
});

describe("a transformation project from filing to payment", () => {
  it("files, approves, implements, re-assesses, builds the pack, accepts and pays", async () => {
    const { db } = await database();
    const created = await api("consultant", "POST", "projects", {}, { json: projectRequest() });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const id = created.json.id as string;
    const p = { id };

    // The consultant filing for a client is its provider; the items are stored in fen, exactly.
    const detail = await api("consultant", "GET", "projects/[id]", p);
    expect(detail.json).toMatchObject({ status: "draft", baselineLevel: 1, targetLevel: 2, contractAmountYuan: 186000.5, sides: ["provider"] });
    expect((detail.json.allowed as { to: string }[]).map((a) => a.to)).toEqual(["filed"]);
    const items = await db.select().from(projectItems).where(eq(projectItems.projectId, id));
    expect(items.map((i) => i.amountFen).reduce((a, b) => a + b, 0)).toBe(18_600_050);

    // Illegal moves name what is allowed; the administrator cannot file, the consultant cannot approve.
    const early = await api("consultant", "POST", "projects/[id]/transitions", p, { json: { to: "accepted" } });
    expect(early.status).toBe(409);
    expect(early.json.error!.message).toContain("filed");
    expect(fields(early)).toEqual(["to"]);
    expect((await api("admin", "POST", "projects/[id]/transitions", p, { json: { to: "filed" } })).status).toBe(409);
    expect((await api("consultant", "POST", "projects/[id]/transitions", p, { json: { to: "filed" } })).status).toBe(200);
    const selfApproval = await api("consultant", "POST", "projects/[id]/transitions", p, { json: { to: "contracted" } });
    expect(selfApproval.status).toBe(409);
    expect(selfApproval.json.error!.message).toMatch(/不能|cannot/);
    // A return needs its reason.
    expect(fields(await api("admin", "POST", "projects/[id]/transitions", p, { json: { to: "draft" } }))).toEqual(["note"]);
    // The portal's administrators were told of the filing.
    const adminEmail = DEMO_USERS.find((u) => u.role === "tenant_admin" && u.tenantSlug === "zhengzhou")!.email;
    const [mail] = await db.select().from(outboxMails).where(eq(outboxMails.to, adminEmail)).orderBy(desc(outboxMails.createdAt)).limit(1);
    expect(mail?.subject).toContain("已提交备案");
    expect(mail?.body).toContain(`/projects/zhengzhou/${id}`);

    expect((await api("admin", "POST", "projects/[id]/transitions", p, { json: { to: "contracted" } })).status).toBe(200);
    expect((await api("consultant", "POST", "projects/[id]/transitions", p, { json: { to: "implementing" } })).status).toBe(200);
    // Completion waits for every milestone.
    const notYet = await api("consultant", "POST", "projects/[id]/transitions", p, { json: { to: "completed" } });
    expect(notYet.status).toBe(409);
    expect(fields(notYet)).toEqual(["milestones"]);
    const milestones = (await api("consultant", "GET", "projects/[id]", p)).json.milestones as { id: string }[];
    expect(
      (await api("admin", "PATCH", "projects/[id]/milestones/[milestoneId]", { ...p, milestoneId: milestones[0]!.id }, { json: { done: true } })).status,
    ).toBe(403);
    expect(
      fields(
        await api(
          "consultant",
          "PATCH",
          "projects/[id]/milestones/[milestoneId]",
          { ...p, milestoneId: milestones[0]!.id },
          { json: { done: true, doneOn: "2999-01-01" } },
        ),
      ),
    ).toEqual(["doneOn"]);
    for (const [i, m] of milestones.entries())
      expect(
        (
          await api(
            "consultant",
            "PATCH",
            "projects/[id]/milestones/[milestoneId]",
            { ...p, milestoneId: m.id },
            { json: { done: true, doneOn: `2026-0${5 + i}-20` } },
          )
        ).status,
      ).toBe(200);
    expect((await api("consultant", "POST", "projects/[id]/transitions", p, { json: { to: "completed" } })).status).toBe(200);

    // The pack is refused until the after-assessment is submitted; applying lists what is missing.
    expect((await api("consultant", "GET", "projects/[id]/acceptance-pack", p)).status).toBe(409);
    const apply = await api("consultant", "POST", "projects/[id]/transitions", p, { json: { to: "acceptance_submitted" } });
    expect(apply.status).toBe(409);
    expect(fields(apply)).toEqual(expect.arrayContaining(["acceptancePack.comparison", "acceptancePack.contract", "acceptancePack.invoices"]));

    // Re-assessment after completion, prefilled from the baseline, with evidence for some answers only.
    const after = await api("consultant", "POST", "projects/[id]/after-assessment", p);
    expect(after.status).toBe(201);
    const afterId = after.json.assessmentId as string;
    await patchAssessment(db, afterId, { actor: actors.consultant }, { answers: AFTER_PROJECT_MANUFACTURING });
    await uploadEvidence(db, afterId, { actor: actors.consultant }, { name: "设备联网台账.png", bytes: solidPng(), fields: { questionCode: "F.EQNET" } });
    await uploadEvidence(db, afterId, { actor: actors.consultant }, { name: "生产看板.png", bytes: solidPng(), fields: { questionCode: "S.PRODUCTION" } });
    await submitAssessment(db, afterId, { actor: actors.consultant });
    for (const [slot, name] of [
      ["contract", "合同扫描件.png"],
      ["invoice", "发票.png"],
    ] as const)
      expect((await api("consultant", "POST", "projects/[id]/documents", p, { file: { name, bytes: solidPng(), fields: { slot } } })).status).toBe(201);
    const bad = await api("consultant", "POST", "projects/[id]/documents", p, {
      file: { name: "a.zip", bytes: Buffer.from([0x50, 0x4b, 3, 4, 0]), fields: { slot: "other" } },
    });
    expect(bad.status).toBe(400);
    expect(fields(bad)).toEqual(["file"]);

    // The pack: one zip with the PDF, the manifest and the files; pdftotext finds every section and both levels.
    const pack = await api("admin", "GET", "projects/[id]/acceptance-pack", p);
    expect(pack.status).toBe(200);
    expect(pack.type).toBe("application/zip");
    const entries = unzipEntries(pack.bytes);
    const names = entries.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining(["acceptance.pdf", "manifest.json", "evidence/F.EQNET-设备联网台账.png", "documents/contract-合同扫描件.png"]),
    );
    const manifest = JSON.parse(entries.find((e) => e.name === "manifest.json")!.data.toString("utf8")) as {
      items: { key: string; present: boolean }[];
      level: { before: number; after: number };
      prediction: { claimedLevel: number; levelIfThinEvidenceRejected: number; thin: { code: string }[] };
    };
    expect(manifest.items).toHaveLength(8);
    expect(manifest.items.every((i) => i.present)).toBe(true);
    expect(manifest.level).toMatchObject({ before: 1, after: 2 });
    // F.EQDIG, M.RULES and S.EQUIPMENT rose without a file or figure: the reviewer's likely questions.
    expect(manifest.prediction.thin.map((t) => t.code).sort()).toEqual(["F.EQDIG", "M.RULES", "S.EQUIPMENT"]);
    expect(manifest.prediction.claimedLevel).toBe(2);
    expect(manifest.prediction.levelIfThinEvidenceRejected).toBe(1);
    const dir = mkdtempSync(path.join(tmpdir(), "pack-"));
    writeFileSync(path.join(dir, "a.pdf"), entries.find((e) => e.name === "acceptance.pdf")!.data);
    const text = execFileSync("pdftotext", ["-layout", path.join(dir, "a.pdf"), "-"], { encoding: "utf8" });
    for (const words of [
      "验收申请表",
      "改造前后对比报告",
      "改造后自评估及佐证清单",
      "合同及明细",
      "发票及付款凭证",
      "项目实施情况",
      "企业真实性承诺",
      "服务商声明",
      "现场核验预测",
      "一级",
      "二级",
      CLIENT,
    ])
      expect(text).toContain(words);

    // Apply, accept, pay: the amount is recorded, every move is in the history and the audit log.
    expect((await api("consultant", "POST", "projects/[id]/transitions", p, { json: { to: "acceptance_submitted" } })).status).toBe(200);
    expect(
      (await api("consultant", "POST", "projects/[id]/documents", p, { file: { name: "late.png", bytes: solidPng(), fields: { slot: "other" } } })).status,
    ).toBe(409);
    expect((await api("admin", "POST", "projects/[id]/transitions", p, { json: { to: "rejected" } })).status).toBe(400);
    expect((await api("admin", "POST", "projects/[id]/transitions", p, { json: { to: "accepted", note: "现场核验通过" } })).status).toBe(200);
    expect(fields(await api("admin", "POST", "projects/[id]/transitions", p, { json: { to: "paid" } }))).toEqual(["amountYuan"]);
    expect(fields(await api("admin", "POST", "projects/[id]/transitions", p, { json: { to: "paid", amountYuan: 999999 } }))).toEqual(["amountYuan"]);
    const paid = await api("admin", "POST", "projects/[id]/transitions", p, { json: { to: "paid", amountYuan: 74400.2 } });
    expect(paid.status).toBe(200);
    expect(paid.json).toMatchObject({ status: "paid", paidAmountYuan: 74400.2, allowed: [] });
    const history = await db.select({ to: projectEvents.toStatus }).from(projectEvents).where(eq(projectEvents.projectId, id)).orderBy(projectEvents.id);
    expect(history.map((h) => h.to)).toEqual(["draft", "filed", "contracted", "implementing", "completed", "acceptance_submitted", "accepted", "paid"]);
    const audits = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, "project"), eq(auditLog.targetId, id)));
    expect(audits.filter((a) => a.action === "project.transition")).toHaveLength(7);
  }, 120_000);
});

describe("bad input and strangers", () => {
  it("refuses a contract whose items do not add up, an unknown solution, a target at the baseline, with nothing written", async () => {
    const { db } = await database();
    const before = (await db.select({ id: projects.id }).from(projects)).length;
    const sum = await api(
      "consultant",
      "POST",
      "projects",
      {},
      { json: projectRequest({ contract: { ...projectRequest().contract, amountYuan: 186000.49 } }) },
    );
    expect(sum.status).toBe(400);
    expect(fields(sum)).toEqual(["contract.items"]);
    expect(sum.json.error!.message).toContain("186000.50");
    const cents = await api("consultant", "POST", "projects", {}, { json: projectRequest({ contract: { ...projectRequest().contract, amountYuan: 1.005 } }) });
    expect(fields(cents)).toContain("contract.amountYuan");
    const solution = await api(
      "consultant",
      "POST",
      "projects",
      {},
      {
        json: projectRequest({
          contract: { ...projectRequest().contract, items: [{ name: "x", category: "software", amountYuan: 186000.5, solutionId: "no-such-solution" }] },
        }),
      },
    );
    expect(fields(solution)).toEqual(["contract.items.0.solutionId"]);
    expect(fields(await api("consultant", "POST", "projects", {}, { json: projectRequest({ targetLevel: 1 }) }))).toEqual(["targetLevel"]);
    expect(fields(await api("consultant", "POST", "projects", {}, { json: projectRequest({ targetScenes: ["S.NOPE"] }) }))).toEqual(["targetScenes.0"]);
    expect(fields(await api("consultant", "POST", "projects", {}, { json: projectRequest({ milestones: [{ name: "x", due: "2026-02-30" }] }) }))).toEqual([
      "milestones.0.due",
    ]);
    expect(
      fields(await api("consultant", "POST", "projects", {}, { json: projectRequest({ provider: { name: "x", consultantOrg: actors.admin.userId } }) })),
    ).toEqual(["provider.consultantOrg"]);
    expect((await db.select({ id: projects.id }).from(projects)).length).toBe(before);
  });

  it("keeps a project from everyone outside it: another consultant, the firm of another project, another portal", async () => {
    const created = await api("consultant", "POST", "projects", {}, { json: projectRequest({ title: "陌生人测试项目" }) });
    const p = { id: created.json.id as string };
    for (const who of ["consultant2", "owner", "otherAdmin"] as const) {
      const got = await api(who, "GET", "projects/[id]", p);
      expect(got.status, who).toBe(404);
      expect(JSON.stringify(got.json)).not.toContain(CLIENT);
      expect((await api(who, "POST", "projects/[id]/transitions", p, { json: { to: "filed" } })).status, who).toBe(404);
      const list = await api(who, "GET", "projects", {});
      expect(JSON.stringify(list.json)).not.toContain(CLIENT);
    }
    // Another consultant may not file for a firm that is not their client.
    expect((await api("consultant2", "POST", "projects", {}, { json: projectRequest() })).status).toBe(404);
    // The other portal's administrator does not see this portal at all.
    expect((await api("otherAdmin", "GET", "projects", { tenant: "zhengzhou" })).status).toBe(404);
    // The portal's administrator reads it, and may not file it.
    expect((await api("admin", "GET", "projects/[id]", p)).status).toBe(200);
    expect((await api("admin", "POST", "projects", {}, { json: projectRequest() })).status).toBe(403);
  });

  it("lets one of two simultaneous moves through", async () => {
    const created = await api("consultant", "POST", "projects", {}, { json: projectRequest({ title: "并发测试项目" }) });
    const p = { id: created.json.id as string };
    const both = await Promise.all([
      api("consultant", "POST", "projects/[id]/transitions", p, { json: { to: "filed" } }),
      api("consultant", "POST", "projects/[id]/transitions", p, { json: { to: "filed" } }),
    ]);
    expect(both.map((b) => b.status).sort()).toEqual([200, 409]);
    const { db } = await database();
    expect(
      await db
        .select()
        .from(projectEvents)
        .where(and(eq(projectEvents.projectId, p.id), eq(projectEvents.toStatus, "filed"))),
    ).toHaveLength(1);
  });
});
