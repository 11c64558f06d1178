import "server-only";
import { and, count, eq, sum } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { projectDocuments, projects, storedFiles } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { safeFileName, sniffType } from "@/lib/files/sniff";
import { storeFile } from "@/lib/files/store";
import type { Upload } from "@/lib/http/upload";
import { atMostChars, issueText, zodText } from "@/lib/i18n/zod";
import { audit } from "@/lib/shared/audit";
import { projectFor } from "./access";
import { DOCUMENT_SLOTS } from "./pack-data";
import type { ProjectState } from "./workflow";

/** A project's files (the signed contract, invoices, delivery records): typed by content, limited in size and number. */
export const DOCUMENT_LIMITS = { maxFileBytes: 10 * 1024 * 1024, maxFiles: 30, maxTotalBytes: 100 * 1024 * 1024 } as const;
const DOCUMENT_TYPES = ["application/pdf", "image/png", "image/jpeg", "image/webp"] as const;
/** Files are added until the pack is submitted; while it is reviewed, and after, they stay as submitted. */
const OPEN_STATES: ReadonlySet<ProjectState> = new Set(["draft", "filed", "contracted", "implementing", "completed", "rejected"]);

const fields = z.object({
  slot: z.enum(DOCUMENT_SLOTS, zodText({ "zh-CN": "应为 contract、invoice、delivery 或 other", en: "must be contract, invoice, delivery or other" })),
  label: z.string().trim().max(100, atMostChars(100)).optional(),
});

export interface ProjectDocument {
  id: string;
  slot: string;
  label: string;
  fileName: string;
  sizeBytes: number;
  createdAt: string;
}

const fileIssue = (zh: string, en: string, code: "conflict" | "payload_too_large" | "validation_failed" = "conflict") =>
  new AppError(code, { "zh-CN": `file：${zh}`, en: `file: ${en}` }, { issues: [{ field: "file", message: { "zh-CN": zh, en } }] });

export async function uploadProjectDocument(db: Db, actor: Actor, slug: string, id: string, upload: Upload): Promise<ProjectDocument> {
  const { tenant, project } = await projectFor(db, actor, slug, id, "project.apply");
  const parsed = fields.safeParse(upload.fields);
  if (!parsed.success) throw AppError.validation(parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? "body"), message: issueText(i) })));
  const type = sniffType(upload.bytes);
  if (!type || !(DOCUMENT_TYPES as readonly string[]).includes(type))
    throw fileIssue("只接受 PDF、PNG、JPEG 或 WebP 文件", "only PDF, PNG, JPEG or WebP files are accepted", "validation_failed");
  const fileName = safeFileName(upload.name, "document");
  const row = await db.transaction(async (tx) => {
    // The project row is locked: concurrent uploads queue, so the limits hold and the state is current.
    const [locked] = await tx.select({ status: projects.status }).from(projects).where(eq(projects.id, project.id)).for("no key update");
    if (!locked || !OPEN_STATES.has(locked.status as ProjectState))
      throw new AppError(
        "conflict",
        { "zh-CN": "status：验收材料已提交，项目文件保持提交时的内容", en: "status: the acceptance pack is submitted; the project's files stay as submitted" },
        { issues: [{ field: "status", message: { "zh-CN": "已提交验收", en: "submitted for acceptance" } }] },
      );
    const [totals] = await tx
      .select({ files: count(), bytes: sum(storedFiles.sizeBytes) })
      .from(projectDocuments)
      .innerJoin(storedFiles, eq(storedFiles.id, projectDocuments.fileId))
      .where(eq(projectDocuments.projectId, project.id));
    if ((totals?.files ?? 0) >= DOCUMENT_LIMITS.maxFiles)
      throw fileIssue(`每个项目最多 ${DOCUMENT_LIMITS.maxFiles} 个文件`, `at most ${DOCUMENT_LIMITS.maxFiles} files per project`);
    if (Number(totals?.bytes ?? 0) + upload.bytes.length > DOCUMENT_LIMITS.maxTotalBytes)
      throw fileIssue(`每个项目的文件合计不能超过 100 MB`, `a project's files are limited to 100 MB in total`, "payload_too_large");
    const stored = await storeFile(tx, {
      tenantId: tenant.id,
      purpose: "project_document",
      fileName,
      mimeType: type,
      bytes: upload.bytes,
      uploadedBy: actor.userId,
    });
    const [doc] = await tx
      .insert(projectDocuments)
      .values({
        projectId: project.id,
        tenantId: tenant.id,
        stage: parsed.data.slot,
        label: parsed.data.label || fileName,
        fileId: stored.id,
        uploadedBy: actor.userId,
      })
      .returning();
    if (!doc) throw new Error("document insert returned nothing");
    await tx.update(projects).set({ updatedAt: new Date() }).where(eq(projects.id, project.id));
    await audit(tx, {
      tenantId: tenant.id,
      actorUserId: actor.userId,
      action: "project.document",
      targetType: "project",
      targetId: project.id,
      details: { slot: parsed.data.slot, fileName, sha256: stored.sha256 },
    });
    return doc;
  });
  return { id: row.id, slot: row.stage, label: row.label, fileName, sizeBytes: upload.bytes.length, createdAt: row.createdAt.toISOString() };
}

export async function listProjectDocuments(db: Db, projectId: string): Promise<ProjectDocument[]> {
  const rows = await db
    .select({
      id: projectDocuments.id,
      slot: projectDocuments.stage,
      label: projectDocuments.label,
      fileName: storedFiles.fileName,
      sizeBytes: storedFiles.sizeBytes,
      createdAt: projectDocuments.createdAt,
    })
    .from(projectDocuments)
    .innerJoin(storedFiles, eq(storedFiles.id, projectDocuments.fileId))
    .where(eq(projectDocuments.projectId, projectId))
    .orderBy(projectDocuments.createdAt);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

async function documentRow(db: Db, projectId: string, documentId: string) {
  if (!z.uuid().safeParse(documentId).success) throw AppError.notFound("document");
  const [row] = await db
    .select({ id: projectDocuments.id, fileId: storedFiles.id, content: storedFiles.content, fileName: storedFiles.fileName, mimeType: storedFiles.mimeType })
    .from(projectDocuments)
    .innerJoin(storedFiles, eq(storedFiles.id, projectDocuments.fileId))
    .where(and(eq(projectDocuments.id, documentId), eq(projectDocuments.projectId, projectId)));
  if (!row) throw AppError.notFound("document");
  return row;
}

/** A project's file, for whoever may read the project (the reviewer opens what was uploaded). */
export async function projectDocumentContent(db: Db, actor: Actor, slug: string, id: string, documentId: string) {
  const { project } = await projectFor(db, actor, slug, id);
  return documentRow(db, project.id, documentId);
}

/** Removes a file uploaded by mistake, while the project's files are still open (not once the pack is submitted). */
export async function deleteProjectDocument(db: Db, actor: Actor, slug: string, id: string, documentId: string): Promise<void> {
  const { tenant, project } = await projectFor(db, actor, slug, id, "project.apply");
  await db.transaction(async (tx) => {
    const [locked] = await tx.select({ status: projects.status }).from(projects).where(eq(projects.id, project.id)).for("no key update");
    if (!locked || !OPEN_STATES.has(locked.status as ProjectState))
      throw new AppError(
        "conflict",
        { "zh-CN": "status：验收材料已提交，项目文件保持提交时的内容", en: "status: the acceptance pack is submitted; the project's files stay as submitted" },
        { issues: [{ field: "status", message: { "zh-CN": "已提交验收", en: "submitted for acceptance" } }] },
      );
    const row = await documentRow(tx, project.id, documentId);
    await tx.delete(storedFiles).where(eq(storedFiles.id, row.fileId));
    await tx.update(projects).set({ updatedAt: new Date() }).where(eq(projects.id, project.id));
    await audit(tx, {
      tenantId: tenant.id,
      actorUserId: actor.userId,
      action: "project.document_deleted",
      targetType: "project",
      targetId: project.id,
      details: { fileName: row.fileName },
    });
  });
}
