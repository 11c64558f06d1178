import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getPdf } from "@/app/api/assessments/[id]/report/pdf/route";
import { GET as getReport } from "@/app/api/assessments/[id]/report/route";
import { POST as regenerate } from "@/app/api/assessments/[id]/report/regenerate/route";
import { POST as submit } from "@/app/api/assessments/[id]/submit/route";
import { GET as getState, PATCH as patch } from "@/app/api/assessments/[id]/route";
import { POST as create } from "@/app/api/assessments/route";
import { reports, reportVersions, users, type SectionProvenance } from "@/db/schema";
import { DEMO_USERS } from "@/db/seed/demo-users";
import { patchAssessment, submitAssessment } from "@/lib/assessments/service";
import { actorFor } from "@/lib/auth/sign-in";
import { addClient, startClientAssessment } from "@/lib/consultants/clients";
import { database } from "@/lib/db";
import { REPORT_JOB } from "@/lib/jobs/kinds";
import { startWorker, type Worker } from "@/lib/jobs/worker";
import { reportJobHandler } from "@/lib/reports/job";
import type { ReportView } from "@/lib/reports/service";
import { SECTION_KEYS, type SectionOutput } from "@/prompts/report";
import { call } from "../support/api";
import { useAppDatabase } from "../support/app-database";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";

/** What the report page's facts tables read from the view: names for every id, old reports shown as stored, the visit's people. */

let cleanup: () => Promise<void>;
let worker: Worker;
beforeAll(async () => {
  cleanup = await useAppDatabase({ demo: true });
  worker = startWorker((await database()).db, { [REPORT_JOB]: reportJobHandler(() => null) }, { soleWorker: true, pollMs: 50 });
});
afterAll(async () => {
  await worker.stop();
  await cleanup();
});

async function submitted() {
  const r = await call(create, { method: "POST", body: { enterprise: ZHENGZHOU_ENTERPRISE, tenant: "zhengzhou" } });
  const a = r.body as { id: string; resumeToken: string };
  await call(patch, { method: "PATCH", id: a.id, token: a.resumeToken, body: { answers: COMPLETE_MANUFACTURING, context: { painPoints: "交期延误" } } });
  expect((await call(submit, { method: "POST", id: a.id, token: a.resumeToken, body: { pledge: true } })).status).toBe(201);
  return a;
}

async function ready(id: string, token: string) {
  await worker.idle();
  const r = await call(getReport, { id, token });
  expect(r.status).toBe(200);
  return r.body as unknown as ReportView;
}

const text = (headline: string): SectionOutput => ({ headline, paragraphs: [`${headline}。`], bullets: [], statedLevel: 1, solutionIds: [], policyIds: [] });

describe("the report view for the facts tables", () => {
  it("names every solution and policy the facts list by id, for the firm reading it too", async () => {
    const a = await submitted();
    const view = await ready(a.id, a.resumeToken);
    expect(view.legacy).toBe(false);
    expect(view.facts?.format).toBe(2);
    const plan = view.facts!.plans.next!;
    const ids = [...plan.steps.flatMap((s) => s.solutionIds), ...plan.phases.flatMap((p) => p.solutionIds)];
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(view.factNames.solutions[id]?.name, id).toBeTruthy();
    for (const p of view.facts!.candidates.policies) expect(view.factNames.policies[p.id]?.title, p.id).toBeTruthy();
  });

  it("shows a report of the old structure as stored, under its old titles, and writes it anew in the new one", async () => {
    const a = await submitted();
    const first = await ready(a.id, a.resumeToken);
    const { db } = await database();
    // What a report stored before the 诊断报告 structure looks like: its own keys, facts without a format.
    const oldKeys = ["summary", "level", "dimensions", "scenes", "plan", "solutions", "subsidies", "risks"];
    const sections = Object.fromEntries(oldKeys.map((k) => [k, text(`旧版${k}`)]));
    const provenance = Object.fromEntries(oldKeys.map((k) => [k, { writer: k === "summary" ? "edited" : "deterministic" } as SectionProvenance]));
    await db
      .update(reportVersions)
      .set({ sections, provenance })
      .where(and(eq(reportVersions.reportId, first.id), eq(reportVersions.version, 1)));
    const [row] = await db.select({ facts: reports.facts }).from(reports).where(eq(reports.id, first.id));
    const oldFacts = { ...row!.facts! } as Partial<NonNullable<typeof row>["facts"]> & Record<string, unknown>;
    delete oldFacts.format;
    await db
      .update(reports)
      .set({ facts: oldFacts as NonNullable<typeof row>["facts"] })
      .where(eq(reports.id, first.id));

    const old = await ready(a.id, a.resumeToken);
    expect(old.legacy).toBe(true);
    expect(old.sections.map((s) => s.key)).toEqual(oldKeys);
    expect(old.sections.map((s) => s.title).slice(0, 3)).toEqual(["总体结论", "数字化水平等级及其含义", "维度分析"]);
    expect(old.sections.every((s) => s.legacy && s.state === "done" && s.sources.length === 0 && s.content?.headline.startsWith("旧版"))).toBe(true);
    expect(old.factNames).toEqual({ solutions: {}, policies: {} });
    // Its PDF is not printed from facts it does not have: regenerate first (a 409 naming the format).
    const pdf = await call(getPdf, { id: a.id, token: a.resumeToken });
    expect(pdf.status).toBe(409);
    expect(JSON.stringify(pdf.body)).toContain('"field":"format"');

    // Written again: nothing of the old structure is kept, not even its edited summary.
    const r = await call(regenerate, { method: "POST", id: a.id, token: a.resumeToken, body: {} });
    expect(r.status).toBe(202);
    expect(r.body).toMatchObject({ kept: [] });
    const fresh = await ready(a.id, a.resumeToken);
    expect(fresh.legacy).toBe(false);
    expect(fresh.sections.map((s) => s.key)).toEqual([...SECTION_KEYS]);
    expect(fresh.sections.every((s) => !s.legacy && s.provenance?.writer === "deterministic")).toBe(true);
    expect(fresh.facts?.format).toBe(2);
  });

  it("records whom a consultant met on the visit, and tells the questionnaire the mode", async () => {
    const { db } = await database();
    const email = DEMO_USERS.find((u) => u.role === "consultant" && u.tenantSlug === "zhengzhou")!.email;
    const [consultant] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    const actor = (await actorFor(db, consultant!.id))!;
    const { enterpriseId } = await addClient(db, actor, "zhengzhou", { enterprise: { ...ZHENGZHOU_ENTERPRISE, name: "调研记录测试有限公司" } });
    const a = await startClientAssessment(db, actor, "zhengzhou", enterpriseId, { mode: "consultant_onsite", language: "zh-CN" });
    const state = await call(getState, { id: a.id, token: a.resumeToken });
    expect(state.body).toMatchObject({ mode: "consultant_onsite" });
    await patchAssessment(db, a.id, a.resumeToken, { answers: COMPLETE_MANUFACTURING, context: { visitPeople: "王强（总经理）、李梅（生产主管）" } });
    await submitAssessment(db, a.id, { actor });
    await worker.idle();
    const [row] = await db.select({ facts: reports.facts }).from(reports).where(eq(reports.assessmentId, a.id));
    expect(row?.facts?.visit).toMatchObject({ people: "王强（总经理）、李梅（生产主管）" });
  });
});
