import "server-only";
import { createHash } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { reports, storedFiles } from "@/db/schema";
import { authorise, sameHash } from "@/lib/assessments/access";
import type { Actor } from "@/lib/auth/permissions";
import { hashToken, newResumeToken } from "@/lib/shared/tokens";
import { AppError, type FieldIssue } from "@/lib/errors";
import { isoDay } from "@/lib/i18n/figures";
import { translator } from "@/lib/i18n/translate";
import { enqueueJob, payloadOf } from "@/lib/jobs/define";
import { exportJob, exportResult } from "@/lib/jobs/definitions";
import { activeJobs, jobOfKind, setJobProgress, type ClaimedJob } from "@/lib/jobs/queue";
import { RunLater } from "@/lib/jobs/run-later";
import type { JobHandler } from "@/lib/jobs/worker";
import { zip } from "@/lib/pdf/zip";
import { reportPdfFor } from "./pdf";
import { publishedOnly, reportViewFor } from "./service";
import type { Localized } from "@/lib/i18n/localized";
import { zodText } from "@/lib/i18n/zod";

/**
 * Many reports as one zip, made by a background job with progress. The caller proves access to each
 * assessment (its resume token, or a signed-in account with `report.export` on it); the job gets only
 * the assessment ids, and the archive is reached with an export secret returned once. Archives expire
 * after a day.
 */

export const exportRequest = z
  .object({
    language: z.enum(["zh-CN", "en"]).default("zh-CN"),
    items: z
      .array(
        z
          .object({
            id: z.uuid(zodText({ "zh-CN": "应为评测编号", en: "must be an assessment id" })),
            /** Optional when signed in: the account's access is checked instead. */
            token: z
              .string()
              .regex(/^[A-Za-z0-9_-]{20,200}$/, zodText({ "zh-CN": "应为该评测的续答令牌", en: "must be the assessment's resume token" }))
              .optional(),
          })
          .strict(),
      )
      .min(1, zodText({ "zh-CN": "至少一份报告", en: "at least one report" }))
      .max(200, zodText({ "zh-CN": "每次导出最多 200 份报告", en: "at most 200 reports per export" })),
  })
  .strict();

const EXPIRES_MS = 86_400_000;
const WAIT_FOR_REPORTS_MS = 120_000;
/** A job waiting for reports looks again after this long, out of its slot. */
const RECHECK_MS = 3_000;
/** Exports queued or running at once, per requester and per portal. */
export const EXPORT_LIMITS = { perRequester: 3, perTenant: 20 } as const;

async function activeExports(db: Db, tenantId: string, requestedBy: string): Promise<{ mine: number; tenant: number }> {
  const rows = await activeJobs(db, exportJob.kind, tenantId);
  return { mine: rows.filter((r) => r.payload.requestedBy === requestedBy).length, tenant: rows.length };
}

export async function startExport(
  db: Db,
  request: z.infer<typeof exportRequest>,
  actor: Actor | null = null,
): Promise<{ id: number; exportToken: string; total: number }> {
  const issues: FieldIssue[] = [];
  const keys = [];
  for (const [i, item] of request.items.entries()) {
    try {
      const caller = item.token ?? (actor ? { actor } : null);
      if (!caller) throw new Error("no token");
      const key = await authorise(db, item.id, caller, "report.export");
      if (key.status !== "submitted")
        issues.push({
          field: `items.${i}`,
          message: { "zh-CN": "这份评测尚未提交，还没有报告", en: "this assessment is not submitted yet: it has no report" },
        });
      keys.push(key);
    } catch {
      issues.push({ field: `items.${i}.token`, message: { "zh-CN": "找不到与该编号和令牌对应的评测", en: "no assessment for this id and token" } });
    }
  }
  if (issues.some((x) => x.field.endsWith(".token"))) throw new AppError("not_found", issues[0]!.message, { issues });
  if (issues.length > 0) throw new AppError("conflict", AppError.validation(issues).text, { issues });
  const tenantIds = new Set(keys.map((k) => k.tenantId));
  if (tenantIds.size > 1)
    throw AppError.validation([
      { field: "items", message: { "zh-CN": "一次导出的报告必须属于同一个门户", en: "all reports of one export must belong to the same portal" } },
    ]);
  const assessmentIds = [...new Set(keys.map((k) => k.id))];
  const requestedBy = actor ? `user:${actor.userId}` : `assessment:${assessmentIds[0]}`;
  const active = await activeExports(db, keys[0]!.tenantId, requestedBy);
  if (active.mine >= EXPORT_LIMITS.perRequester || active.tenant >= EXPORT_LIMITS.perTenant) {
    const which: Required<Localized> =
      active.mine >= EXPORT_LIMITS.perRequester
        ? { "zh-CN": `您最多 ${EXPORT_LIMITS.perRequester} 个导出`, en: `at most ${EXPORT_LIMITS.perRequester} exports of yours` }
        : { "zh-CN": `本门户最多 ${EXPORT_LIMITS.perTenant} 个导出`, en: `at most ${EXPORT_LIMITS.perTenant} exports in this portal` };
    const text = {
      "zh-CN": `exports：${which["zh-CN"]}同时排队或进行，请先下载或等其中一个完成`,
      en: `exports: ${which.en} may wait or run at once; download or wait for one first`,
    };
    throw new AppError("rate_limited", text, { issues: [{ field: "exports", message: which }] });
  }
  const exportToken = newResumeToken();
  const id = await enqueueJob(
    db,
    exportJob,
    {
      assessmentIds,
      language: request.language,
      tokenHash: hashToken(exportToken),
      publishedOnly: keys.filter((k) => publishedOnly(k)).map((k) => k.id),
      requestedBy,
      waitUntil: Date.now() + WAIT_FOR_REPORTS_MS,
    },
    { tenantId: keys[0]!.tenantId },
  );
  if (id === null) throw new AppError("internal", { "zh-CN": "导出任务未能排队", en: "export job not queued" });
  await setJobProgress(db, id, { done: 0, total: assessmentIds.length });
  return { id, exportToken, total: assessmentIds.length };
}

async function exportById(db: Db, id: string, token: string) {
  const jobId = /^\d{1,15}$/.test(id) ? Number(id) : NaN;
  const job = Number.isFinite(jobId) ? await jobOfKind(db, jobId, exportJob.kind) : undefined;
  const parsed = exportJob.payload.safeParse(job?.payload);
  if (!job || !parsed.success || !sameHash(parsed.data.tokenHash, hashToken(token))) {
    throw new AppError(
      "not_found",
      { "zh-CN": "token：找不到与该编号和令牌对应的导出", en: "token: no export for this id and token" },
      { issues: [{ field: "token", message: { "zh-CN": "对该导出无效", en: "not valid for this export" } }] },
    );
  }
  return job;
}

export interface ExportStatus {
  id: number;
  status: "queued" | "running" | "completed" | "failed" | "cancelled";
  progress: { done: number; total: number; message?: string };
  fileName: string | null;
  sizeBytes: number | null;
  included: number | null;
  missing: string[];
  error: string | null;
}

export async function exportStatus(db: Db, id: string, token: string): Promise<ExportStatus> {
  const job = await exportById(db, id, token);
  const result = exportResult.catch({ missing: [] }).parse(job.result ?? {});
  return {
    id: job.id,
    status: job.status,
    progress: job.progress ?? { done: 0, total: 0 },
    fileName: result.fileName ?? null,
    sizeBytes: result.sizeBytes ?? null,
    included: result.included ?? null,
    missing: result.missing ?? [],
    error: job.status === "failed" ? job.lastError : null,
  };
}

export async function exportArchive(db: Db, id: string, token: string): Promise<{ data: Buffer; fileName: string }> {
  const job = await exportById(db, id, token);
  const fileId = exportResult.safeParse(job.result ?? {}).data?.fileId;
  if (job.status !== "completed" || !fileId || !job.tenantId) {
    throw new AppError(
      "conflict",
      { "zh-CN": "status：导出文件尚未就绪", en: "status: the archive is not ready yet" },
      { issues: [{ field: "status", message: job.status }] },
    );
  }
  const [file] = await db
    .select({ content: storedFiles.content, fileName: storedFiles.fileName, expiresAt: storedFiles.expiresAt })
    .from(storedFiles)
    .where(and(eq(storedFiles.id, fileId), eq(storedFiles.tenantId, job.tenantId)));
  if (!file || (file.expiresAt && file.expiresAt.getTime() < Date.now())) throw AppError.notFound("archive");
  return { data: file.content, fileName: file.fileName };
}

async function setProgress(db: Db, job: ClaimedJob, done: number, total: number, message?: string) {
  await setJobProgress(db, job.id, { done, total, ...(message ? { message } : {}) });
}

export function exportJobHandler(): JobHandler {
  return {
    async run(db, job) {
      const parsed = payloadOf(exportJob, job);
      const { assessmentIds, language, publishedOnly: ownerViews } = parsed;
      const tenantId = job.tenantId;
      if (!tenantId) throw new Error("export job without a tenant");
      const access = (id: string) => ({
        id,
        tenantId,
        relation: ownerViews.includes(id) ? ("owner" as const) : ("token" as const),
        mode: ownerViews.includes(id) ? ("consultant_onsite" as const) : ("self" as const),
      });
      const total = assessmentIds.length;
      // Reports queued by recent submissions may still be being written: wait for them a while, out of
      // the slot (the job reschedules itself), then export what is ready.
      const waitUntil = parsed.waitUntil ?? 0;
      // A report missing in this language is created and queued (idempotent on later runs).
      for (const id of assessmentIds) await reportViewFor(db, access(id), language, { create: true }).catch(() => undefined);
      const states = await db
        .select({ status: reports.status })
        .from(reports)
        .where(and(eq(reports.tenantId, tenantId), eq(reports.language, language), inArray(reports.assessmentId, assessmentIds)));
      const pending = states.filter((s) => s.status === "queued" || s.status === "generating").length;
      if (pending > 0 && Date.now() < waitUntil) {
        const waiting = `waiting for ${pending} ${pending === 1 ? "report" : "reports"} to be written`;
        await setProgress(db, job, 0, total, waiting);
        throw new RunLater(RECHECK_MS, waiting);
      }
      const entries: { name: string; data: Buffer }[] = [];
      const missing: string[] = [];
      const names = new Set<string>();
      for (const [i, id] of assessmentIds.entries()) {
        try {
          const { pdf, fileName } = await reportPdfFor(db, access(id), language);
          let name = fileName;
          for (let n = 2; names.has(name); n++) name = fileName.replace(/\.pdf$/, `-${n}.pdf`);
          names.add(name);
          entries.push({ name, data: pdf });
        } catch (error) {
          missing.push(`${id}: ${error instanceof AppError ? error.messageIn(language) : error instanceof Error ? error.message : String(error)}`);
        }
        await setProgress(db, job, i + 1, total);
      }
      if (missing.length > 0) {
        const t = translator(language);
        entries.push({ name: t("pdf.export.notIncludedFile"), data: Buffer.from(`${t("pdf.export.notIncluded")}\n${missing.join("\n")}\n`, "utf8") });
      }
      const archive = zip(entries);
      const fileName = `${translator(language)("pdf.export.archive")}-${isoDay()}-${entries.length - (missing.length > 0 ? 1 : 0)}.zip`;
      const [file] = await db
        .insert(storedFiles)
        .values({
          tenantId,
          purpose: "export",
          fileName,
          mimeType: "application/zip",
          sizeBytes: archive.length,
          sha256: createHash("sha256").update(archive).digest("hex"),
          content: archive,
          expiresAt: new Date(Date.now() + EXPIRES_MS),
        })
        .returning({ id: storedFiles.id });
      return exportResult.parse({ fileId: file!.id, fileName, sizeBytes: archive.length, included: total - missing.length, missing });
    },
  };
}
