import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  assessmentFiles,
  assessmentResults,
  assessments,
  consultantClients,
  enterprises,
  memberships,
  projectEvents,
  projectItems,
  projectMilestones,
  projects,
  solutions,
  storedFiles,
  subsidyApplications,
  usageEvents,
  users,
} from "@/db/schema";
import { tenantFor } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, type FieldIssue } from "@/lib/errors";
import { catalogueTenantIds } from "@/lib/recommendations/catalogue-store";
import { audit } from "@/lib/shared/audit";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { isUuid } from "@/lib/shared/ids";
import { hashToken, newResumeToken, RESUME_TOKEN_DAYS } from "@/lib/shared/tokens";
import { isoDay } from "@/lib/i18n/figures";
import { rowsOf } from "@/lib/db/rows";
import { getTemplate, isTemplateId, templateForIndustry } from "@/scoring";
import { actingSides, projectFor, sidesOf, visibleProjects, type ProjectRow } from "./access";
import { answeredForms, effectiveForms } from "./form-service";
import { FORM_FOR_MOVE } from "./forms";
import { notifyTransition } from "./notify";
import { scheduleOutcomeSurvey } from "./outcome-survey";
import { packReadiness } from "./pack";
import { toFen, toYuan, type CreateProjectRequest, type MilestoneReport, type TransitionRequest, type UpdateProjectRequest } from "./schemas";
import {
  acceptsAfterAssessment,
  acceptsMilestoneReports,
  checkTransition,
  isEditable,
  PROJECT_STATES,
  STATE_NAMES,
  transitionsFrom,
  type ProjectSide,
  type ProjectState,
} from "./workflow";

const conflict = (field: string, message: { "zh-CN": string; en: string }, extra: FieldIssue[] = []) =>
  new AppError("conflict", message, { issues: [{ field, message }, ...extra] });
const invalid = (field: string, message: { "zh-CN": string; en: string }) => AppError.validation([{ field, message }]);

export const stateOf = (row: Pick<ProjectRow, "status">): ProjectState => {
  const s = row.status as ProjectState;
  if (!PROJECT_STATES.includes(s)) throw new Error(`unknown project state ${row.status}`);
  return s;
};

/**
 * Files a new project for a firm: by its owner, or by a consultant who serves it. The baseline is a
 * submitted assessment of that firm in this portal; the target lies above the baseline's level; the
 * contract's items add up to its amount to the fen. Nothing is written unless all of it holds.
 */
export async function createProject(db: Db, actor: Actor, slug: string, request: CreateProjectRequest): Promise<{ id: string }> {
  const tenant = await tenantFor(db, actor, slug, "project.apply");
  const [firm] = await db
    .select({
      id: enterprises.id,
      name: enterprises.name,
      ownerUserId: enterprises.ownerUserId,
      districtCode: enterprises.districtCode,
      industrySegment: enterprises.industrySegment,
      // Joined, not a subquery: drizzle leaves a lone table's columns unqualified, and "id" would name the inner table's.
      clientId: consultantClients.id,
    })
    .from(enterprises)
    .leftJoin(
      consultantClients,
      and(eq(consultantClients.enterpriseId, enterprises.id), eq(consultantClients.consultantUserId, actor.userId), eq(consultantClients.status, "active")),
    )
    .where(and(eq(enterprises.id, request.enterpriseId), eq(enterprises.tenantId, tenant.id)))
    .limit(1);
  const creatorSides = firm
    ? sidesOf(actor, tenant.id, "project.apply", { enterpriseOwner: firm.ownerUserId, providerUserId: null, isClient: firm.clientId !== null })
    : [];
  if (!firm || creatorSides.length === 0)
    throw new AppError(
      "not_found",
      { "zh-CN": "enterpriseId：找不到该企业，或您不是它的所有者或顾问", en: "enterpriseId: no such firm, or you are neither its owner nor its consultant" },
      {
        issues: [{ field: "enterpriseId", message: { "zh-CN": "找不到该企业", en: "no such firm" } }],
      },
    );

  const { itemsFen, amountFen, providerUserId } = await checkedRequest(db, actor, tenant.id, firm.id, creatorSides, request);

  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(projects)
      .values({
        tenantId: tenant.id,
        enterpriseId: firm.id,
        districtCode: firm.districtCode,
        industrySegment: firm.industrySegment,
        title: request.title ?? `${firm.name} 数字化改造项目`,
        baselineAssessmentId: request.baselineAssessmentId,
        providerName: request.provider.name,
        providerUserId,
        targetLevel: request.targetLevel,
        targetScenes: request.targetScenes,
        contractAmountFen: amountFen,
        lightweight: request.contract.lightweight,
        contractSignedOn: request.contract.signedOn ?? null,
        createdBy: actor.userId,
      })
      .returning({ id: projects.id });
    if (!row) throw new Error("project insert returned nothing");
    await tx.insert(projectItems).values(
      request.contract.items.map((item, i) => ({
        projectId: row.id,
        position: i,
        name: item.name,
        category: item.category,
        amountFen: itemsFen[i]!,
        solutionCode: item.solutionId ?? null,
      })),
    );
    await tx.insert(projectMilestones).values(request.milestones.map((m, i) => ({ projectId: row.id, position: i, name: m.name, due: m.due })));
    await tx.insert(projectEvents).values({ projectId: row.id, tenantId: tenant.id, fromStatus: null, toStatus: "draft", actorUserId: actor.userId });
    await audit(tx, {
      tenantId: tenant.id,
      actorUserId: actor.userId,
      action: "project.created",
      targetType: "project",
      targetId: row.id,
      details: { enterpriseId: firm.id },
    });
    return { id: row.id };
  });
}

/**
 * Checks a project's terms (baseline of the firm, target above it, scenes of its template, items that
 * add up to the amount to the fen, catalogue solutions, the provider's consultant) for a filing or an
 * edit of a draft; every field at fault is named at once.
 */
async function checkedRequest(
  db: Db,
  actor: Actor,
  tenantId: string,
  firmId: string,
  creatorSides: readonly ProjectSide[],
  request: Omit<CreateProjectRequest, "enterpriseId">,
): Promise<{ itemsFen: number[]; amountFen: number; providerUserId: string | null }> {
  const issues: FieldIssue[] = [];
  const [baseline] = await db
    .select({ status: assessments.status, templateId: assessments.templateId, level: assessmentResults.level })
    .from(assessments)
    .leftJoin(assessmentResults, eq(assessmentResults.assessmentId, assessments.id))
    .where(and(eq(assessments.id, request.baselineAssessmentId), eq(assessments.enterpriseId, firmId), eq(assessments.tenantId, tenantId)));
  if (!baseline || baseline.status !== "submitted" || baseline.level === null)
    issues.push({ field: "baselineAssessmentId", message: { "zh-CN": "应为该企业已提交的一次评测", en: "must be a submitted assessment of this firm" } });
  else {
    if (baseline.level >= 4)
      issues.push({
        field: "targetLevel",
        message: { "zh-CN": "基线已是四级，没有更高的目标等级", en: "the baseline is already level 4: there is no higher level" },
      });
    else if (request.targetLevel <= baseline.level)
      issues.push({
        field: "targetLevel",
        message: { "zh-CN": `应高于基线等级（${baseline.level} 级）`, en: `must be above the baseline's level (${baseline.level})` },
      });
    if (isTemplateId(baseline.templateId)) {
      const scenes = getTemplate(baseline.templateId).sceneByCode;
      request.targetScenes.forEach((code, i) => {
        if (!scenes.has(code)) issues.push({ field: `targetScenes.${i}`, message: { "zh-CN": `没有场景 ${code}`, en: `no scene ${code}` } });
      });
    }
  }

  const itemsFen = request.contract.items.map((i) => toFen(i.amountYuan));
  const sumFen = itemsFen.reduce((a, b) => a + b, 0);
  const amountFen = toFen(request.contract.amountYuan);
  if (sumFen !== amountFen)
    issues.push({
      field: "contract.items",
      message: {
        "zh-CN": `各项金额合计 ${toYuan(sumFen).toFixed(2)} 元，与合同金额 ${toYuan(amountFen).toFixed(2)} 元不符`,
        en: `the items add up to ${toYuan(sumFen).toFixed(2)} yuan, not the contract's ${toYuan(amountFen).toFixed(2)} yuan`,
      },
    });

  const codes = [...new Set(request.contract.items.flatMap((i) => (i.solutionId ? [i.solutionId] : [])))];
  if (codes.length > 0) {
    const known = new Set(
      (
        await db
          .select({ code: solutions.code })
          .from(solutions)
          .where(and(inArray(solutions.tenantId, await catalogueTenantIds(db, tenantId)), inArray(solutions.code, codes), eq(solutions.status, "active")))
      ).map((r) => r.code),
    );
    request.contract.items.forEach((item, i) => {
      if (item.solutionId && !known.has(item.solutionId))
        issues.push({
          field: `contract.items.${i}.solutionId`,
          message: { "zh-CN": "不是本门户目录中的解决方案", en: "not a solution in this portal's catalogue" },
        });
    });
  }

  let providerUserId: string | null = null;
  // A consultant filing for a client is the provider's contact itself: naming another consultant
  // would hand the firm's file to them, which only the firm may do.
  if (request.provider.consultantOrg && !creatorSides.includes("firm") && request.provider.consultantOrg !== actor.userId)
    issues.push({
      field: "provider.consultantOrg",
      message: { "zh-CN": "只有企业本身可以指定其他顾问", en: "only the firm itself may name another consultant" },
    });
  else if (request.provider.consultantOrg) {
    const [member] = await db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, request.provider.consultantOrg), eq(memberships.role, "consultant")));
    if (!member) issues.push({ field: "provider.consultantOrg", message: { "zh-CN": "不是本门户的顾问", en: "not a consultant of this portal" } });
    else providerUserId = member.userId;
  } else if (creatorSides.includes("provider") && !creatorSides.includes("firm")) {
    // A consultant who files for a client without naming another provider is the provider.
    providerUserId = actor.userId;
  }
  if (issues.length > 0) throw AppError.validation(issues);
  return { itemsFen, amountFen, providerUserId };
}

/**
 * Edits a draft's terms (a new filing, or one returned for changes): the same checks as filing; the
 * items and milestones are replaced in one transaction with the project locked.
 */
export async function updateProject(db: Db, actor: Actor, slug: string, id: string, request: UpdateProjectRequest): Promise<{ id: string }> {
  const { tenant, project, sides } = await projectFor(db, actor, slug, id, "project.apply");
  if (!isEditable(stateOf(project)))
    throw conflict("status", { "zh-CN": "只有草稿（含退回修改的项目）可以修改", en: "only a draft (or a project returned for changes) can be edited" });
  const { itemsFen, amountFen, providerUserId } = await checkedRequest(db, actor, tenant.id, project.enterpriseId, sides, request);
  await db.transaction(async (tx) => {
    const [locked] = await tx.select({ status: projects.status, revision: projects.revision }).from(projects).where(eq(projects.id, project.id)).for("update");
    if (!locked || !isEditable(locked.status as ProjectState))
      throw conflict("status", { "zh-CN": "项目状态刚刚已被更改，请刷新后再试", en: "the project's state changed meanwhile: reload and try again" });
    if (request.revision !== undefined && request.revision !== locked.revision)
      throw conflict("revision", { "zh-CN": "项目已被他人更改，请刷新后再试", en: "the project changed meanwhile: reload and try again" });
    await tx
      .update(projects)
      .set({
        title: request.title ?? project.title,
        baselineAssessmentId: request.baselineAssessmentId,
        providerName: request.provider.name,
        providerUserId: providerUserId ?? project.providerUserId,
        targetLevel: request.targetLevel,
        targetScenes: request.targetScenes,
        contractAmountFen: amountFen,
        lightweight: request.contract.lightweight,
        contractSignedOn: request.contract.signedOn ?? null,
        updatedAt: new Date(),
        revision: sql`${projects.revision} + 1`,
      })
      .where(eq(projects.id, project.id));
    await tx.delete(projectItems).where(eq(projectItems.projectId, project.id));
    await tx.delete(projectMilestones).where(eq(projectMilestones.projectId, project.id));
    await tx.insert(projectItems).values(
      request.contract.items.map((item, i) => ({
        projectId: project.id,
        position: i,
        name: item.name,
        category: item.category,
        amountFen: itemsFen[i]!,
        solutionCode: item.solutionId ?? null,
      })),
    );
    await tx.insert(projectMilestones).values(request.milestones.map((m, i) => ({ projectId: project.id, position: i, name: m.name, due: m.due })));
    await audit(tx, { tenantId: tenant.id, actorUserId: actor.userId, action: "project.updated", targetType: "project", targetId: project.id, details: {} });
  });
  return { id: project.id };
}

export interface ProjectSummary {
  id: string;
  title: string;
  status: ProjectState;
  enterpriseId: string;
  enterpriseName: string;
  providerName: string;
  targetLevel: number;
  baselineLevel: number | null;
  contractAmountYuan: number;
  stateSince: string;
  createdAt: string;
}

/** The projects the caller may read in this portal: all of them for its administrators, else their firms' and clients'. */
export async function listProjects(
  db: Db,
  actor: Actor,
  slug: string,
  filter: { status?: ProjectState; enterpriseId?: string } = {},
): Promise<ProjectSummary[]> {
  const tenant = await tenantFor(db, actor, slug, "project.read");
  return (await projectRows(db, actor, tenant.id, filter, { limit: 500 })).rows;
}

/**
 * A page of them in a stable order (by id, after `afterId`): the public API's keyset paging. One more
 * row than asked tells whether there is a next page.
 */
export async function pageProjects(
  db: Db,
  actor: Actor,
  slug: string,
  filter: { status?: ProjectState; enterpriseId?: string; ids?: readonly string[] },
  page: { afterId?: string; limit: number },
): Promise<{ rows: ProjectSummary[]; more: boolean }> {
  const tenant = await tenantFor(db, actor, slug, "project.read");
  return projectRows(db, actor, tenant.id, filter, { ...page, byId: true });
}

async function projectRows(
  db: Db,
  actor: Actor,
  tenantId: string,
  filter: { status?: ProjectState; enterpriseId?: string; ids?: readonly string[] },
  page: { afterId?: string; limit: number; byId?: boolean },
): Promise<{ rows: ProjectSummary[]; more: boolean }> {
  const visible = visibleProjects(actor, tenantId);
  if (!visible) return { rows: [], more: false };
  const where: SQL[] = [eq(projects.tenantId, tenantId), visible];
  if (filter.status) where.push(eq(projects.status, filter.status));
  if (filter.enterpriseId) where.push(eq(projects.enterpriseId, filter.enterpriseId));
  if (filter.ids) where.push(inArray(projects.id, [...filter.ids]));
  if (page.afterId) where.push(sql`${projects.id} > ${page.afterId}::uuid`);
  const rows = await db
    .select({
      id: projects.id,
      title: projects.title,
      status: projects.status,
      enterpriseId: projects.enterpriseId,
      enterpriseName: enterprises.name,
      providerName: projects.providerName,
      targetLevel: projects.targetLevel,
      baselineLevel: assessmentResults.level,
      contractAmountFen: projects.contractAmountFen,
      stateSince: projects.stateSince,
      createdAt: projects.createdAt,
    })
    .from(projects)
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .leftJoin(assessmentResults, eq(assessmentResults.assessmentId, projects.baselineAssessmentId))
    .where(and(...where))
    .orderBy(page.byId ? asc(projects.id) : desc(projects.createdAt))
    .limit(page.byId ? page.limit + 1 : page.limit);
  return {
    more: rows.length > page.limit,
    rows: rows.slice(0, page.limit).map(({ contractAmountFen, ...r }) => ({
      ...r,
      status: stateOf(r),
      contractAmountYuan: toYuan(contractAmountFen),
      stateSince: r.stateSince.toISOString(),
      createdAt: r.createdAt.toISOString(),
    })),
  };
}

export interface ProjectDetail extends ProjectSummary {
  revision: number;
  sides: ProjectSide[];
  provider: { name: string; consultantUserId: string | null };
  targetScenes: string[];
  baselineAssessmentId: string;
  afterAssessment: { id: string; status: "draft" | "submitted"; level: number | null; total: number | null } | null;
  contract: {
    amountYuan: number;
    lightweight: boolean;
    signedOn: string | null;
    items: { name: string; category: string; amountYuan: number; solutionId: string | null }[];
  };
  milestones: { id: string; name: string; due: string; doneOn: string | null; note: string | null }[];
  events: { from: string | null; to: string; note: string | null; at: string; actor: string | null }[];
  paidAmountYuan: number | null;
  lastNote: string | null;
  /** The moves the caller may make now. */
  allowed: { to: ProjectState; needsNote: boolean }[];
}

export async function projectDetailWith(db: Db, actor: Actor, slug: string, id: string): Promise<{ detail: ProjectDetail; project: ProjectRow }> {
  const { tenant, project, sides } = await projectFor(db, actor, slug, id);
  return { detail: await detailOf(db, project, sides, actingSides(actor, tenant.id, sides)), project };
}

async function detailOf(db: Db, p: ProjectRow, sides: ProjectSide[], acting: ProjectSide[]): Promise<ProjectDetail> {
  const [firm, baseline, after, items, milestones, events] = await Promise.all([
    db.select({ name: enterprises.name }).from(enterprises).where(eq(enterprises.id, p.enterpriseId)),
    db.select({ level: assessmentResults.level }).from(assessmentResults).where(eq(assessmentResults.assessmentId, p.baselineAssessmentId)),
    p.afterAssessmentId
      ? db
          .select({ id: assessments.id, status: assessments.status, level: assessmentResults.level, total: assessmentResults.total })
          .from(assessments)
          .leftJoin(assessmentResults, eq(assessmentResults.assessmentId, assessments.id))
          .where(eq(assessments.id, p.afterAssessmentId))
      : Promise.resolve([]),
    db.select().from(projectItems).where(eq(projectItems.projectId, p.id)).orderBy(asc(projectItems.position)),
    db.select().from(projectMilestones).where(eq(projectMilestones.projectId, p.id)).orderBy(asc(projectMilestones.position)),
    db
      .select({ from: projectEvents.fromStatus, to: projectEvents.toStatus, note: projectEvents.note, at: projectEvents.at, actor: users.name })
      .from(projectEvents)
      .leftJoin(users, eq(users.id, projectEvents.actorUserId))
      .where(eq(projectEvents.projectId, p.id))
      .orderBy(asc(projectEvents.at), asc(projectEvents.id)),
  ]);
  const state = stateOf(p);
  const afterRow = after[0];
  return {
    id: p.id,
    title: p.title,
    status: state,
    enterpriseId: p.enterpriseId,
    enterpriseName: firm[0]?.name ?? "",
    providerName: p.providerName,
    targetLevel: p.targetLevel,
    baselineLevel: baseline[0]?.level ?? null,
    contractAmountYuan: toYuan(p.contractAmountFen),
    stateSince: p.stateSince.toISOString(),
    createdAt: p.createdAt.toISOString(),
    revision: p.revision,
    sides,
    provider: { name: p.providerName, consultantUserId: p.providerUserId },
    targetScenes: p.targetScenes,
    baselineAssessmentId: p.baselineAssessmentId,
    afterAssessment: afterRow ? { id: afterRow.id, status: afterRow.status, level: afterRow.level, total: afterRow.total } : null,
    contract: {
      amountYuan: toYuan(p.contractAmountFen),
      lightweight: p.lightweight,
      signedOn: p.contractSignedOn,
      items: items.map((i) => ({ name: i.name, category: i.category, amountYuan: toYuan(i.amountFen), solutionId: i.solutionCode })),
    },
    milestones: milestones.map((m) => ({ id: m.id, name: m.name, due: m.due, doneOn: m.doneOn, note: m.note })),
    events: events.map((e) => ({ from: e.from, to: e.to, note: e.note, at: e.at.toISOString(), actor: e.actor })),
    paidAmountYuan: p.paidAmountFen === null ? null : toYuan(p.paidAmountFen),
    lastNote: p.lastNote,
    allowed: transitionsFrom(state, acting).map((t) => ({ to: t.to, needsNote: !!t.needsNote })),
  };
}

/** A state as the reader sees it, with its code for API clients: “验收审核中（acceptance_submitted）”. */
const stateWords = (state: ProjectState) => ({
  "zh-CN": `${STATE_NAMES[state]["zh-CN"]}（${state}）`,
  en: `${STATE_NAMES[state].en ?? state} (${state})`,
});

/**
 * Moves a project. Refused with 409 naming the moves the caller may make when this one is not among
 * them; the stage's own conditions (every milestone reported before completion, the after-assessment
 * and the pack's required items before applying for acceptance, an amount for a payment) are checked
 * before anything is written. The move, its event and the audit line are one transaction; the mails go
 * after it.
 */
export async function transitionProject(db: Db, actor: Actor, slug: string, id: string, request: TransitionRequest): Promise<ProjectDetail> {
  const { tenant, project, sides } = await projectFor(db, actor, slug, id);
  const acting = actingSides(actor, tenant.id, sides);
  const from = stateOf(project);
  const check = checkTransition(from, request.to, acting);
  if (!check.ok) {
    const allowed = check.allowed.map(stateWords);
    const [f, t] = [stateWords(from), stateWords(request.to)];
    throw conflict("to", {
      "zh-CN": `不能从${f["zh-CN"]}转到${t["zh-CN"]}；${allowed.length > 0 ? `您现在可以转到：${allowed.map((a) => a["zh-CN"]).join("、")}` : "您现在不能转换这个项目"}`,
      en: `cannot move from ${f.en} to ${t.en}; ${allowed.length > 0 ? `you may move it to: ${allowed.map((a) => a.en).join(", ")}` : "you cannot move this project now"}`,
    });
  }
  const note = request.note?.trim() || null;
  if (check.transition.needsNote && !note) throw invalid("note", { "zh-CN": "请写明原因", en: "give the reason" });
  let paidAmountFen: number | null = project.paidAmountFen;
  if (request.to === "paid") {
    if (request.amountYuan === undefined || request.amountYuan <= 0)
      throw invalid("amountYuan", { "zh-CN": "请填写拨付金额（大于 0 的元数）", en: "give the amount paid (yuan, above 0)" });
    paidAmountFen = toFen(request.amountYuan);
    if (paidAmountFen > project.contractAmountFen)
      throw invalid("amountYuan", { "zh-CN": "拨付金额不能超过合同金额", en: "the amount paid cannot exceed the contract amount" });
  } else if (request.amountYuan !== undefined)
    throw invalid("amountYuan", { "zh-CN": "只有记录拨付时填写金额", en: "an amount is given only when recording the payment" });

  const moved = await db.transaction(async (tx) => {
    // The project is locked while its conditions are checked: a milestone undone, a file added or
    // another move meanwhile waits, and cannot slip between the check and the move.
    const [locked] = await tx.select({ status: projects.status, revision: projects.revision }).from(projects).where(eq(projects.id, project.id)).for("update");
    if (!locked || locked.status !== from)
      throw conflict("to", { "zh-CN": "项目状态刚刚已被更改，请刷新后再试", en: "the project's state changed meanwhile: reload and try again" });
    if (request.revision !== undefined && request.revision !== locked.revision)
      throw conflict("revision", { "zh-CN": "项目已被他人更改，请刷新后再试", en: "the project changed meanwhile: reload and try again" });
    if (request.to === "paid") {
      // One record of the money: a project with subsidy applications is paid through them.
      const [live] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(subsidyApplications)
        .where(and(eq(subsidyApplications.projectId, project.id), sql`${subsidyApplications.status} not in ('rejected', 'withdrawn')`));
      if ((live?.n ?? 0) > 0)
        throw conflict("subsidies", {
          "zh-CN": "该项目有补贴申报，请在补贴申报中记录拨付（项目随之转为已拨付）",
          en: "this project has subsidy applications: record the payment on the application (the project follows)",
        });
    }
    if (request.to === "completed") {
      const open = await tx
        .select({ name: projectMilestones.name })
        .from(projectMilestones)
        .where(and(eq(projectMilestones.projectId, project.id), sql`${projectMilestones.doneOn} is null`));
      if (open.length > 0)
        throw conflict("milestones", {
          "zh-CN": `还有里程碑未报告完成：${open.map((m) => m.name).join("、")}`,
          en: `milestones not reported done yet: ${open.map((m) => m.name).join(", ")}`,
        });
    }
    // Applying for acceptance lists every missing item of the pack at once, the application form among them.
    const formKey = request.to === "acceptance_submitted" ? undefined : FORM_FOR_MOVE[request.to];
    if (formKey && !(await answeredForms(tx, [project.id])).get(project.id)?.has(formKey)) {
      const form = (await effectiveForms(tx, tenant.id))[formKey];
      throw conflict(`forms.${formKey}`, {
        "zh-CN": `请先填写“${form.definition.title["zh-CN"]}”`,
        en: `answer the form "${form.definition.title.en ?? form.definition.title["zh-CN"]}" first`,
      });
    }
    if (request.to === "acceptance_submitted") {
      const readiness = await packReadiness(tx, project);
      if (readiness.missing.length > 0)
        throw conflict(
          "acceptancePack",
          {
            "zh-CN": `验收材料还缺：${readiness.missing.map((m) => m.title["zh-CN"]).join("、")}`,
            en: `the acceptance pack still lacks: ${readiness.missing.map((m) => m.title.en).join(", ")}`,
          },
          readiness.missing.map((m) => ({ field: `acceptancePack.${m.key}`, message: m.reason })),
        );
    }
    const now = new Date();
    const [row] = await tx
      .update(projects)
      .set({
        status: request.to,
        stateSince: now,
        updatedAt: now,
        revision: sql`${projects.revision} + 1`,
        paidAmountFen,
        // The reason of a return or a refusal, until the next move.
        lastNote: check.transition.needsNote ? note : null,
      })
      // The state is checked again in the update: two moves at once cannot both pass.
      .where(and(eq(projects.id, project.id), eq(projects.status, from)))
      .returning();
    if (!row) throw conflict("to", { "zh-CN": "项目状态刚刚已被更改，请刷新后再试", en: "the project's state changed meanwhile: reload and try again" });
    await tx
      .insert(projectEvents)
      .values({ projectId: project.id, tenantId: tenant.id, fromStatus: from, toStatus: request.to, actorUserId: actor.userId, note, at: now });
    if (request.to === "accepted") await scheduleOutcomeSurvey(tx, project, now);
    await emitWebhookEvent(tx, {
      tenantId: tenant.id,
      enterpriseId: project.enterpriseId,
      type: "project.transitioned",
      data: { projectId: project.id, enterpriseId: project.enterpriseId, from, to: request.to },
    });
    // Applying for acceptance needs every item of the pack: from now on it is complete for the portal.
    if (request.to === "acceptance_submitted")
      await emitWebhookEvent(tx, {
        tenantId: tenant.id,
        enterpriseId: project.enterpriseId,
        type: "acceptance.pack_ready",
        data: { projectId: project.id, enterpriseId: project.enterpriseId, downloadPath: `/api/tenants/${tenant.slug}/projects/${project.id}/acceptance-pack` },
      });
    await audit(tx, {
      tenantId: tenant.id,
      actorUserId: actor.userId,
      action: "project.transition",
      targetType: "project",
      targetId: project.id,
      details: {
        from,
        to: request.to,
        ...(note ? { note } : {}),
        ...(paidAmountFen !== null && request.to === "paid" ? { paidAmountYuan: toYuan(paidAmountFen) } : {}),
      },
    });
    return row;
  });
  await notifyTransition(db, { tenant, project: moved, from, to: request.to, actorUserId: actor.userId, note });
  return detailOf(db, moved, sides, acting);
}

/** The firm or its provider reports a milestone done (or not done after all) while the work runs. */
export async function reportMilestone(db: Db, actor: Actor, slug: string, id: string, milestoneId: string, report: MilestoneReport): Promise<ProjectDetail> {
  const { tenant, project, sides } = await projectFor(db, actor, slug, id, "project.apply");
  if (!isUuid(milestoneId)) throw AppError.notFound("milestone");
  const [milestone] = await db
    .select()
    .from(projectMilestones)
    .where(and(eq(projectMilestones.id, milestoneId), eq(projectMilestones.projectId, project.id)));
  if (!milestone) throw AppError.notFound("milestone");
  if (!acceptsMilestoneReports(stateOf(project)))
    throw conflict("status", { "zh-CN": "只有在备案通过后、完工前可以报告里程碑", en: "milestones are reported between approval and completion" });
  // Today in the portal's zone (UTC's date is a day behind before 08:00 in China).
  const today = isoDay();
  const doneOn = report.done ? (report.doneOn ?? today) : null;
  if (doneOn && doneOn > today) throw invalid("doneOn", { "zh-CN": "完成日期不能晚于今天", en: "the date done cannot be in the future" });
  await db.transaction(async (tx) => {
    // Locked with the project: a completion reported meanwhile either sees this report or waits for it.
    const [locked] = await tx.select({ status: projects.status }).from(projects).where(eq(projects.id, project.id)).for("update");
    if (!locked || !acceptsMilestoneReports(locked.status as ProjectState))
      throw conflict("status", { "zh-CN": "只有在备案通过后、完工前可以报告里程碑", en: "milestones are reported between approval and completion" });
    await tx
      .update(projectMilestones)
      .set({ doneOn, note: report.note ?? milestone.note, reportedBy: actor.userId, reportedAt: new Date() })
      .where(eq(projectMilestones.id, milestone.id));
    await tx
      .update(projects)
      .set({ updatedAt: new Date(), revision: sql`${projects.revision} + 1` })
      .where(eq(projects.id, project.id));
    await audit(tx, {
      tenantId: tenant.id,
      actorUserId: actor.userId,
      action: "project.milestone",
      targetType: "project",
      targetId: project.id,
      details: { milestone: milestone.name, done: report.done, doneOn },
    });
  });
  const [fresh] = await db.select().from(projects).where(eq(projects.id, project.id));
  return detailOf(db, fresh!, sides, actingSides(actor, tenant.id, sides));
}

/**
 * The re-assessment after completion: a new assessment of the firm prefilled with the baseline's
 * answers, linked to the project (an open one is continued, with a fresh link for this device). The
 * resume link is handed back once.
 */
export async function startAfterAssessment(
  db: Db,
  actor: Actor,
  slug: string,
  id: string,
): Promise<{ assessmentId: string; resumeToken: string; resumePath: string; reused: boolean }> {
  const { tenant, project, sides } = await projectFor(db, actor, slug, id, "project.apply");
  if (!acceptsAfterAssessment(stateOf(project)))
    throw conflict("status", {
      "zh-CN": "完工后（或验收不通过后）才能进行改造后评测",
      en: "the after-assessment is made once the project is completed (or after a rejection)",
    });
  const token = newResumeToken();
  const expires = new Date(Date.now() + RESUME_TOKEN_DAYS * 86_400_000);
  if (project.afterAssessmentId) {
    const [open] = await db.select({ id: assessments.id, status: assessments.status }).from(assessments).where(eq(assessments.id, project.afterAssessmentId));
    // A submitted re-assessment stands until a rejection asks for another.
    if (open?.status === "submitted" && stateOf(project) === "completed")
      throw conflict("afterAssessment", {
        "zh-CN": "改造后评测已提交，请生成验收材料包并提交验收申请",
        en: "the after-assessment is submitted: build the acceptance pack and apply for acceptance",
      });
    if (open?.status === "draft") {
      await db
        .update(assessments)
        .set({ resumeTokenHash: hashToken(token), resumeTokenExpiresAt: expires, updatedAt: new Date() })
        .where(eq(assessments.id, open.id));
      return { assessmentId: open.id, resumeToken: token, resumePath: `/assess/${open.id}#k=${token}`, reused: true };
    }
  }
  const [firm] = await db.select().from(enterprises).where(eq(enterprises.id, project.enterpriseId));
  // After a rejection the firm starts again from its last re-assessment (answers, figures, files), not from the baseline.
  const previous = stateOf(project) === "rejected" && project.afterAssessmentId ? project.afterAssessmentId : null;
  const [base] = await db
    .select({ answers: assessments.answers, evidence: assessments.evidence, templateId: assessments.templateId, language: assessments.language })
    .from(assessments)
    .where(eq(assessments.id, previous ?? project.baselineAssessmentId));
  if (!firm || !base) throw AppError.notFound("project");
  const templateId = templateForIndustry(firm.industryCode);
  const byConsultant = !sides.includes("firm");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(assessments)
      .values({
        tenantId: tenant.id,
        enterpriseId: firm.id,
        templateId,
        templateVersion: getTemplate(templateId).version,
        language: base.language,
        mode: byConsultant ? "consultant_onsite" : "self",
        answers: base.templateId === templateId ? base.answers : {},
        evidence: base.templateId === templateId ? base.evidence : {},
        ownerUserId: firm.ownerUserId,
        consultantUserId: byConsultant ? actor.userId : null,
        resumeTokenHash: hashToken(token),
        resumeTokenExpiresAt: expires,
      })
      .returning({ id: assessments.id });
    if (!row) throw new Error("assessment insert returned nothing");
    await tx.insert(usageEvents).values({ tenantId: tenant.id, assessmentId: row.id, kind: "started" }).onConflictDoNothing();
    if (previous) {
      // Copies, not shared rows: deleting a file from the new re-assessment leaves the rejected one's intact.
      const files = await tx
        .select({ questionCode: assessmentFiles.questionCode, caption: assessmentFiles.caption, fileId: assessmentFiles.fileId })
        .from(assessmentFiles)
        .where(eq(assessmentFiles.assessmentId, previous));
      for (const f of files) {
        const [copy] = rowsOf<{ id: string }>(
          await tx.execute(sql`
            insert into ${storedFiles} (tenant_id, purpose, file_name, mime_type, size_bytes, sha256, content, uploaded_by)
            select tenant_id, purpose, file_name, mime_type, size_bytes, sha256, content, uploaded_by from ${storedFiles} where id = ${f.fileId}
            returning id`),
        );
        if (copy)
          await tx
            .insert(assessmentFiles)
            .values({ tenantId: tenant.id, assessmentId: row.id, questionCode: f.questionCode, fileId: copy.id, caption: f.caption });
      }
    }
    await tx
      .update(projects)
      .set({ afterAssessmentId: row.id, updatedAt: new Date(), revision: sql`${projects.revision} + 1` })
      .where(eq(projects.id, project.id));
    await audit(tx, {
      tenantId: tenant.id,
      actorUserId: actor.userId,
      action: "project.after_assessment",
      targetType: "project",
      targetId: project.id,
      details: { assessmentId: row.id },
    });
    return { assessmentId: row.id, resumeToken: token, resumePath: `/assess/${row.id}#k=${token}`, reused: false };
  });
}
