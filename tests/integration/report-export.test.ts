import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as download } from "@/app/api/exports/[id]/download/route";
import { GET as status } from "@/app/api/exports/[id]/route";
import { POST as startExport } from "@/app/api/exports/route";
import { POST as submit } from "@/app/api/assessments/[id]/submit/route";
import { PATCH as patch } from "@/app/api/assessments/[id]/route";
import { POST as create } from "@/app/api/assessments/route";
import { eq } from "drizzle-orm";
import { jobs } from "@/db/schema";
import { database } from "@/lib/db";
import { RunLater } from "@/lib/jobs/run-later";
import { EXPORT_JOB, REPORT_JOB } from "@/lib/jobs/kinds";
import { startWorker, type Worker } from "@/lib/jobs/worker";
import type { ExportStatus } from "@/lib/reports/export";
import { exportJobHandler } from "@/lib/reports/export";
import { reportJobHandler } from "@/lib/reports/job";
import { call, fields } from "../support/api";
import { useAppDatabase } from "../support/app-database";
import { unzipEntries } from "../support/unzip";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";

let cleanup: () => Promise<void>;
let worker: Worker;
beforeAll(async () => {
  cleanup = await useAppDatabase({ demo: true });
  worker = startWorker(
    (await database()).db,
    { [REPORT_JOB]: reportJobHandler(() => null), [EXPORT_JOB]: exportJobHandler() },
    { soleWorker: true, pollMs: 50 },
  );
});
afterAll(async () => {
  await worker.stop();
  await cleanup();
});

async function assessment(name: string, tenant = "zhengzhou", submitIt = true) {
  const r = await call(create, { method: "POST", body: { enterprise: { ...ZHENGZHOU_ENTERPRISE, name }, tenant } });
  const a = r.body as { id: string; resumeToken: string };
  await call(patch, { method: "PATCH", id: a.id, token: a.resumeToken, body: { answers: COMPLETE_MANUFACTURING } });
  if (submitIt) await call(submit, { method: "POST", id: a.id, token: a.resumeToken, body: { pledge: true } });
  return { id: a.id, token: a.resumeToken };
}

describe("batch export of reports as one zip", () => {
  it("queues a job, shows its progress and hands out one archive with a PDF per report", async () => {
    const items = [await assessment("甲机械有限公司"), await assessment("乙电子有限公司"), await assessment("丙模具有限公司")];
    const started = await call(startExport, { method: "POST", body: { items } });
    expect(started.status).toBe(202);
    const { id, exportToken, total } = started.body as { id: number; exportToken: string; total: number };
    expect(total).toBe(3);
    await worker.idle();
    const done = (await call(status, { id: String(id), token: exportToken })).body as unknown as ExportStatus;
    expect(done).toMatchObject({ status: "completed", progress: { done: 3, total: 3 }, included: 3, missing: [] });
    const response = await download(new Request("http://localhost/x", { headers: { authorization: `Bearer ${exportToken}` } }), {
      params: Promise.resolve({ id: String(id) }),
    });
    expect(response.headers.get("content-type")).toBe("application/zip");
    const files = unzipEntries(Buffer.from(await response.arrayBuffer()));
    expect(files.map((f) => f.name).sort()).toEqual([
      "丙模具有限公司-数字化诊断报告-v1.pdf",
      "乙电子有限公司-数字化诊断报告-v1.pdf",
      "甲机械有限公司-数字化诊断报告-v1.pdf",
    ]);
    for (const f of files) expect(f.data.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("names the item at fault: a wrong token (404), a draft (409), another portal (400)", async () => {
    const ok = await assessment("丁公司");
    const wrong = await call(startExport, { method: "POST", body: { items: [ok, { id: ok.id, token: "z".repeat(43) }] } });
    expect(wrong.status).toBe(404);
    expect(fields(wrong.body)).toEqual(["items.1.token"]);
    const draft = await assessment("戊公司", "zhengzhou", false);
    const notSubmitted = await call(startExport, { method: "POST", body: { items: [ok, draft] } });
    expect(notSubmitted.status).toBe(409);
    expect(fields(notSubmitted.body)).toEqual(["items.1"]);
    const elsewhere = await assessment("己公司", "taiyuan");
    const mixed = await call(startExport, { method: "POST", body: { items: [ok, elsewhere] } });
    expect(mixed.status).toBe(400);
    expect(fields(mixed.body)).toEqual(["items"]);
    const empty = await call(startExport, { method: "POST", body: { items: [] } });
    expect(fields(empty.body)).toEqual(["items"]);
  });

  it("keeps an export to whoever holds its secret", async () => {
    const a = await assessment("庚公司");
    const started = (await call(startExport, { method: "POST", body: { items: [a] } })).body as { id: number; exportToken: string };
    expect((await call(status, { id: String(started.id), token: "q".repeat(43) })).status).toBe(404);
    expect((await call(status, { id: "999999", token: started.exportToken })).status).toBe(404);
    expect((await call(status, { id: String(started.id) })).status).toBe(401);
  });

  // Last: stops the file's worker, so that nothing completes behind the test's back.
  it("never waits in a slot for reports still being written, and limits exports per requester", async () => {
    await worker.stop();
    const { db } = await database();
    const a = await assessment("辛公司"); // its report is queued: no worker writes it now
    const first = (await call(startExport, { method: "POST", body: { items: [a] } })).body as { id: number };
    const [row] = await db.select().from(jobs).where(eq(jobs.id, first.id));
    const job = { id: row!.id, kind: row!.kind, payload: row!.payload as Record<string, unknown>, attempts: 1, maxAttempts: 2, tenantId: row!.tenantId };
    const waited = await exportJobHandler()
      .run(db, job)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(waited).toBeInstanceOf(RunLater);
    expect((waited as RunLater).countsAsAttempt).toBe(false);
    const [after] = await db.select({ progress: jobs.progress }).from(jobs).where(eq(jobs.id, first.id));
    expect(after?.progress?.message).toMatch(/waiting for 1 report/);
    // Three exports of one requester may wait at once; the fourth is refused with the reason.
    for (let i = 0; i < 2; i++) expect((await call(startExport, { method: "POST", body: { items: [a] } })).status).toBe(202);
    const refused = await call(startExport, { method: "POST", body: { items: [a] } });
    expect(refused.status).toBe(429);
    expect(fields(refused.body)).toEqual(["exports"]);
    // Another requester is not held up by them.
    const b = await assessment("壬公司");
    expect((await call(startExport, { method: "POST", body: { items: [b] } })).status).toBe(202);
  });
});
