import { deflateSync } from "node:zlib";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getPdf } from "@/app/api/assessments/[id]/report/pdf/route";
import { GET as getReport } from "@/app/api/assessments/[id]/report/route";
import { POST as saveVersion } from "@/app/api/assessments/[id]/report/versions/route";
import { POST as submit } from "@/app/api/assessments/[id]/submit/route";
import { PATCH as patch } from "@/app/api/assessments/[id]/route";
import { POST as create } from "@/app/api/assessments/route";
import { GET as health } from "@/app/api/health/route";
import { crc32 } from "@/lib/pdf/zip";
import { uploadPolicyDocument } from "@/lib/admin/policy-documents";
import { uploadLogo } from "@/lib/admin/settings";
import type { Actor } from "@/lib/auth/permissions";
import { database } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { extractPdfTextIsolated } from "@/lib/files/extract-text";
import { REPORT_JOB } from "@/lib/jobs/kinds";
import { startWorker, type Worker } from "@/lib/jobs/worker";
import { reportJobHandler } from "@/lib/reports/job";
import type { ReportView } from "@/lib/reports/service";
import { call } from "../support/api";
import { demoActor, useAppDatabase } from "../support/app-database";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";
import { bombPdf, manyPagesPdf } from "../support/test-pdfs";

/** Issue 15, denial of service: pathological reports, logo bombs and PDF bombs never stall the server. */

let cleanup: () => Promise<void>;
let worker: Worker | undefined;
let admin: Actor;
let assessment: { id: string; resumeToken: string };

/** A 10000×10000 grey PNG: ~100 KB on disk, 100 MB once decoded. */
function pngBomb(side = 10_000): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const idat = deflateSync(Buffer.alloc(side * (side + 1)), { level: 9 });
  return Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), chunk("IHDR", ihdr), chunk("IDAT", idat), chunk("IEND", Buffer.alloc(0))]);
}

async function failure(p: Promise<unknown>): Promise<AppError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  cleanup = await useAppDatabase({ demo: true });
  const { db } = await database();
  admin = await demoActor(db, "tenant_admin");
  const r = await call(create, { method: "POST", body: { enterprise: ZHENGZHOU_ENTERPRISE, tenant: "zhengzhou", language: "zh-CN" } });
  assessment = r.body as { id: string; resumeToken: string };
  await call(patch, { method: "PATCH", id: assessment.id, token: assessment.resumeToken, body: { answers: COMPLETE_MANUFACTURING } });
  await call(submit, { method: "POST", id: assessment.id, token: assessment.resumeToken, body: { pledge: true } });
  worker = startWorker(db, { [REPORT_JOB]: reportJobHandler(() => null) }, { soleWorker: true, pollMs: 50 });
  for (let i = 0; i < 200; i++) {
    const view = (await call(getReport, { id: assessment.id, token: assessment.resumeToken })).body as unknown as ReportView;
    if (view.status === "ready") break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await worker.stop();
}, 120_000);

afterAll(async () => {
  await cleanup();
});

describe("heavy work", () => {
  it("an edited report is cleaned of zero-width and control characters before it is saved", async () => {
    const view = (await call(getReport, { id: assessment.id, token: assessment.resumeToken })).body as unknown as ReportView;
    const key = view.sections[0]!.key;
    // 16k invisible characters in one paragraph: counted after cleaning, so within its 4000 characters.
    const zw = "\u200b".repeat(16_000);
    const saved = await call(saveVersion, {
      method: "POST",
      id: assessment.id,
      token: assessment.resumeToken,
      body: { basedOn: view.version, sections: { [key]: { headline: "标题\u200b\u202e", paragraphs: [`正文\u0000${zw}结束`], bullets: [] } } },
    });
    expect(saved.status).toBe(201);
    const after = (await call(getReport, { id: assessment.id, token: assessment.resumeToken })).body as unknown as ReportView;
    const section = after.sections.find((s) => s.key === key)!;
    expect(section.content?.headline).toBe("标题");
    expect(section.content?.paragraphs).toEqual(["正文结束"]);
  });

  it("a PDF bomb and a 3,000-page PDF stop at a named limit, in a worker", async () => {
    const time = await failure(extractPdfTextIsolated(bombPdf(100), { maxPages: 500, maxChars: 2_000_000, timeoutMs: 2_000 }));
    expect(time.issues[0]).toMatchObject({ field: "file" });
    expect(time.message).toMatch(/limit: time/);
    const pages = await failure(
      uploadPolicyDocument((await database()).db, admin, "zhengzhou", { name: "many.pdf", bytes: manyPagesPdf(3_000), fields: {} }, false),
    );
    expect(pages.message).toMatch(/3000 pages.*limit: pages/);
  }, 60_000);

  it("a logo of 10000×10000 pixels is refused from its header, before decoding", async () => {
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(512 * 1024);
    const error = await failure(uploadLogo((await database()).db, admin, "zhengzhou", { name: "logo.png", bytes: bomb, fields: {} }));
    expect(error.issues[0]?.field).toBe("file");
    expect(error.message).toContain("10000×10000");
  });

  it("/api/health answers within 200 ms while a pathological report renders, a PDF bomb is read and a logo bomb is refused", async () => {
    // The worst report an edit may save: every paragraph one unbreakable run (64 KB body limit).
    const view = (await call(getReport, { id: assessment.id, token: assessment.resumeToken })).body as unknown as ReportView;
    const sections = Object.fromEntries(
      view.sections.slice(0, 1).map((s) => [s.key, { headline: "x".repeat(300), paragraphs: Array.from({ length: 12 }, () => "x".repeat(4000)), bullets: [] }]),
    );
    expect(
      (await call(saveVersion, { method: "POST", id: assessment.id, token: assessment.resumeToken, body: { basedOn: view.version, sections } })).status,
    ).toBe(201);

    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const pdf = getPdf(new Request("http://localhost/api/x?lang=zh-CN", { headers: { authorization: `Bearer ${assessment.resumeToken}` } }), {
      params: Promise.resolve({ id: assessment.id }),
    });
    const bomb = failure(extractPdfTextIsolated(bombPdf(100), { maxPages: 500, maxChars: 2_000_000, timeoutMs: 4_000 }));
    const logo = failure(uploadLogo((await database()).db, admin, "zhengzhou", { name: "logo.png", bytes: pngBomb(), fields: {} }));
    const answers: number[] = [];
    for (let i = 0; i < 10; i++) {
      const started = performance.now();
      const response = await health();
      answers.push(performance.now() - started);
      expect(response.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const [rendered, bombError, logoError] = await Promise.all([pdf, bomb, logo]);
    delay.disable();
    expect(rendered.status).toBe(200);
    expect(
      Buffer.from(await rendered.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect(bombError.message).toMatch(/limit: time/);
    expect(logoError.issues[0]?.field).toBe("file");
    expect(Math.max(...answers)).toBeLessThan(200);
    expect(delay.max / 1e6).toBeLessThan(200);
  }, 60_000);
});
