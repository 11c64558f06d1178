import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { listCatalogue } from "@/lib/admin/catalogue";
import { applyPolicyDocument, policyDocumentJobHandler, policyDocumentView, uploadPolicyDocument } from "@/lib/admin/policy-documents";
import type { Actor } from "@/lib/auth/permissions";
import { database } from "@/lib/db";
import { POLICY_DOCUMENT_JOB } from "@/lib/jobs/kinds";
import { startWorker, type Worker } from "@/lib/jobs/worker";
import { Limiter } from "@/lib/llm/limiter";
import { createStructuredModel } from "@/lib/llm/structured";
import { demoActor, useAppDatabase, outcomeCode } from "../support/app-database";
import { startFakeLlm, type FakeLlm, type FakeReply } from "../support/fake-llm";
import { policyProposalReply } from "../support/fake-policy";
import { scannedPdf, scannedTextPdf, textPdf } from "../support/test-pdfs";

/** 文档解读: upload, extract, the model's proposal checked against the document, review, into the catalogue. */

const DOC = [
  "郑州市中小企业数字化改造专项补助实施细则（测试）",
  "第一条 在本市注册、完成数字化改造的中小企业，改造后数字化水平达到二级及以上的，予以补助。",
  "第二条 按照改造实际投入的 30% 给予补助，单户最高不超过50万元。",
  "第三条 申报材料包括申请表、改造合同和发票。",
];

let cleanup: () => Promise<void>;
let admin: Actor;
let fake: FakeLlm;
let worker: Worker;
let reply: (req: Parameters<typeof policyProposalReply>[0]) => FakeReply = policyProposalReply;

beforeAll(async () => {
  cleanup = await useAppDatabase({ demo: true });
  const { db } = await database();
  admin = await demoActor(db, "tenant_admin");
  fake = await startFakeLlm((req) => reply(req));
  const model = createStructuredModel(
    {
      baseUrl: fake.url,
      apiKey: "test",
      model: "fake-model",
      method: "functionCalling",
      timeoutMs: 2000,
      maxRetries: 1,
      retryBaseMs: 1,
      concurrency: 2,
      temperature: 0,
    },
    new Limiter(2),
  );
  worker = startWorker(db, { [POLICY_DOCUMENT_JOB]: policyDocumentJobHandler(() => model) }, { soleWorker: true, pollMs: 50 });
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await fake?.close();
  await cleanup?.();
});

const upload = async (name: string, bytes: Buffer, model: boolean) =>
  uploadPolicyDocument((await database()).db, admin, "zhengzhou", { name, bytes, fields: {} }, model);

describe("policy documents", () => {
  it("without a model: extracts the Chinese text of a PDF and offers a blank form; the reviewed entry goes live and is audited", async () => {
    const { db } = await database();
    const created = await upload("细则.pdf", await textPdf(DOC), false);
    expect(created.status).toBe("extracted");
    const view = await policyDocumentView(db, admin, "zhengzhou", created.id);
    expect(view.text).toContain("按照改造实际投入的 30% 给予补助");
    expect(view.draft).toMatchObject({ id: `doc-${created.id.slice(0, 8)}`, title: DOC[0], percent: { value: null, clause: null } });
    const entry = {
      ...view.draft,
      percent: { value: 30, clause: { quote: "按照改造实际投入的 30% 给予补助", source: null, confidence: "H" } },
    };
    expect(await applyPolicyDocument(db, admin, "zhengzhou", created.id, { entry, status: "active" })).toEqual({ code: view.draft.id });
    const catalogue = await listCatalogue(db, admin, "zhengzhou", "policy");
    expect(catalogue.find((p) => p.code === view.draft.id)).toMatchObject({ own: true, status: "active", title: DOC[0] });
    expect((await policyDocumentView(db, admin, "zhengzhou", created.id)).status).toBe("applied");
    expect(await outcomeCode(applyPolicyDocument(db, admin, "zhengzhou", created.id, { entry, status: "active" }))).toBe("conflict");
    const actions = (await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.actorUserId, admin.userId))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["policy_document.uploaded", "catalogue.policy_created"]));
  });

  it("with a model: keeps the conditions whose quotes are in the document and drops an invented cap, saying so", async () => {
    const { db } = await database();
    const created = await upload("细则.txt", Buffer.from(DOC.join("\n")), true);
    expect(created.status).toBe("proposing");
    worker.kick();
    await worker.idle();
    const view = await policyDocumentView(db, admin, "zhengzhou", created.id);
    expect(view.status).toBe("proposed");
    expect(view.draft).toMatchObject({
      title: DOC[0],
      percent: { value: 30, clause: { quote: DOC[2], confidence: "M" } },
      levelAfter: { value: { min: 2 }, clause: { quote: DOC[1] } },
      cap: { value: null, clause: null },
    });
    expect(view.notes).toEqual(["cap: the quoted words are not in the document; left empty"]);
    const request = fake.requests.at(-1)!;
    expect(request.toolName).toBe("policy_proposal");
    expect(request.messages[1]?.content).toContain("<policy_document>");
  });

  it("a model that is down leaves the text and a blank form, with the reason", async () => {
    const { db } = await database();
    reply = () => ({ status: 500 });
    try {
      const created = await upload("细则.txt", Buffer.from(DOC.join("\n")), true);
      worker.kick();
      await worker.idle();
      const view = await policyDocumentView(db, admin, "zhengzhou", created.id);
      expect(view.status).toBe("extracted");
      expect(view.error).toBe("大模型暂时无法连接：请对照原文手工填写，或稍后重新上传。");
      expect((await policyDocumentView(db, admin, "zhengzhou", created.id, "en")).error).toMatch(/could not be reached .*fill in the form by hand/);
      expect(view.text).toContain(DOC[2]);
    } finally {
      reply = policyProposalReply;
    }
  });

  it("says clearly what is wrong with a scan, a damaged PDF, an empty text or another kind of file", async () => {
    const message = async (name: string, bytes: Buffer) =>
      upload(name, bytes, false).then(
        () => "accepted",
        (e: Error) => e.message,
      );
    // A scan is accepted and read by OCR in its job; one of more pages than OCR reads is refused at once.
    expect(await message("scan.pdf", await scannedPdf())).toBe("accepted");
    expect(await message("broken.pdf", Buffer.from("%PDF-1.7\nthis is not really a pdf"))).toMatch(/damaged or not a PDF/);
    expect(await message("empty.txt", Buffer.from("   \n  "))).toMatch(/not.*PDF|empty/);
    expect(await message("archive.zip", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toMatch(/PDF or a UTF-8 text file/);
  });

  it("reads a scanned PDF by OCR in its job: the text is marked as OCR'd, then the model drafts from it", async () => {
    const { db } = await database();
    const created = await upload("扫描件.pdf", await scannedTextPdf(DOC), true);
    expect(created.status).toBe("reading");
    const before = await policyDocumentView(db, admin, "zhengzhou", created.id);
    expect(before).toMatchObject({ status: "reading", text: "", ocr: { confidence: null } });
    worker.kick();
    for (let i = 0; i < 600; i++) {
      const v = await policyDocumentView(db, admin, "zhengzhou", created.id);
      if (v.status !== "reading" && v.status !== "proposing") break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const view = await policyDocumentView(db, admin, "zhengzhou", created.id);
    expect(view.status).toBe("proposed");
    // Printed Chinese read back: the title and the subsidy clause, figures included.
    expect(view.text).toContain("郑州市中小企业数字化改造专项补助实施细则");
    expect(view.text.replace(/\s/g, "")).toContain("按照改造实际投入的30%给予补助");
    expect(view.text).toContain("50万元");
    expect(view.ocr?.confidence).toBeGreaterThan(0.9);
  }, 120_000);

  it("a scan OCR finds no text in keeps the document, with an empty text and the reason, for the form by hand", async () => {
    const { db } = await database();
    const created = await upload("blank-scan.pdf", await scannedPdf(), false);
    expect(created.status).toBe("reading");
    worker.kick();
    for (let i = 0; i < 600; i++) {
      if ((await policyDocumentView(db, admin, "zhengzhou", created.id)).status !== "reading") break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const view = await policyDocumentView(db, admin, "zhengzhou", created.id);
    expect(view).toMatchObject({ status: "extracted", text: "", ocr: { confidence: null } });
    expect(view.error).toMatch(/文字识别失败.*没有找到文字.*手工填写/);
  }, 120_000);
});
