import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getReport, POST as requestReport } from "@/app/api/assessments/[id]/report/route";
import { POST as restore } from "@/app/api/assessments/[id]/report/restore/route";
import { POST as edit } from "@/app/api/assessments/[id]/report/versions/route";
import { POST as submit } from "@/app/api/assessments/[id]/submit/route";
import { PATCH as patch } from "@/app/api/assessments/[id]/route";
import { POST as create } from "@/app/api/assessments/route";
import { database } from "@/lib/db";
import { REPORT_JOB } from "@/lib/jobs/kinds";
import { startWorker, type Worker } from "@/lib/jobs/worker";
import { reportJobHandler } from "@/lib/reports/job";
import type { ReportView } from "@/lib/reports/service";
import { call, fields } from "../support/api";
import { useAppDatabase } from "../support/app-database";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";

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
    expect(view).toMatchObject({ status: "ready", version: 1, language: "zh-CN", method: { writers: { deterministic: 8 }, models: [] } });
    expect(view.versions).toEqual([expect.objectContaining({ version: 1, kind: "generated" })]);
    expect(view.sections.map((s) => s.key)).toEqual(["summary", "level", "dimensions", "scenes", "plan", "solutions", "subsidies", "risks"]);
    expect(view.sections.every((s) => s.state === "done" && s.content && s.sources.length > 0)).toBe(true);
    expect(view.sections[0]?.title).toBe("总体结论");
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
    expect(view.sections[0]?.content?.paragraphs.join(" ")).toContain("37.225 points");
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
    expect(v2.sections.find((s) => s.key === "level")!.provenance?.writer).toBe("deterministic");

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
