import "server-only";
import { and, count, eq, sum } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { assessmentFiles, assessments, storedFiles } from "@/db/schema";
import { audit } from "@/lib/shared/audit";
import { AppError } from "@/lib/errors";
import { safeFileName, sniffType } from "@/lib/files/sniff";
import { storeFile } from "@/lib/files/store";
import type { Upload } from "@/lib/http/upload";
import { getTemplate } from "@/scoring";
import { isProjectAfterAssessment } from "@/lib/projects/links";
import { authorise, notFound, type AuthorisedAssessment, type Caller } from "./access";
import { atMostChars, issueText, zodText } from "@/lib/i18n/zod";

/**
 * Evidence a consultant collects on site (photos of the shop floor, system screenshots, contracts),
 * attached to a question and listed in the report's appendix. Type by content, size and count limited.
 */

export const EVIDENCE_LIMITS = { maxFileBytes: 10 * 1024 * 1024, maxFiles: 30, maxTotalBytes: 100 * 1024 * 1024 } as const;
export const EVIDENCE_TYPES = ["application/pdf", "image/png", "image/jpeg", "image/webp"] as const;

const evidenceFields = z.object({
  questionCode: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, zodText({ "zh-CN": "应为题目或场景代码", en: "must be a question or scene code" })),
  caption: z.string().trim().max(200, atMostChars(200)).optional(),
});

/** Evidence is collected during the visit; once submitted, the appendix stays as the report saw it. */
function frozen(): AppError {
  return new AppError(
    "conflict",
    {
      "zh-CN": "status：评测已提交，佐证材料保持提交时的内容（如需补充，请发起复评）",
      en: "status: the assessment is submitted; its evidence stays as it was (start a reassessment to add more)",
    },
    { issues: [{ field: "status", message: { "zh-CN": "已提交", en: "submitted" } }] },
  );
}

export interface EvidenceFile {
  id: string;
  questionCode: string;
  caption: string | null;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: string;
}

/**
 * Who may attach files: a consultant to their visit; the firm (its account or its resume link) only to
 * the re-assessment of its transformation project, where the acceptance pack needs the evidence.
 */
export async function authoriseUpload(db: Db, id: string, caller: Caller): Promise<AuthorisedAssessment> {
  const key = await authorise(db, id, caller, "evidence.upload");
  if (key.relation === "token" || key.relation === "owner") {
    const [row] = await db
      .select({ forProject: isProjectAfterAssessment(assessments.id) })
      .from(assessments)
      .where(eq(assessments.id, key.id));
    if (!row?.forProject) throw notFound();
  }
  return key;
}

export async function uploadEvidence(db: Db, id: string, caller: Caller, upload: Upload): Promise<EvidenceFile> {
  const key = await authoriseUpload(db, id, caller);
  if (key.status === "submitted") throw frozen();
  const fields = evidenceFields.safeParse(upload.fields);
  if (!fields.success) throw AppError.validation(fields.error.issues.map((i) => ({ field: String(i.path[0] ?? "body"), message: issueText(i) })));
  const t = getTemplate(key.templateId);
  if (!t.questionByCode.has(fields.data.questionCode) && !t.sceneByCode.has(fields.data.questionCode)) {
    throw AppError.validation([
      {
        field: "questionCode",
        message: { "zh-CN": `本评测中没有题目或场景 ${fields.data.questionCode}`, en: `no question or scene ${fields.data.questionCode} in this assessment` },
      },
    ]);
  }
  const type = sniffType(upload.bytes);
  if (!type || !(EVIDENCE_TYPES as readonly string[]).includes(type)) {
    throw new AppError(
      "validation_failed",
      { "zh-CN": "file：佐证材料只接受 PDF、PNG、JPEG 或 WebP 文件", en: "file: only PDF, PNG, JPEG or WebP files are accepted as evidence" },
      { issues: [{ field: "file", message: { "zh-CN": "不接受该文件类型（可用 PDF、PNG、JPEG、WebP）", en: "type not accepted (PDF, PNG, JPEG, WebP)" } }] },
    );
  }
  const fileName = safeFileName(upload.name, "evidence");
  const actorId = typeof caller === "string" ? null : caller.actor.userId;
  // One transaction that locks the assessment, counts and inserts: concurrent uploads to one assessment
  // queue on the lock, so the limits hold (they were checked outside and raced: 45 files against 30),
  // and the file, its link and the audit entry are stored together or not at all (no orphaned file).
  const row = await db.transaction(async (tx) => {
    const [locked] = await tx.select({ status: assessments.status }).from(assessments).where(eq(assessments.id, key.id)).for("no key update");
    if (!locked) throw AppError.notFound("assessment");
    if (locked.status === "submitted") throw frozen();
    const [totals] = await tx
      .select({ files: count(), bytes: sum(storedFiles.sizeBytes) })
      .from(assessmentFiles)
      .innerJoin(storedFiles, eq(storedFiles.id, assessmentFiles.fileId))
      .where(eq(assessmentFiles.assessmentId, key.id));
    checkLimits(totals?.files ?? 0, Number(totals?.bytes ?? 0), upload.bytes.length);
    const stored = await storeFile(tx, { tenantId: key.tenantId, purpose: "evidence", fileName, mimeType: type, bytes: upload.bytes, uploadedBy: actorId });
    const [link] = await tx
      .insert(assessmentFiles)
      .values({ tenantId: key.tenantId, assessmentId: key.id, questionCode: fields.data.questionCode, fileId: stored.id, caption: fields.data.caption || null })
      .returning({ id: assessmentFiles.id, createdAt: assessmentFiles.createdAt });
    if (!link) throw new Error("evidence insert returned nothing");
    await audit(tx, {
      tenantId: key.tenantId,
      actorUserId: actorId,
      action: "evidence.uploaded",
      targetType: "assessment",
      targetId: key.id,
      details: { fileName, questionCode: fields.data.questionCode, sha256: stored.sha256 },
    });
    return link;
  });
  return {
    id: row.id,
    questionCode: fields.data.questionCode,
    caption: fields.data.caption || null,
    fileName,
    mimeType: type,
    sizeBytes: upload.bytes.length,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Refuses a file that would take the assessment past a limit, naming the limit. */
function checkLimits(files: number, bytes: number, adding: number): void {
  if (files >= EVIDENCE_LIMITS.maxFiles) {
    throw new AppError(
      "conflict",
      { "zh-CN": `file：每份评测最多 ${EVIDENCE_LIMITS.maxFiles} 个佐证文件`, en: `file: at most ${EVIDENCE_LIMITS.maxFiles} evidence files per assessment` },
      {
        issues: [
          { field: "file", message: { "zh-CN": `已达到 ${EVIDENCE_LIMITS.maxFiles} 个文件的上限`, en: `limit of ${EVIDENCE_LIMITS.maxFiles} files reached` } },
        ],
      },
    );
  }
  if (bytes + adding > EVIDENCE_LIMITS.maxTotalBytes) {
    const mb = EVIDENCE_LIMITS.maxTotalBytes / 1024 / 1024;
    throw new AppError(
      "payload_too_large",
      { "zh-CN": `file：每份评测的佐证材料合计不能超过 ${mb} MB`, en: `file: the evidence of one assessment is limited to ${mb} MB` },
      { issues: [{ field: "file", message: { "zh-CN": `已达到每份评测 ${mb} MB 的上限`, en: `limit of ${mb} MB per assessment reached` } }] },
    );
  }
}

export async function listEvidence(db: Db, id: string, caller: Caller): Promise<EvidenceFile[]> {
  const key = await authorise(db, id, caller, "evidence.read");
  const rows = await db
    .select({
      id: assessmentFiles.id,
      questionCode: assessmentFiles.questionCode,
      caption: assessmentFiles.caption,
      fileName: storedFiles.fileName,
      mimeType: storedFiles.mimeType,
      sizeBytes: storedFiles.sizeBytes,
      createdAt: assessmentFiles.createdAt,
    })
    .from(assessmentFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, assessmentFiles.fileId))
    .where(and(eq(assessmentFiles.assessmentId, key.id), eq(assessmentFiles.tenantId, key.tenantId)))
    .orderBy(assessmentFiles.questionCode, assessmentFiles.createdAt);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

async function evidenceRow(db: Db, assessmentId: string, tenantId: string, fileId: string) {
  if (!z.uuid().safeParse(fileId).success) throw AppError.notFound("evidence file");
  const [row] = await db
    .select({
      linkId: assessmentFiles.id,
      fileId: storedFiles.id,
      content: storedFiles.content,
      fileName: storedFiles.fileName,
      mimeType: storedFiles.mimeType,
    })
    .from(assessmentFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, assessmentFiles.fileId))
    .where(and(eq(assessmentFiles.id, fileId), eq(assessmentFiles.assessmentId, assessmentId), eq(assessmentFiles.tenantId, tenantId)));
  if (!row) throw AppError.notFound("evidence file");
  return row;
}

export async function evidenceContent(db: Db, id: string, fileId: string, caller: Caller) {
  const key = await authorise(db, id, caller, "evidence.read");
  return evidenceRow(db, key.id, key.tenantId, fileId);
}

export async function deleteEvidence(db: Db, id: string, fileId: string, caller: Caller): Promise<void> {
  const key = await authoriseUpload(db, id, caller);
  if (key.status === "submitted") throw frozen();
  const row = await evidenceRow(db, key.id, key.tenantId, fileId);
  await db.delete(storedFiles).where(eq(storedFiles.id, row.fileId));
  await audit(db, {
    tenantId: key.tenantId,
    actorUserId: typeof caller === "string" ? null : caller.actor.userId,
    action: "evidence.deleted",
    targetType: "assessment",
    targetId: key.id,
    details: { fileName: row.fileName },
  });
}
