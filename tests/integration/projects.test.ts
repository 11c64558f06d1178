import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, jobs, outboxMails, projectEvents, projectItems, projectOutcomeSurveys, projects, tenants, webhookEvents } from "@/db/schema";
import { createEndpoint } from "@/lib/webhooks/service";
import { DEMO_USERS } from "@/db/seed/demo-users";
import { uploadEvidence } from "@/lib/assessments/evidence-files";
import { patchAssessment, submitAssessment } from "@/lib/assessments/service";
import { appUrl } from "@/lib/env";
import type { Actor } from "@/lib/auth/permissions";
import { addClient, startClientAssessment } from "@/lib/consultants/clients";
import { database } from "@/lib/db";
import { sendOutcomeSurvey } from "@/lib/projects/outcome-survey";
import { useAppDatabase } from "../support/app-database";
import { AFTER_PROJECT_MANUFACTURING, COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";
import { solidPng } from "../support/png";
import { demoCallers, type DemoCaller } from "../support/callers";
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

type Who = DemoCaller;
let cookies: Record<Who, string>;
let actors: Record<Who, Actor>;
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
  method: "GET" | "POST" | "PATCH" | "PUT",
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

const FILING = { contact_name: "王经理", contact_phone: "0371-55550123", goals: "设备联网和生产排程数字化", chain_project: "single" };

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
  ({ cookies, actors } = await demoCallers(db, "projects.test"));
  enterpriseId = (
    await addClient(db, actors.consultant, "zhengzhou", { enterprise: { ...ZHENGZHOU_ENTERPRISE, name: CLIENT }, contactEmail: "boss@casting.test" })
  ).enterpriseId;
  const visit = await startClientAssessment(db, actors.consultant, "zhengzhou", enterpriseId, { mode: "consultant_onsite", language: "zh-CN" });
  await patchAssessment(db, visit.id, visit.resumeToken, { answers: COMPLETE_MANUFACTURING });
  await submitAssessment(db, visit.id, { actor: actors.consultant });
  baselineId = visit.id;
  // The consultant's system listens: every move of its client's projects becomes an event.
  await createEndpoint(db, actors.consultant, "zhengzhou", {
    url: "https://hooks.example.cn/projects",
    events: ["project.transitioned", "acceptance.pack_ready"],
  });
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
    // Filing asks the portal's filing form first; a missing answer is named, a stranger value refused.
    const unfiled = await api("consultant", "POST", "projects/[id]/transitions", p, { json: { to: "filed" } });
    expect([unfiled.status, fields(unfiled)]).toEqual([409, ["forms.filing"]]);
    const partial = await api(
      "consultant",
      "PUT",
      "projects/[id]/forms/[key]",
      { ...p, key: "filing" },
      { json: { values: { contact_name: "王经理", chain_project: "neither" } } },
    );
    expect(partial.status).toBe(400);
    expect(fields(partial).sort()).toEqual(["values.chain_project", "values.contact_phone", "values.goals"]);
    expect((await api("admin", "PUT", "projects/[id]/forms/[key]", { ...p, key: "filing" }, { json: { values: FILING } })).status).toBe(403);
    expect((await api("consultant", "PUT", "projects/[id]/forms/[key]", { ...p, key: "filing" }, { json: { values: FILING } })).status).toBe(200);
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
    // The contract form needs the signed contract uploaded (a file field).
    const noScan = await api(
      "consultant",
      "PUT",
      "projects/[id]/forms/[key]",
      { ...p, key: "contract" },
      { json: { values: { contract_no: "ZZ-2026-018", start_date: "2026-03-02" } } },
    );
    expect(fields(noScan), JSON.stringify(noScan.json)).toEqual(["values.contract_scan"]);
    expect(
      (await api("consultant", "POST", "projects/[id]/documents", p, { file: { name: "合同扫描件.png", bytes: solidPng(), fields: { slot: "contract" } } }))
        .status,
    ).toBe(201);
    expect(
      (
        await api(
          "consultant",
          "PUT",
          "projects/[id]/forms/[key]",
          { ...p, key: "contract" },
          { json: { values: { contract_no: "ZZ-2026-018", start_date: "2026-03-02" } } },
        )
      ).status,
    ).toBe(200);
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
    expect(fields(apply)).toEqual(expect.arrayContaining(["acceptancePack.application", "acceptancePack.comparison", "acceptancePack.invoices"]));

    // Re-assessment after completion, prefilled from the baseline, with evidence for some answers only.
    const after = await api("consultant", "POST", "projects/[id]/after-assessment", p);
    expect(after.status).toBe(201);
    const afterId = after.json.assessmentId as string;
    await patchAssessment(db, afterId, { actor: actors.consultant }, { answers: AFTER_PROJECT_MANUFACTURING });
    await uploadEvidence(db, afterId, { actor: actors.consultant }, { name: "设备联网台账.png", bytes: solidPng(), fields: { questionCode: "F.EQNET" } });
    await uploadEvidence(db, afterId, { actor: actors.consultant }, { name: "生产看板.png", bytes: solidPng(), fields: { questionCode: "S.PRODUCTION" } });
    await submitAssessment(db, afterId, { actor: actors.consultant });
    expect(
      (await api("consultant", "POST", "projects/[id]/documents", p, { file: { name: "发票.png", bytes: solidPng(), fields: { slot: "invoice" } } })).status,
    ).toBe(201);
    const acceptanceForm = {
      completion_date: "2026-09-10",
      actual_amount: 186000.5,
      results: "设备联网率由 15% 提高到 35%，生产排程由 MES 完成。",
      truthful: true,
    };
    expect(
      fields(
        await api("consultant", "PUT", "projects/[id]/forms/[key]", { ...p, key: "acceptance" }, { json: { values: { ...acceptanceForm, truthful: false } } }),
      ),
    ).toEqual(["values.truthful"]);
    expect((await api("consultant", "PUT", "projects/[id]/forms/[key]", { ...p, key: "acceptance" }, { json: { values: acceptanceForm } })).status).toBe(200);
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
      "验收申请表",
      "设备联网率由 15% 提高到 35%",
      "186,000.50",
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
    // The portal records the firm's satisfaction (this client has no account of its own).
    expect(
      (
        await api(
          "admin",
          "PUT",
          "projects/[id]/forms/[key]",
          { ...p, key: "satisfaction" },
          { json: { values: { overall: 5, on_time: 4, quality: 5, comment: "服务及时" } } },
        )
      ).status,
    ).toBe(200);
    expect(
      fields(
        await api("admin", "PUT", "projects/[id]/forms/[key]", { ...p, key: "satisfaction" }, { json: { values: { overall: 6, on_time: 4, quality: 5 } } }),
      ),
    ).toEqual(["values.overall"]);
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
    const hooks = await db
      .select({ type: webhookEvents.type, data: webhookEvents.data })
      .from(webhookEvents)
      .where(sql`${webhookEvents.data}->>'projectId' = ${id}`)
      .orderBy(webhookEvents.createdAt);
    expect(hooks.filter((h) => h.type === "project.transitioned").map((h) => h.data.to)).toEqual(history.slice(1).map((h) => h.to));
    expect(hooks.filter((h) => h.type === "acceptance.pack_ready")).toHaveLength(1);

    // A year after acceptance the firm is asked how the benefits lasted: scheduled, mailed by the job, answered by link.
    const [survey] = await db.select().from(projectOutcomeSurveys).where(eq(projectOutcomeSurveys.projectId, id));
    const acceptedAt = (
      await db
        .select({ at: projectEvents.at })
        .from(projectEvents)
        .where(and(eq(projectEvents.projectId, id), eq(projectEvents.toStatus, "accepted")))
    )[0]!.at;
    expect(survey!.dueAt.getTime() - acceptedAt.getTime()).toBe(365 * 86_400_000);
    const [job] = await db.select().from(jobs).where(eq(jobs.kind, "project.outcome_survey"));
    expect(job!.runAt.getTime()).toBe(survey!.dueAt.getTime());
    expect(await sendOutcomeSurvey(db, survey!.id)).toEqual({ sent: true, to: "boss@casting.test" });
    expect(await sendOutcomeSurvey(db, survey!.id)).toMatchObject({ sent: false });
    const [surveyMail] = await db.select().from(outboxMails).where(eq(outboxMails.to, "boss@casting.test")).orderBy(desc(outboxMails.createdAt)).limit(1);
    const token = /\/survey\/([A-Za-z0-9_-]+)/.exec(surveyMail!.body)![1]!;
    const surveyRoute = await import("@/app/api/surveys/[token]/route");
    const ask = (method: "GET" | "POST", t: string, body?: unknown) =>
      surveyRoute[method](
        new Request(`http://localhost/api/surveys/${t}`, {
          method,
          headers: { "content-type": "application/json", origin: OWN_ORIGIN },
          body: body ? JSON.stringify(body) : undefined,
        }),
        { params: Promise.resolve({ token: t }) },
      );
    expect(await (await ask("GET", token)).json()).toMatchObject({ firm: CLIENT, answered: null });
    expect((await ask("GET", "x".repeat(43))).status).toBe(404);
    expect((await ask("POST", token, { rating: 9, stillInUse: true })).status).toBe(400);
    expect((await ask("POST", token, { rating: 4, stillInUse: true, comment: "MES 仍在用" })).status).toBe(204);
    expect((await ask("POST", token, { rating: 1, stillInUse: false })).status).toBe(409);

    // The provider's scorecard: target reached 1/1, accepted at the first decision, both milestones on
    // time, satisfaction 5 → 1, outcome 4 → 0.75: (30 + 25 + 15 + 20 + 7.5) = 97.5.
    const cards = await api("admin", "GET", "providers", {});
    const card = (cards.json.providers as { provider: string; score: number; facts: { levelGain: number } }[]).find(
      (c) => c.provider === "郑州智造数字科技有限公司",
    )!;
    expect(card).toMatchObject({ score: 97.5, facts: { levelGain: 1 } });
    expect(cards.json.formula).toContain("得分");
    expect((await api("consultant", "GET", "providers", {})).status).toBe(403);

    // The pipeline counts the project at every stage it reached.
    const { pipeline } = await import("@/lib/projects/analytics");
    const [zz] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, "zhengzhou"));
    const stages = Object.fromEntries((await pipeline(db, zz!.id)).stages.map((st) => [st.stage, st.projects]));
    for (const stage of ["filed", "contracted", "completed", "accepted", "paid"]) expect(stages[stage], stage).toBeGreaterThanOrEqual(1);
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

  it("returns a filing for changes, which are made to the draft and filed again", async () => {
    const created = await api("consultant", "POST", "projects", {}, { json: projectRequest({ title: "退回修改测试项目" }) });
    const p = { id: created.json.id as string };
    await api("consultant", "PUT", "projects/[id]/forms/[key]", { ...p, key: "filing" }, { json: { values: FILING } });
    expect((await api("consultant", "POST", "projects/[id]/transitions", p, { json: { to: "filed" } })).status).toBe(200);
    const { enterpriseId: _firm, ...terms } = projectRequest();
    // Filed: no longer editable.
    expect((await api("consultant", "PATCH", "projects/[id]", p, { json: terms })).status).toBe(409);
    expect((await api("admin", "POST", "projects/[id]/transitions", p, { json: { to: "draft", note: "请补充软件明细" } })).status).toBe(200);
    const changed = {
      ...terms,
      contract: { ...terms.contract, amountYuan: 200000, items: [...terms.contract.items, { name: "数据看板", category: "software", amountYuan: 13999.5 }] },
    };
    expect((await api("admin", "PATCH", "projects/[id]", p, { json: changed })).status).toBe(403);
    const wrong = await api("consultant", "PATCH", "projects/[id]", p, { json: { ...changed, contract: { ...changed.contract, amountYuan: 199999 } } });
    expect(fields(wrong)).toEqual(["contract.items"]);
    const detail = await api("consultant", "GET", "projects/[id]", p);
    expect((await api("consultant", "PATCH", "projects/[id]", p, { json: { ...changed, revision: (detail.json.revision as number) - 1 } })).status).toBe(409);
    expect((await api("consultant", "PATCH", "projects/[id]", p, { json: changed })).status).toBe(200);
    const after = await api("consultant", "GET", "projects/[id]", p);
    expect(after.json).toMatchObject({ status: "draft", contractAmountYuan: 200000, lastNote: "请补充软件明细" });
    expect((after.json.contract as { items: unknown[] }).items).toHaveLength(4);
    expect((await api("consultant", "POST", "projects/[id]/transitions", p, { json: { to: "filed" } })).status).toBe(200);
    expect((await api("consultant", "GET", "projects/[id]", p)).json.lastNote).toBeNull();
  });

  it("lets one of two simultaneous moves through", async () => {
    const created = await api("consultant", "POST", "projects", {}, { json: projectRequest({ title: "并发测试项目" }) });
    const p = { id: created.json.id as string };
    await api("consultant", "PUT", "projects/[id]/forms/[key]", { ...p, key: "filing" }, { json: { values: FILING } });
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

describe("form templates (表单模版)", () => {
  it("asks a portal's own version of a form from then on, and refuses a definition that cannot be drawn", async () => {
    const forms = await api("admin", "GET", "form-templates", {});
    expect(forms.status).toBe(200);
    const filing = (forms.json.forms as { key: string; version: number; definition: { title: { "zh-CN": string }; fields: unknown[] } }[]).find(
      (f) => f.key === "filing",
    )!;
    expect(filing.version).toBe(0);
    expect(filing.definition.title["zh-CN"]).toBe("项目备案表");
    expect((await api("consultant", "GET", "form-templates", {})).status).toBe(403);

    const broken = await api(
      "admin",
      "PUT",
      "form-templates/[key]",
      { key: "filing" },
      {
        json: {
          ...filing.definition,
          fields: [{ key: "kind", type: "select", label: { "zh-CN": "类型" }, required: true, options: [{ value: "a", label: { "zh-CN": "甲" } }] }],
        },
      },
    );
    expect(broken.status).toBe(400);
    expect(fields(broken)).toEqual(["fields.0.options"]);
    expect((await api("admin", "PUT", "form-templates/[key]", { key: "nonsense" }, { json: filing.definition })).status).toBe(404);

    const extra = { key: "employees_trained", type: "number", label: { "zh-CN": "培训人数", en: "People trained" }, required: true, min: 0, max: 10000 };
    const saved = await api(
      "admin",
      "PUT",
      "form-templates/[key]",
      { key: "filing" },
      { json: { ...filing.definition, fields: [...filing.definition.fields, extra] } },
    );
    expect(saved.status).toBe(200);
    expect(saved.json.version).toBe(1);

    const created = await api("consultant", "POST", "projects", {}, { json: projectRequest({ title: "新版表单项目" }) });
    const p = { id: created.json.id as string, key: "filing" };
    const view = await api("consultant", "GET", "projects/[id]/forms/[key]", p);
    expect(view.json).toMatchObject({ key: "filing", version: 1, editable: true, answer: null });
    expect(fields(await api("consultant", "PUT", "projects/[id]/forms/[key]", p, { json: { values: FILING } }))).toEqual(["values.employees_trained"]);
    expect(fields(await api("consultant", "PUT", "projects/[id]/forms/[key]", p, { json: { values: { ...FILING, employees_trained: -3 } } }))).toEqual([
      "values.employees_trained",
    ]);
    const answered = await api("consultant", "PUT", "projects/[id]/forms/[key]", p, { json: { values: { ...FILING, employees_trained: 12 } } });
    expect(answered.json).toMatchObject({ version: 1, answer: { version: 1, values: { employees_trained: 12 }, answeredAs: "provider" } });
  });
});
