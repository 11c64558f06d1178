import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getReport, POST as requestReport } from "@/app/api/assessments/[id]/report/route";
import { POST as publish } from "@/app/api/assessments/[id]/report/publish/route";
import { POST as regenerate } from "@/app/api/assessments/[id]/report/regenerate/route";
import { POST as restore } from "@/app/api/assessments/[id]/report/restore/route";
import { POST as edit } from "@/app/api/assessments/[id]/report/versions/route";
import { POST as submit } from "@/app/api/assessments/[id]/submit/route";
import { PATCH as patch } from "@/app/api/assessments/[id]/route";
import { POST as create } from "@/app/api/assessments/route";
import { enterprises, memberships, users } from "@/db/schema";
import { DEMO_USERS } from "@/db/seed/demo-users";
import { patchAssessment, submitAssessment } from "@/lib/assessments/service";
import { actorFor } from "@/lib/auth/sign-in";
import { addClient, startClientAssessment } from "@/lib/consultants/clients";
import { database } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { REPORT_JOB } from "@/lib/jobs/kinds";
import { startWorker, type Worker } from "@/lib/jobs/worker";
import { reportJobHandler } from "@/lib/reports/job";
import type { ReportView } from "@/lib/reports/service";
import { call, fields, type Handler } from "../support/api";
import { useAppDatabase } from "../support/app-database";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";
import { sessionCookie } from "../support/session";

let cleanup: () => Promise<void>;
let worker: Worker;
const startReportWorker = async () => startWorker((await database()).db, { [REPORT_JOB]: reportJobHandler(() => null) }, { soleWorker: true, pollMs: 50 });
beforeAll(async () => {
  cleanup = await useAppDatabase({ demo: true });
  worker = await startReportWorker();
});
afterAll(async () => {
  await worker.stop();
  await cleanup();
});

async function started() {
  const r = await call(create, { method: "POST", body: { enterprise: ZHENGZHOU_ENTERPRISE, tenant: "zhengzhou" } });
  const a = r.body as { id: string; resumeToken: string };
  await call(patch, {
    method: "PATCH",
    id: a.id,
    token: a.resumeToken,
    body: { answers: COMPLETE_MANUFACTURING, context: { description: "精密零部件机加工", painPoints: "交期延误" } },
  });
  return a;
}

async function submitted() {
  const a = await started();
  expect((await call(submit, { method: "POST", id: a.id, token: a.resumeToken, body: { pledge: true } })).status).toBe(201);
  return a;
}

async function ready(id: string, token: string, query = "") {
  await worker.idle();
  const r = await call(getReport, { id, token, query });
  expect(r.status).toBe(200);
  return r.body as unknown as ReportView;
}

describe("GET /api/assessments/:id/report", () => {
  it("is queued by the submission and shows sections, names, sources and how it was written", async () => {
    const a = await submitted();
    const first = (await call(getReport, { id: a.id, token: a.resumeToken })).body as unknown as ReportView;
    expect(["queued", "generating", "ready"]).toContain(first.status);
    const view = await ready(a.id, a.resumeToken);
    expect(view).toMatchObject({ status: "ready", version: 1, language: "zh-CN", method: { writers: { deterministic: 9 }, models: [] } });
    expect(view.versions).toEqual([expect.objectContaining({ version: 1, kind: "generated" })]);
    expect(view.sections.map((s) => s.key)).toEqual(["summary", "profile", "result", "diagnosis", "targets", "plan", "schedule", "effects", "risks"]);
    expect(view.sections.every((s) => s.state === "done" && s.content && s.sources.length > 0)).toBe(true);
    expect(view.sections[0]?.title).toBe("报告摘要");
    const solutionRefs = Object.keys(view.references.solutions);
    expect(solutionRefs.length).toBeGreaterThan(0);
    expect(view.references.policies["demo-zhengzhou-transformation"]).toMatchObject({ href: "/policies/demo-zhengzhou-transformation" });
    expect(view.facts?.firmText).toEqual({ description: "精密零部件机加工", painPoints: "交期延误" });
  });

  it("writes the report in another language on request; a read never queues one", async () => {
    const a = await submitted();
    await ready(a.id, a.resumeToken);
    const notYet = await call(getReport, { id: a.id, token: a.resumeToken, query: "?lang=en" });
    expect(notYet.status).toBe(404);
    expect(fields(notYet.body)).toEqual(["language"]);
    const asked = await call(requestReport, { method: "POST", id: a.id, token: a.resumeToken, query: "?lang=en" });
    expect(asked.status).toBe(202);
    const queued = asked.body as unknown as ReportView;
    expect(queued.language).toBe("en");
    // Asking again changes nothing (one report per language).
    expect((await call(requestReport, { method: "POST", id: a.id, token: a.resumeToken, query: "?lang=en" })).body).toMatchObject({ id: queued.id });
    const view = await ready(a.id, a.resumeToken, "?lang=en");
    expect(view.status).toBe("ready");
    expect(view.sections[0]?.title).toBe("Summary");
    expect(view.sections[0]?.content?.paragraphs.join(" ")).toContain("37.22 points");
  });

  it("refuses a draft (409), a wrong token (404) and no token (401)", async () => {
    const a = await started();
    const draft = await call(getReport, { id: a.id, token: a.resumeToken });
    expect(draft.status).toBe(409);
    expect(fields(draft.body)).toEqual(["status"]);
    expect((await call(getReport, { id: a.id, token: "x".repeat(43) })).status).toBe(404);
    expect((await call(getReport, { id: a.id })).status).toBe(401);
  });
});

describe("editing and restoring a report", () => {
  it("each edit is a new version; the generated draft can always be restored", async () => {
    const a = await submitted();
    const v1 = await ready(a.id, a.resumeToken);
    const original = v1.sections.find((s) => s.key === "summary")!.content!;
    const edited = await call(edit, {
      method: "POST",
      id: a.id,
      token: a.resumeToken,
      body: { basedOn: 1, sections: { summary: { headline: "顾问修订：先做质量追溯", paragraphs: ["经现场核实，建议先做质量追溯。"], bullets: [] } } },
    });
    expect(edited.status).toBe(201);
    expect(edited.body).toEqual({ version: 2 });
    const v2 = await ready(a.id, a.resumeToken);
    const summary = v2.sections.find((s) => s.key === "summary")!;
    expect(summary.content?.headline).toBe("顾问修订：先做质量追溯");
    expect(summary.provenance?.writer).toBe("edited");
    expect(v2.sections.find((s) => s.key === "result")!.provenance?.writer).toBe("deterministic");

    const stale = await call(edit, {
      method: "POST",
      id: a.id,
      token: a.resumeToken,
      body: { basedOn: 1, sections: { risks: { headline: "x", paragraphs: ["y"], bullets: [] } } },
    });
    expect(stale.status).toBe(409);
    expect(fields(stale.body)).toEqual(["basedOn"]);

    const restored = await call(restore, { method: "POST", id: a.id, token: a.resumeToken, body: { version: 1 } });
    expect(restored.body).toEqual({ version: 3 });
    const v3 = await ready(a.id, a.resumeToken);
    expect(v3.sections.find((s) => s.key === "summary")!.content).toEqual(original);
    expect(v3.versions.map((v) => v.kind)).toEqual(["generated", "edited", "restored"]);
  });

  it("names the field at fault in a bad edit", async () => {
    const a = await submitted();
    await ready(a.id, a.resumeToken);
    const unknown = await call(edit, {
      method: "POST",
      id: a.id,
      token: a.resumeToken,
      body: { basedOn: 1, sections: { epilogue: { headline: "x", paragraphs: ["y"], bullets: [] } } },
    });
    expect(unknown.status).toBe(400);
    expect(fields(unknown.body)[0]).toMatch(/^sections/);
    const empty = await call(edit, {
      method: "POST",
      id: a.id,
      token: a.resumeToken,
      body: { basedOn: 1, sections: { summary: { headline: "", paragraphs: [], bullets: [] } } },
    });
    expect(empty.status).toBe(400);
    expect(fields(empty.body)).toEqual(expect.arrayContaining(["sections.summary.headline", "sections.summary.paragraphs"]));
    const missing = await call(restore, { method: "POST", id: a.id, token: a.resumeToken, body: { version: 9 } });
    expect(missing.status).toBe(400);
    expect(fields(missing.body)).toEqual(["version"]);
  });
});

/** A route called with a signed-in account's session cookie (writes from our own origin, as our pages send them). */
async function signedIn(handler: Handler, cookie: string, init: { method?: string; id: string; body?: unknown }) {
  const method = init.method ?? "GET";
  const headers = new Headers({ cookie, "content-type": "application/json" });
  if (method !== "GET") headers.set("origin", new URL(appUrl()).origin);
  const body = init.body === undefined ? undefined : JSON.stringify(init.body);
  const response = await handler(new Request(`http://localhost/api/test`, { method, headers, body }), { params: Promise.resolve({ id: init.id }) });
  const text = await response.text();
  return { status: response.status, text, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> & { error?: { issues?: { field: string }[] } } };
}

describe("owner and editor views of a consultant's report; regeneration", () => {
  const cookies = {} as Record<"consultant" | "owner" | "stranger", string>;
  let visit: { id: string; resumeToken: string };

  beforeAll(async () => {
    const { db } = await database();
    const demo = async (role: string) => {
      const email = DEMO_USERS.find((u) => u.role === role && u.tenantSlug === "zhengzhou")!.email;
      return (await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.email, email)))[0]!;
    };
    const consultant = await demo("consultant");
    const owner = await demo("sme_owner");
    const [stranger] = await db.insert(users).values({ email: "stranger@report-api.test", name: "另一位顾问" }).returning({ id: users.id, email: users.email });
    const [zz] = await db.select({ tenantId: memberships.tenantId }).from(memberships).where(eq(memberships.userId, consultant.id));
    await db.insert(memberships).values({ tenantId: zz!.tenantId, userId: stranger!.id, role: "consultant" });
    cookies.consultant = await sessionCookie(consultant);
    cookies.owner = await sessionCookie(owner);
    cookies.stranger = await sessionCookie(stranger!);
    // The consultant's client, assessed on site; the demo owner is made the firm's owner.
    const actor = (await actorFor(db, consultant.id))!;
    const { enterpriseId } = await addClient(db, actor, "zhengzhou", { enterprise: { ...ZHENGZHOU_ENTERPRISE, name: "报告视图测试有限公司" } });
    await db.update(enterprises).set({ ownerUserId: owner.id }).where(eq(enterprises.id, enterpriseId));
    const a = await startClientAssessment(db, actor, "zhengzhou", enterpriseId, { mode: "consultant_onsite", language: "zh-CN" });
    await patchAssessment(db, a.id, a.resumeToken, { answers: COMPLETE_MANUFACTURING });
    await submitAssessment(db, a.id, { actor });
    visit = { id: a.id, resumeToken: a.resumeToken };
    await worker.idle();
  }, 60_000);

  const read = async (who: "consultant" | "owner") => {
    const r = await signedIn(getReport, cookies[who], { id: visit.id });
    expect(r.status).toBe(200);
    return { text: r.text, view: r.body as unknown as ReportView };
  };
  const section = (view: ReportView, key: string) => view.sections.find((s) => s.key === key)!;
  // Any two sections (the set of sections changes): the first is edited and kept, the last edited and then rewritten.
  const keys = (view: ReportView) => ({ keep: view.sections[0]!.key, rewrite: view.sections.at(-1)!.key });
  const edited = (headline: string) => ({ headline, paragraphs: [`${headline}：经现场核实。`], bullets: [] });

  it("the editor gets the tokens and their names; the owner only the published version, with names in their place", async () => {
    const editor = await read("consultant");
    expect(editor.view.access).toEqual({ edit: true, publish: true });
    expect(editor.text).toContain("[[solution:");
    expect(Object.keys(editor.view.references.solutions).length).toBeGreaterThan(0);

    expect((await signedIn(getReport, cookies.owner, { id: visit.id })).status).toBe(404);
    expect((await signedIn(publish, cookies.consultant, { method: "POST", id: visit.id, body: { version: 1 } })).status).toBe(201);
    // A draft after publication: the owner must not see it, nor that it exists.
    const draft = await signedIn(edit, cookies.consultant, {
      method: "POST",
      id: visit.id,
      body: { basedOn: 1, sections: { [keys(editor.view).keep]: edited("未发布的修改") } },
    });
    expect(draft.status).toBe(201);

    const owner = await read("owner");
    expect(owner.text).not.toContain("[[");
    expect(owner.text).not.toContain("未发布的修改");
    expect(owner.view).toMatchObject({ status: "ready", version: 1, access: { edit: false, publish: false }, references: { solutions: {}, policies: {} } });
    expect(owner.view.versions.map((v) => v.version)).toEqual([1]);
    // The names as the PDF words them: 「方案」（服务商）.
    const solution = Object.values(editor.view.references.solutions)[0]!;
    expect(owner.text).toContain(`「${solution.name}」（${solution.provider}）`);
    expect(owner.view.sections.every((s) => s.state === "done" && s.content && !s.provenance?.rejected)).toBe(true);

    // The visit's link reads what the owner reads.
    const link = await call(getReport, { id: visit.id, token: visit.resumeToken });
    expect(link.status).toBe(200);
    expect(JSON.stringify(link.body)).not.toContain("[[");
  });

  it("regenerates, keeping an edited section and rewriting the one the consultant listed", async () => {
    const before = (await read("consultant")).view;
    const { keep, rewrite } = keys(before);
    const original = section(before, rewrite).content;
    const kept = await signedIn(edit, cookies.consultant, {
      method: "POST",
      id: visit.id,
      body: { basedOn: before.version, sections: { [keep]: edited("顾问保留的结论"), [rewrite]: edited("将被重写的章节") } },
    });
    expect(kept.status).toBe(201);
    const basedOn = (kept.body as { version: number }).version;

    // Two at once: one queues the job, the other is told the report is being written. The worker is
    // held meanwhile: without a model the job takes milliseconds, and "meanwhile" would be a race.
    await worker.stop();
    const both = await Promise.all(
      [0, 1].map(() => signedIn(regenerate, cookies.consultant, { method: "POST", id: visit.id, body: { language: "zh-CN", sections: [rewrite] } })),
    );
    expect(both.map((r) => r.status).sort()).toEqual([202, 409]);
    const accepted = both.find((r) => r.status === 202)!;
    expect(accepted.body).toEqual({ version: basedOn, status: "queued", kept: [keep], rewrite: [rewrite] });
    expect(fields(both.find((r) => r.status === 409)!.body)).toEqual(["status"]);
    // Meanwhile the current version stays readable, and the owner keeps the published one.
    const during = (await read("consultant")).view;
    expect(during.version).toBe(basedOn);
    expect(section(during, keep).content?.headline).toBe("顾问保留的结论");
    expect((await read("owner")).view).toMatchObject({ status: "ready", version: 1 });
    worker = await startReportWorker();

    await worker.idle();
    const after = (await read("consultant")).view;
    expect(after).toMatchObject({ status: "ready", version: basedOn + 1 });
    expect(after.versions.at(-1)?.kind).toBe("generated");
    expect(section(after, keep)).toMatchObject({ content: { headline: "顾问保留的结论" }, provenance: { writer: "edited" } });
    expect(section(after, rewrite).provenance?.writer).toBe("deterministic");
    expect(section(after, rewrite).content).toEqual(original);
    expect(after.sections.every((s) => s.state === "done")).toBe(true);

    // The whole report again, listing nothing: the edited section is still kept.
    const again = await signedIn(regenerate, cookies.consultant, { method: "POST", id: visit.id, body: {} });
    expect(again.status).toBe(202);
    await worker.idle();
    const last = (await read("consultant")).view;
    expect(last.version).toBe(basedOn + 2);
    expect(section(last, keep).content?.headline).toBe("顾问保留的结论");
  });

  it("is refused to a stranger, the firm's owner and the visit's link (404) and names a bad section", async () => {
    const body = { language: "zh-CN", sections: [] };
    expect((await signedIn(regenerate, cookies.stranger, { method: "POST", id: visit.id, body })).status).toBe(404);
    expect((await signedIn(regenerate, cookies.owner, { method: "POST", id: visit.id, body })).status).toBe(404);
    expect((await call(regenerate, { method: "POST", id: visit.id, token: visit.resumeToken, body })).status).toBe(404);
    const bad = await signedIn(regenerate, cookies.consultant, { method: "POST", id: visit.id, body: { sections: ["epilogue"] } });
    expect(bad.status).toBe(400);
    expect(fields(bad.body)[0]).toMatch(/^sections/);
  });
});
