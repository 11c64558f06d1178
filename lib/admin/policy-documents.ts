import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { policyEntry } from "@/db/catalogue/policies";
import { policies, policyDocuments, storedFiles } from "@/db/schema";
import { audit } from "@/lib/shared/audit";
import { tenantFor } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, isAppError, textIn } from "@/lib/errors";
import type { Localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { extractPdfTextIsolated, extractPlainText, ocrPdfIsolated } from "@/lib/files/extract-text";
import { OCR_LIMITS, tooManyScanPages } from "@/lib/files/ocr-limits";
import { documentTitle } from "@/lib/files/normalise-text";
import { safeFileName, sniffType } from "@/lib/files/sniff";
import { storeFile } from "@/lib/files/store";
import type { Upload } from "@/lib/http/upload";
import { enqueueJob, payloadOf } from "@/lib/jobs/define";
import { policyDocumentJob } from "@/lib/jobs/definitions";
import type { JobHandler } from "@/lib/jobs/worker";
import { LlmUnavailableError, type ChatTurn, type StructuredModel } from "@/lib/llm/structured";
import { MAX_DOCUMENT_CHARS, POLICY_PROMPT_VERSION, POLICY_SYSTEM_PROMPT, policyProposal, policyUserPrompt } from "@/prompts/policy-document";
import { createEntry } from "./catalogue";
import { blankEntry, proposalToEntry } from "./policy-proposal";

/**
 * 文档解读: upload a policy document (PDF or text), extract its text at once, and — when a model is
 * configured — let a background job propose the structured policy. Nothing goes live until an
 * administrator saves the reviewed entry.
 */

export const POLICY_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

type Status = "reading" | "extracted" | "proposing" | "proposed" | "applied";

export interface PolicyDocumentView {
  id: string;
  fileName: string;
  status: Status;
  text: string;
  /** The text was read from a scan by OCR (it may hold recognition errors); with its mean confidence. */
  ocr: { confidence: number | null } | null;
  truncated: boolean;
  /** The draft entry to review: the model's proposal, or a blank form. */
  draft: Record<string, unknown>;
  /** What the check against the document removed from the proposal, and model errors. */
  notes: string[];
  error: string | null;
  policyCode: string | null;
  createdAt: string;
}

const documentId = (id: string) => `doc-${id.slice(0, 8)}`;

/** jsonb keeps keys in its own order; the editor shows them in the schema's (title first). */
function inSchemaOrder(entry: unknown): Record<string, unknown> {
  const parsed = policyEntry.safeParse(entry);
  return (parsed.success ? parsed.data : entry) as Record<string, unknown>;
}

export async function uploadPolicyDocument(
  db: Db,
  actor: Actor,
  slug: string,
  upload: Upload,
  modelConfigured: boolean,
): Promise<{ id: string; status: Status }> {
  const tenant = await tenantFor(db, actor, slug, "policy_document.interpret");
  const type = sniffType(upload.bytes);
  if (type !== "application/pdf" && type !== "text/plain")
    throw AppError.validation([
      { field: "file", message: { "zh-CN": "请以 PDF 或 UTF-8 文本文件上传政策", en: "upload the policy as a PDF or a UTF-8 text file" } },
    ]);
  const extracted = type === "application/pdf" ? await extractPdfTextIsolated(upload.bytes) : extractPlainText(upload.bytes);
  // A scan (no text layer) is read by OCR in the document's job: seconds per page, not in this request.
  const scan = extracted.scan === true;
  if (scan && extracted.pages > OCR_LIMITS.maxPages) throw AppError.validation([{ field: "file", message: tooManyScanPages(extracted.pages) }]);
  const fileName = safeFileName(upload.name, type === "application/pdf" ? "policy.pdf" : "policy.txt");
  const file = await storeFile(db, {
    tenantId: tenant.id,
    purpose: "policy_document",
    fileName,
    mimeType: type,
    bytes: upload.bytes,
    uploadedBy: actor.userId,
  });
  const status: Status = scan ? "reading" : modelConfigured ? "proposing" : "extracted";
  const [row] = await db
    .insert(policyDocuments)
    .values({
      tenantId: tenant.id,
      fileId: file.id,
      extractedText: scan ? null : extracted.text,
      textSource: scan ? "ocr" : "text",
      status,
      uploadedBy: actor.userId,
    })
    .returning({ id: policyDocuments.id });
  if (!row) throw new Error("policy document insert returned nothing");
  if (scan || modelConfigured) await enqueueJob(db, policyDocumentJob, { documentId: row.id }, { tenantId: tenant.id });
  await audit(db, {
    tenantId: tenant.id,
    actorUserId: actor.userId,
    action: "policy_document.uploaded",
    targetType: "policy_document",
    targetId: row.id,
    details: { fileName, pages: extracted.pages, chars: extracted.text.length, scan },
  });
  return { id: row.id, status };
}

export async function listPolicyDocuments(db: Db, actor: Actor, slug: string) {
  const tenant = await tenantFor(db, actor, slug, "policy_document.interpret");
  const rows = await db
    .select({ id: policyDocuments.id, status: policyDocuments.status, fileName: storedFiles.fileName, createdAt: policyDocuments.createdAt })
    .from(policyDocuments)
    .innerJoin(storedFiles, eq(storedFiles.id, policyDocuments.fileId))
    .where(eq(policyDocuments.tenantId, tenant.id))
    .orderBy(desc(policyDocuments.createdAt))
    .limit(100);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

async function documentRow(db: Db, tenantId: string, id: string) {
  const [row] = z.uuid().safeParse(id).success
    ? await db
        .select({ doc: policyDocuments, fileName: storedFiles.fileName })
        .from(policyDocuments)
        .innerJoin(storedFiles, eq(storedFiles.id, policyDocuments.fileId))
        .where(and(eq(policyDocuments.id, id), eq(policyDocuments.tenantId, tenantId)))
    : [];
  if (!row) throw AppError.notFound("policy document");
  return row;
}

/** Why a document has no draft, stored in both languages (JSON); an older row holds plain text. */
const storedError = z.object({ "zh-CN": z.string(), en: z.string() });
const errorText = (message: Localized) => JSON.stringify(message).slice(0, 2000);
function readError(raw: string | null, locale: Locale): string | null {
  if (!raw) return null;
  try {
    const parsed = storedError.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data[locale];
  } catch {
    /* plain text from before */
  }
  return raw;
}

export async function policyDocumentView(db: Db, actor: Actor, slug: string, id: string, locale: Locale = "zh-CN"): Promise<PolicyDocumentView> {
  const tenant = await tenantFor(db, actor, slug, "policy_document.interpret");
  const { doc, fileName } = await documentRow(db, tenant.id, id);
  const text = doc.extractedText ?? "";
  const proposal = doc.proposal as { entry?: Record<string, unknown>; dropped?: string[] } | null;
  return {
    id: doc.id,
    fileName,
    status: doc.status as Status,
    text,
    ocr: doc.textSource === "ocr" ? { confidence: doc.ocrConfidence } : null,
    truncated: text.length > MAX_DOCUMENT_CHARS,
    draft: inSchemaOrder(proposal?.entry ?? blankEntry(documentId(doc.id), documentTitle(text))),
    notes: proposal?.dropped ?? [],
    error: readError(doc.error, locale),
    policyCode: doc.policyId ? ((proposal?.entry?.id as string | undefined) ?? null) : null,
    createdAt: doc.createdAt.toISOString(),
  };
}

export const applyDocumentRequest = z.object({ entry: z.unknown(), status: z.enum(["draft", "active"]).default("active") }).strict();

/** The reviewed entry goes into the catalogue (as any catalogue edit: validated whole, audited). */
export async function applyPolicyDocument(db: Db, actor: Actor, slug: string, id: string, request: z.infer<typeof applyDocumentRequest>) {
  const tenant = await tenantFor(db, actor, slug, "catalogue.policy.edit");
  const { doc } = await documentRow(db, tenant.id, id);
  if (doc.status === "applied")
    throw new AppError(
      "conflict",
      { "zh-CN": "status：该文件已收入政策目录，请在目录中编辑这条政策", en: "status: this document is already in the catalogue; edit the policy there" },
      { issues: [{ field: "status", message: { "zh-CN": "已收入目录", en: "applied" } }] },
    );
  const { code } = await createEntry(db, actor, slug, "policy", { entry: request.entry, status: request.status });
  const [policy] = await db
    .select({ id: policies.id })
    .from(policies)
    .where(and(eq(policies.tenantId, tenant.id), eq(policies.code, code)));
  await db
    .update(policyDocuments)
    .set({
      status: "applied",
      policyId: policy?.id ?? null,
      proposal: { ...(doc.proposal ?? {}), entry: request.entry as Record<string, unknown> },
      updatedAt: new Date(),
    })
    .where(eq(policyDocuments.id, doc.id));
  return { code };
}

type DocumentRow = typeof policyDocuments.$inferSelect;

/** The model could not be reached: the technical reason in English only, for whoever runs the server. */
const modelDown = (reason: string): Localized => ({
  "zh-CN": "大模型暂时无法连接：请对照原文手工填写，或稍后重新上传。",
  en: `the model could not be reached (${reason.slice(0, 300)}): fill in the form by hand`,
});

/**
 * A scan's text by OCR (a heavy-work thread), stored as OCR'd; then on to the model when one is
 * configured. A scan OCR cannot read keeps an empty text and says why: the form is filled by hand.
 */
async function readScan(db: Db, doc: DocumentRow, modelConfigured: boolean): Promise<DocumentRow | undefined> {
  const [file] = await db.select({ bytes: storedFiles.content }).from(storedFiles).where(eq(storedFiles.id, doc.fileId));
  let set: Partial<DocumentRow>;
  try {
    if (!file) throw new Error("the uploaded file is gone");
    const read = await ocrPdfIsolated(file.bytes);
    set = { extractedText: read.text, ocrConfidence: read.confidence, status: modelConfigured ? "proposing" : "extracted", error: null };
  } catch (error) {
    const issue = isAppError(error) ? error.issues[0] : undefined;
    const reason = (locale: Locale) => (issue ? textIn(issue.message, locale) : error instanceof Error ? error.message : String(error)).slice(0, 400);
    set = {
      extractedText: "",
      status: "extracted",
      error: errorText({
        "zh-CN": `文字识别失败：${reason("zh-CN")}；请对照文件手工填写。`,
        en: `text recognition failed: ${reason("en")}; fill in the form from the file by hand.`,
      }),
    };
  }
  const [updated] = await db
    .update(policyDocuments)
    .set({ ...set, updatedAt: new Date() })
    .where(and(eq(policyDocuments.id, doc.id), eq(policyDocuments.status, "reading")))
    .returning();
  return updated;
}

/** Asks the model once (plus one repair turn for malformed output); the result is checked against the text. */
export function policyDocumentJobHandler(model: () => StructuredModel | null): JobHandler {
  return {
    async run(db, job) {
      const { documentId: id } = payloadOf(policyDocumentJob, job);
      let [doc] = await db.select().from(policyDocuments).where(eq(policyDocuments.id, id));
      if (doc?.status === "reading") doc = await readScan(db, doc, model() !== null);
      if (!doc || doc.status !== "proposing") return { skipped: true };
      const llm = model();
      const fail = async (message: Localized) => {
        await db
          .update(policyDocuments)
          .set({ status: "extracted", error: errorText(message), updatedAt: new Date() })
          .where(eq(policyDocuments.id, id));
        return { proposed: false };
      };
      if (!llm) return fail({ "zh-CN": "未配置大模型：请对照原文手工填写。", en: "no language model is configured: fill in the form by hand" });
      const text = doc.extractedText ?? "";
      const messages: ChatTurn[] = [
        { role: "system", content: POLICY_SYSTEM_PROMPT },
        { role: "user", content: policyUserPrompt(text) },
      ];
      // The client already retried the transport with backoff: a model still down is said at once.
      const call = (turns: typeof messages) =>
        llm.call({ schema: policyProposal, name: "policy_proposal", messages: turns }).catch((error: unknown) => {
          if (error instanceof LlmUnavailableError) return error;
          throw error;
        });
      const unreachable = (e: LlmUnavailableError) => fail(modelDown(e.message));
      let outcome = await call(messages);
      if (outcome instanceof LlmUnavailableError) return unreachable(outcome);
      if (!outcome.ok) {
        outcome = await call([
          ...messages,
          { role: "assistant", content: outcome.raw },
          { role: "user", content: `上一次输出不符合格式：${outcome.errors.join("; ")}。请只输出符合格式的结果。` },
        ]);
      }
      if (outcome instanceof LlmUnavailableError) return unreachable(outcome);
      if (!outcome.ok)
        return fail({
          "zh-CN": "大模型两次给出的政策都不符合格式：请对照原文手工填写。",
          en: `the model's answer was not a valid policy twice (${outcome.errors.slice(0, 3).join("; ")}): fill in the form by hand`,
        });
      const { entry, dropped } = proposalToEntry(outcome.value, text, documentId(id));
      await db
        .update(policyDocuments)
        .set({ status: "proposed", proposal: { entry, dropped, model: llm.model, promptVersion: POLICY_PROMPT_VERSION }, error: null, updatedAt: new Date() })
        .where(eq(policyDocuments.id, id));
      return { proposed: true, dropped: dropped.length };
    },
    async onFailed(db, job, error) {
      const parsed = policyDocumentJob.payload.safeParse(job.payload);
      if (!parsed.success) return;
      await db
        .update(policyDocuments)
        .set({ status: "extracted", error: errorText(modelDown(error instanceof Error ? error.message : String(error))), updatedAt: new Date() })
        .where(eq(policyDocuments.id, parsed.data.documentId));
    },
  };
}
