import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  assessmentFiles,
  assessmentResults,
  assessments,
  enterprises,
  projectDocuments,
  projectEvents,
  projectItems,
  projectForms,
  projectMilestones,
  projects,
  storedFiles,
  users,
} from "@/db/schema";
import { storedResult } from "@/lib/assessments/stored-result";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { isoDateTime } from "@/lib/i18n/figures";
import type { Locale } from "@/lib/i18n/locales";
import { firmRegion } from "@/lib/enterprise/regions";
import { isDemoPortal } from "@/lib/reports/pdf";
import { heavyWork, PoolError } from "@/lib/workers/pool";
import { isTemplateId } from "@/scoring";
import { projectFor, type ProjectRow } from "./access";
import { compare, packItems, predictOnSite, SLOT_NAMES, type DocumentSlot, type PackFacts, type PackItem } from "./pack-data";
import type { AcceptancePackInput } from "@/lib/pdf/acceptance-document";
import { toYuan } from "./schemas";
import { STATE_NAMES, type ProjectState } from "./workflow";
import { answeredForms, formAtVersion } from "./form-service";
import { formAnswerLines } from "./forms";

/** How long building the pack (PDF and archive) may take in its worker thread. */
export const PACK_TIMEOUT_MS = 60_000;
/** Files larger in total than this are listed in the manifest but left out of the archive. */
export const PACK_MAX_FILE_BYTES = 150 * 1024 * 1024;

async function facts(db: Db, project: ProjectRow): Promise<PackFacts> {
  const [after, documents, milestones, completed, forms] = await Promise.all([
    project.afterAssessmentId
      ? db
          .select({ status: assessments.status, pledgeAt: assessments.pledgeAcceptedAt, mode: assessments.mode })
          .from(assessments)
          .where(eq(assessments.id, project.afterAssessmentId))
      : Promise.resolve([]),
    db
      .select({ slot: projectDocuments.stage, fileName: storedFiles.fileName })
      .from(projectDocuments)
      .innerJoin(storedFiles, eq(storedFiles.id, projectDocuments.fileId))
      .where(eq(projectDocuments.projectId, project.id))
      .orderBy(asc(projectDocuments.createdAt)),
    db
      .select({ name: projectMilestones.name, due: projectMilestones.due, doneOn: projectMilestones.doneOn })
      .from(projectMilestones)
      .where(eq(projectMilestones.projectId, project.id))
      .orderBy(asc(projectMilestones.position)),
    db
      .select({ at: projectEvents.at, actor: projectEvents.actorUserId, owner: enterprises.ownerUserId })
      .from(projectEvents)
      .innerJoin(projects, eq(projects.id, projectEvents.projectId))
      .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
      .where(and(eq(projectEvents.projectId, project.id), eq(projectEvents.toStatus, "completed")))
      .orderBy(asc(projectEvents.at)),
    answeredForms(db, [project.id]),
  ]);
  const a = after[0];
  return {
    applicationAnswered: !!forms.get(project.id)?.has("acceptance"),
    afterSubmitted: a?.status === "submitted",
    pledgeAt: a?.status === "submitted" && a.pledgeAt ? isoDateTime(a.pledgeAt) : null,
    documents,
    milestones,
    completionReportedAt: completed.at(-1) ? isoDateTime(completed.at(-1)!.at) : null,
    // Reported by someone other than the firm's own account: the provider's side (its consultant).
    completionByProvider: !!completed.at(-1) && completed.at(-1)!.actor !== null && completed.at(-1)!.actor !== completed.at(-1)!.owner,
    afterBy: a ? (a.mode === "consultant_onsite" || a.mode === "consultant_remote" ? "consultant" : "firm") : null,
  };
}

/** The pack's eight items, present or missing: what the firm sees before it applies for acceptance. */
export async function packReadiness(db: Db, project: ProjectRow): Promise<{ items: PackItem[]; missing: PackItem[] }> {
  const items = packItems(await facts(db, project));
  return { items, missing: items.filter((i) => !i.present) };
}

const afterMissing = () =>
  new AppError(
    "conflict",
    {
      "zh-CN": "afterAssessment：改造后评测提交后才能生成验收材料包",
      en: "afterAssessment: the acceptance pack is built once the after-assessment is submitted",
    },
    { issues: [{ field: "afterAssessment", message: { "zh-CN": "尚未提交", en: "not submitted yet" } }] },
  );

/**
 * The acceptance pack: a PDF of the eight items built from the records, the manifest, and the files
 * behind them (evidence per question, the project's documents), as one zip made in a worker thread.
 * 409 until the after-assessment is submitted.
 */
export async function acceptancePack(db: Db, actor: Actor, slug: string, id: string, locale: Locale): Promise<{ fileName: string; zip: Buffer }> {
  const { tenant, project } = await projectFor(db, actor, slug, id);
  if (!project.afterAssessmentId) throw afterMissing();
  const ids = [project.baselineAssessmentId, project.afterAssessmentId];
  const rows = await db
    .select({
      id: assessments.id,
      status: assessments.status,
      templateId: assessments.templateId,
      answers: assessments.answers,
      evidence: assessments.evidence,
      submittedAt: assessments.submittedAt,
      detail: assessmentResults.detail,
    })
    .from(assessments)
    .leftJoin(assessmentResults, eq(assessmentResults.assessmentId, assessments.id))
    .where(inArray(assessments.id, ids));
  const before = rows.find((r) => r.id === project.baselineAssessmentId);
  const after = rows.find((r) => r.id === project.afterAssessmentId);
  if (!after || after.status !== "submitted" || !after.detail) throw afterMissing();
  if (!before?.detail || !isTemplateId(after.templateId)) throw AppError.notFound("project");

  const [firmRows, items, milestones, events, evidenceFiles, documents, f] = await Promise.all([
    db.select().from(enterprises).where(eq(enterprises.id, project.enterpriseId)),
    db.select().from(projectItems).where(eq(projectItems.projectId, project.id)).orderBy(asc(projectItems.position)),
    db.select().from(projectMilestones).where(eq(projectMilestones.projectId, project.id)).orderBy(asc(projectMilestones.position)),
    db
      .select({
        from: projectEvents.fromStatus,
        to: projectEvents.toStatus,
        at: projectEvents.at,
        note: projectEvents.note,
        actor: users.name,
        actorEmail: users.email,
      })
      .from(projectEvents)
      .leftJoin(users, eq(users.id, projectEvents.actorUserId))
      .where(eq(projectEvents.projectId, project.id))
      .orderBy(asc(projectEvents.at), asc(projectEvents.id)),
    db
      .select({ questionCode: assessmentFiles.questionCode, fileName: storedFiles.fileName, fileId: storedFiles.id, size: storedFiles.sizeBytes })
      .from(assessmentFiles)
      .innerJoin(storedFiles, eq(storedFiles.id, assessmentFiles.fileId))
      .where(eq(assessmentFiles.assessmentId, after.id))
      .orderBy(asc(assessmentFiles.createdAt)),
    db
      .select({
        slot: projectDocuments.stage,
        label: projectDocuments.label,
        fileName: storedFiles.fileName,
        fileId: storedFiles.id,
        size: storedFiles.sizeBytes,
      })
      .from(projectDocuments)
      .innerJoin(storedFiles, eq(storedFiles.id, projectDocuments.fileId))
      .where(eq(projectDocuments.projectId, project.id))
      .orderBy(asc(projectDocuments.createdAt)),
    facts(db, project),
  ]);
  const firm = firmRows[0];
  if (!firm) throw AppError.notFound("project");
  const beforeResult = storedResult(before.detail);
  const afterResult = storedResult(after.detail);
  const comparison = compare(
    after.templateId,
    beforeResult,
    afterResult,
    { files: evidenceFiles, figures: after.evidence, baselineFigures: before.evidence },
    locale,
  );
  const prediction = predictOnSite(after.templateId, comparison, { after: after.answers, before: before.answers, afterFigures: after.evidence }, afterResult);
  const checklist = packItems(f);

  // The files go into the archive under readable, unique names, up to the size limit.
  const names = new Set<string>();
  const unique = (name: string) => {
    let candidate = name;
    for (let n = 2; names.has(candidate); n++) candidate = name.replace(/(\.[^./]*)?$/, (ext) => `-${n}${ext}`);
    names.add(candidate);
    return candidate;
  };
  const wanted = [
    ...evidenceFiles.map((e) => ({
      fileId: e.fileId,
      size: e.size,
      path: unique(`evidence/${e.questionCode}-${e.fileName}`),
      kind: "evidence" as const,
      ref: e.questionCode,
    })),
    ...documents.map((d) => ({ fileId: d.fileId, size: d.size, path: unique(`documents/${d.slot}-${d.fileName}`), kind: "document" as const, ref: d.slot })),
  ];
  // Files go in while they fit; one too large is left out (and listed) without keeping out the smaller ones after it.
  let budget = PACK_MAX_FILE_BYTES;
  const included = wanted.filter((w) => {
    if (w.size > budget) return false;
    budget -= w.size;
    return true;
  });
  const contents = included.length
    ? await db
        .select({ id: storedFiles.id, content: storedFiles.content })
        .from(storedFiles)
        .where(
          and(
            eq(storedFiles.tenantId, tenant.id),
            inArray(
              storedFiles.id,
              included.map((i) => i.fileId),
            ),
          ),
        )
    : [];
  const byId = new Map(contents.map((c) => [c.id, c.content]));

  // The application as answered, read with the form version it answered.
  const [application] = await db
    .select({ values: projectForms.values, version: projectForms.version })
    .from(projectForms)
    .where(and(eq(projectForms.projectId, project.id), eq(projectForms.key, "acceptance")));
  const applicationForm = application ? await formAtVersion(db, tenant.id, "acceptance", application.version) : null;
  const generatedAt = isoDateTime(new Date());
  const region = firmRegion(firm, locale);
  const input: AcceptancePackInput = {
    locale,
    generatedAt,
    demo: isDemoPortal(tenant),
    portal: { zh: tenant.nameZh, en: tenant.nameEn },
    project: {
      id: project.id,
      title: project.title,
      status: STATE_NAMES[project.status as ProjectState],
      providerName: project.providerName,
      targetLevel: project.targetLevel,
      targetScenes: project.targetScenes.map((code) => comparison.scenes.find((x) => x.code === code)?.label ?? { "zh-CN": code }),
      lightweight: project.lightweight,
      contractSignedOn: project.contractSignedOn,
      contractAmountYuan: toYuan(project.contractAmountFen),
      items: items.map((i) => ({ name: i.name, category: i.category, amountYuan: toYuan(i.amountFen), solutionId: i.solutionCode })),
      milestones: milestones.map((m) => ({ name: m.name, due: m.due, doneOn: m.doneOn, note: m.note })),
      // Names as the accounts give them; an account without a name is not spelled out by its address.
      events: events.map((e) => ({
        from: e.from ? STATE_NAMES[e.from as ProjectState] : null,
        to: STATE_NAMES[e.to as ProjectState],
        at: isoDateTime(e.at),
        note: e.note,
        actor: e.actor ?? null,
      })),
    },
    firm: { name: firm.name, creditCode: firm.creditCode, region, employees: firm.employees, revenueWan: firm.revenueWan },
    baseline: { id: before.id, submittedAt: before.submittedAt ? isoDateTime(before.submittedAt) : null },
    after: { id: after.id, submittedAt: after.submittedAt ? isoDateTime(after.submittedAt) : null },
    comparison,
    prediction,
    checklist,
    application:
      application && applicationForm
        ? {
            title: applicationForm.title,
            lines: formAnswerLines(applicationForm, application.values, {
              locale,
              files: (slot) => documents.filter((d) => d.slot === slot).map((d) => d.fileName),
            }),
          }
        : null,
    documents: documents.map((d) => ({ slot: SLOT_NAMES[d.slot as DocumentSlot] ?? { "zh-CN": d.slot, en: d.slot }, fileName: d.fileName })),
  };
  const manifest = {
    project: { id: project.id, title: project.title, status: project.status, enterprise: firm.name, portal: tenant.slug },
    generatedAt,
    baselineAssessmentId: before.id,
    afterAssessmentId: after.id,
    level: { before: comparison.levelBefore, after: comparison.levelAfter, target: project.targetLevel },
    total: { before: comparison.totalBefore, after: comparison.totalAfter },
    items: checklist.map((i) => ({ key: i.key, title: i.title, present: i.present, reason: i.reason, files: i.files })),
    files: wanted.map((w) => ({ path: w.path, kind: w.kind, ref: w.ref, bytes: w.size, included: byId.has(w.fileId) })),
    prediction: {
      claimedLevel: prediction.claimed,
      levelIfThinEvidenceRejected: prediction.ifThinRejected,
      thin: prediction.thin.map((t) => ({ code: t.code, kind: t.kind })),
    },
  };
  try {
    const zip = await heavyWork().run(
      "pack.build",
      {
        pdf: input,
        manifest: JSON.stringify(manifest, null, 2),
        files: included.flatMap((i) => {
          const data = byId.get(i.fileId);
          return data ? [{ name: i.path, data: new Uint8Array(data) }] : [];
        }),
      },
      { timeoutMs: PACK_TIMEOUT_MS },
    );
    return { fileName: `acceptance-pack-${project.id.slice(0, 8)}.zip`, zip: Buffer.from(zip) };
  } catch (error) {
    if (!(error instanceof PoolError)) throw error;
    throw new AppError(
      error.reason === "busy" ? "unavailable" : "internal",
      {
        "zh-CN": `pack：验收材料包暂时无法生成（${error.reason}），请稍后再试`,
        en: `pack: the acceptance pack could not be built now (${error.reason}); try again shortly`,
      },
      { issues: [{ field: "pack", message: error.reason }] },
    );
  }
}
