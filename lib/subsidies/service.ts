import "server-only";
import { and, asc, count, desc, eq, inArray, notInArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { policyEntry, type PolicyEntry } from "@/db/catalogue/policies";
import {
  assessmentResults,
  assessments,
  enterprises,
  policies,
  projectEvents,
  projectItems,
  projects,
  storedFiles,
  subsidyApplicationEvents,
  subsidyApplicationFiles,
  subsidyApplicationItems,
  subsidyApplications,
  users,
  type SubsidyMaterialState,
} from "@/db/schema";
import { tenantFor } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, type FieldIssue } from "@/lib/errors";
import { safeFileName, sniffType } from "@/lib/files/sniff";
import { storeFile } from "@/lib/files/store";
import type { Upload } from "@/lib/http/upload";
import { exactMoney, isoDay } from "@/lib/i18n/figures";
import type { Localized } from "@/lib/i18n/localized";
import { actingSides, projectFor, visibleProjects, type ProjectAccess, type ProjectRow } from "@/lib/projects/access";
import { toFen, toYuan } from "@/lib/projects/schemas";
import type { ProjectSide, ProjectState } from "@/lib/projects/workflow";
import { catalogueTenantIds } from "@/lib/recommendations/catalogue-store";
import { matchPolicy, type ConditionCheck, type Verdict } from "@/lib/recommendations/eligibility";
import { planFirmColumns } from "@/lib/recommendations/firm-columns";
import { firmForPlan } from "@/lib/recommendations/plan";
import { audit } from "@/lib/shared/audit";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { isUuid } from "@/lib/shared/ids";
import { claimEstimate, itemCoverage, type ClaimEstimate, type ClaimItem, type Coverage } from "./claim";
import type { CreateSubsidyApplication, SubsidyTransitionRequest, UpdateSubsidyApplication } from "./schemas";
import { notifySubsidyMove } from "./notify";
import { notifyTransition } from "@/lib/projects/notify";
import { checkSubsidyTransition, RELEASING, SUBSIDY_STATE_NAMES, SUBSIDY_STATES, subsidyTransitionsFrom, type SubsidyState } from "./workflow";

/**
 * Subsidy applications (申报 → 审核 → 公示 → 拨付) of a portal's transformation projects. An application
 * is made for one policy of the portal's catalogue, claims some of the project's contract items (each
 * item by one live application at most: the database refuses a second claim), lists the materials the
 * policy names, and is checked against the policy's conditions with the firm's and the project's facts.
 * The portal records the amount approved and the amount paid; a payment moves an accepted project to
 * 已拨付 with the sum of what its applications were paid.
 */

const conflict = (field: string, message: Localized, extra: FieldIssue[] = []) => new AppError("conflict", message, { issues: [{ field, message }, ...extra] });
const invalid = (field: string, message: Localized) => AppError.validation([{ field, message }]);

/** Project states in which an application may be made: once the filing is approved. */
const APPLYING_STATES: ReadonlySet<ProjectState> = new Set(["contracted", "implementing", "completed", "acceptance_submitted", "accepted", "rejected", "paid"]);
const ACCEPTED: ReadonlySet<ProjectState> = new Set(["accepted", "paid"]);

/** Material files: as project documents (PDF or image), a few per material. */
export const MATERIAL_LIMITS = { maxFileBytes: 10 * 1024 * 1024, maxFiles: 40, maxTotalBytes: 100 * 1024 * 1024 } as const;
const MATERIAL_TYPES = ["application/pdf", "image/png", "image/jpeg", "image/webp"] as const;

export const subsidyStateOf = (status: string): SubsidyState => {
  const s = status as SubsidyState;
  if (!SUBSIDY_STATES.includes(s)) throw new Error(`unknown subsidy application state ${status}`);
  return s;
};

interface PolicyRow {
  id: string;
  code: string;
  entry: PolicyEntry;
}

/**
 * The portal's active subsidy policies (its own and the shared catalogue's), parsed; by code, or by the
 * row an application was made for. Codes are unique per catalogue only: where the portal has a policy
 * of the same code as the shared catalogue, the portal's own is the one it means.
 */
async function subsidyPolicies(db: Db, tenantId: string, which: { code?: string; id?: string } = {}): Promise<PolicyRow[]> {
  const ids = await catalogueTenantIds(db, tenantId);
  const rows = await db
    .select({ id: policies.id, tenantId: policies.tenantId, code: policies.code, data: policies.data })
    .from(policies)
    .where(
      and(
        inArray(policies.tenantId, ids),
        eq(policies.status, "active"),
        which.code ? eq(policies.code, which.code) : undefined,
        which.id ? eq(policies.id, which.id) : undefined,
      ),
    )
    .orderBy(asc(policies.code));
  const own = (r: { tenantId: string }) => (r.tenantId === tenantId ? 0 : 1);
  const seen = new Set<string>();
  return [...rows]
    .sort((a, b) => a.code.localeCompare(b.code) || own(a) - own(b))
    .flatMap((r) => {
      if (seen.has(r.code)) return [];
      seen.add(r.code);
      const parsed = policyEntry.safeParse(r.data);
      return parsed.success && parsed.data.kind === "subsidy" ? [{ id: r.id, code: r.code, entry: parsed.data }] : [];
    });
}

interface ProjectFacts {
  items: (ClaimItem & { name: string })[];
  baselineLevel: number;
  afterLevel: number | null;
  firm: ReturnType<typeof firmForPlan>;
  /** Items claimed by a live application, with that application's id. */
  claimed: Map<string, string>;
}

async function projectFacts(db: Db, project: ProjectRow): Promise<ProjectFacts> {
  const [items, baseline, after, firm, claimed] = await Promise.all([
    db.select().from(projectItems).where(eq(projectItems.projectId, project.id)).orderBy(asc(projectItems.position)),
    db.select({ level: assessmentResults.level }).from(assessmentResults).where(eq(assessmentResults.assessmentId, project.baselineAssessmentId)),
    project.afterAssessmentId
      ? db
          .select({ level: assessmentResults.level })
          .from(assessmentResults)
          .innerJoin(assessments, eq(assessments.id, assessmentResults.assessmentId))
          .where(and(eq(assessmentResults.assessmentId, project.afterAssessmentId), eq(assessments.status, "submitted")))
      : Promise.resolve([]),
    db.select(planFirmColumns).from(enterprises).where(eq(enterprises.id, project.enterpriseId)),
    db
      .select({ itemId: subsidyApplicationItems.projectItemId, applicationId: subsidyApplicationItems.applicationId })
      .from(subsidyApplicationItems)
      .innerJoin(projectItems, eq(projectItems.id, subsidyApplicationItems.projectItemId))
      .where(and(eq(projectItems.projectId, project.id), eq(subsidyApplicationItems.released, false))),
  ]);
  if (!firm[0]) throw AppError.notFound("project");
  return {
    items: items.map((i) => ({ id: i.id, name: i.name, category: i.category, amountFen: i.amountFen })),
    baselineLevel: baseline[0]?.level ?? 0,
    afterLevel: after[0]?.level ?? null,
    firm: firmForPlan(firm[0]),
    claimed: new Map(claimed.map((c) => [c.itemId, c.applicationId])),
  };
}

export interface PolicyFit {
  verdict: Verdict;
  /** The conditions not met, or not known, each with its reason. */
  checks: Pick<ConditionCheck, "condition" | "status" | "reason">[];
  /** The level the checks and the cap use: the after-assessment's once submitted, else the target. */
  level: number;
  levelSource: "after_assessment" | "target";
}

function fitOf(p: PolicyEntry, project: ProjectRow, facts: ProjectFacts, today: string): PolicyFit {
  const level = facts.afterLevel ?? project.targetLevel;
  const m = matchPolicy(p, { ...facts.firm, levelNow: facts.baselineLevel, levelAfter: level, spend: {}, today, finishBy: null });
  return {
    verdict: m.verdict,
    checks: m.checks.filter((c) => c.status !== "met").map((c) => ({ condition: c.condition, status: c.status, reason: c.reason })),
    level,
    levelSource: facts.afterLevel === null ? "target" : "after_assessment",
  };
}

/** Whether the policy pays only after acceptance (先建后补): said so, or not said (the safe reading). */
const paysAfterAcceptance = (p: PolicyEntry) => p.payment.value === null || p.payment.value === "after_acceptance";

export interface SubsidyOption {
  policyId: string;
  title: Localized;
  demo: boolean;
  fit: PolicyFit;
  payment: PolicyEntry["payment"]["value"];
  window: { from: string | null; until: string | null } | null;
  /** The materials the policy lists; null when its source lists none (ask the issuer). */
  materials: string[] | null;
  items: { id: string; name: string; category: ClaimItem["category"]; amountYuan: number; coverage: Coverage; claimedBy: string | null }[];
  /** The items an application would claim by default, and what the policy gives on them. */
  defaultItemIds: string[];
  claimedYuan: number;
  estimateYuan: number | null;
  percent: number | null;
  capYuan: number | null;
  /** The live application for this policy, if there is one. */
  applicationId: string | null;
}

/** The policies a project may apply to, each checked against the firm and the project, with the items it may fund. */
export async function subsidyOptions(db: Db, actor: Actor, slug: string, projectId: string): Promise<SubsidyOption[]> {
  const { tenant, project } = await projectFor(db, actor, slug, projectId);
  const [list, facts, live] = await Promise.all([
    subsidyPolicies(db, tenant.id),
    projectFacts(db, project),
    db
      .select({ id: subsidyApplications.id, policyId: subsidyApplications.policyId })
      .from(subsidyApplications)
      .where(and(eq(subsidyApplications.projectId, project.id), notInArray(subsidyApplications.status, [...RELEASING]))),
  ]);
  const today = isoDay();
  const order: Record<Verdict, number> = { eligible: 0, possibly_eligible: 1, not_eligible: 2 };
  const options = list.map(({ id: rowId, code, entry: p }): SubsidyOption => {
    const fit = fitOf(p, project, facts, today);
    const items = facts.items.map((i) => ({
      id: i.id,
      name: i.name,
      category: i.category,
      amountYuan: toYuan(i.amountFen),
      coverage: itemCoverage(p, i, project.lightweight).coverage,
      claimedBy: facts.claimed.get(i.id) ?? null,
    }));
    const chosen = facts.items.filter((i, n) => items[n]!.coverage !== "no" && !facts.claimed.has(i.id));
    const estimate = claimEstimate(p, chosen, fit.level);
    return {
      policyId: code,
      title: { "zh-CN": p.title, en: p.titleEn || undefined },
      demo: p.demo,
      fit,
      payment: p.payment.value,
      window: p.window.value ? { from: p.window.value.from, until: p.window.value.until } : null,
      materials: p.documents.value,
      items,
      defaultItemIds: chosen.map((i) => i.id),
      claimedYuan: toYuan(estimate.claimedFen),
      estimateYuan: estimate.estimateFen === null ? null : toYuan(estimate.estimateFen),
      percent: estimate.percent,
      capYuan: estimate.capFen === null ? null : toYuan(estimate.capFen),
      applicationId: live.find((a) => a.policyId === rowId)?.id ?? null,
    };
  });
  // The policies the firm may get first: one of another city is listed last, with why not.
  return options.sort((a, b) => order[a.fit.verdict] - order[b.fit.verdict]);
}

/** The items asked for, checked: the project's own, funded by the policy (not "no"), and claimed by no other live application. */
function checkedItems(ids: readonly string[], facts: ProjectFacts, p: PolicyEntry, project: ProjectRow, self: string | null): ProjectFacts["items"] {
  const chosen: ProjectFacts["items"] = [];
  // The position named in an error is the one in the request (a repeated id is claimed once).
  for (const [n, id] of ids.entries()) {
    if (ids.indexOf(id) !== n) continue;
    const item = facts.items.find((i) => i.id === id);
    if (!item) throw invalid(`itemIds.${n}`, { "zh-CN": "不是本项目的合同明细", en: "not a contract item of this project" });
    const owner = facts.claimed.get(id);
    if (owner && owner !== self)
      throw conflict(`itemIds.${n}`, {
        "zh-CN": `合同明细“${item.name}”已在另一项补贴申报中，同一项支出不能重复申报`,
        en: `the contract item "${item.name}" is claimed by another application: one expense is funded once`,
      });
    const c = itemCoverage(p, item, project.lightweight);
    if (c.coverage === "no")
      throw invalid(`itemIds.${n}`, {
        "zh-CN": c.rule === "xiaokuaiqingzhun" ? `该政策只支持“小快轻准”产品，“${item.name}”不在其列` : `该政策支持的费用类型不包括“${item.name}”这类支出`,
        en:
          c.rule === "xiaokuaiqingzhun"
            ? `the policy funds 小快轻准 products only; "${item.name}" is not one`
            : `the policy does not fund expenses like "${item.name}"`,
      });
    chosen.push(item);
  }
  if (chosen.length === 0) throw invalid("itemIds", { "zh-CN": "没有可申报的合同明细", en: "no contract item can be claimed" });
  return chosen;
}

function checkedAmount(amountYuan: number | undefined, estimate: ClaimEstimate, level: number): number {
  const fen = amountYuan === undefined ? (estimate.estimateFen ?? 0) : toFen(amountYuan);
  if (fen <= 0)
    throw invalid(
      "amountYuan",
      estimate.capFen === 0
        ? {
            "zh-CN": `按政策，${level} 级没有补贴额度（低于政策的最低等级），不能申报`,
            en: `the policy gives nothing at level ${level} (below its lowest tier): nothing can be applied for`,
          }
        : amountYuan === undefined && estimate.estimateFen === null
          ? {
              "zh-CN": "请填写申请金额（政策未给出可计算的比例，无法代为测算）",
              en: "give the amount applied for (the policy gives no percent to compute it from)",
            }
          : { "zh-CN": "申请金额应大于 0", en: "the amount must be above 0" },
    );
  if (fen > estimate.claimedFen)
    throw invalid("amountYuan", {
      "zh-CN": `申请金额不能超过所申报合同明细的合计 ${exactMoney(toYuan(estimate.claimedFen), "zh-CN")}`,
      en: `the amount cannot exceed the claimed items' total of ${exactMoney(toYuan(estimate.claimedFen), "en")}`,
    });
  return fen;
}

/** Which unique index refused a write (both drivers: the error or its cause carries code 23505 and the index's name). */
function uniqueViolation(error: unknown): "items" | "policy" | null {
  const parts = [error, (error as { cause?: unknown })?.cause] as { code?: string; message?: string; constraint?: string; constraint_name?: string }[];
  const hit = parts.find((e) => e?.code === "23505");
  if (!hit) return null;
  const text = `${hit.constraint ?? ""} ${hit.constraint_name ?? ""} ${hit.message ?? ""}`;
  return text.includes("subsidy_application_items") ? "items" : "policy";
}
const itemTaken = () =>
  conflict("itemIds", {
    "zh-CN": "所选合同明细刚刚已被另一项申报占用，请刷新后再试",
    en: "one of the items was just claimed by another application: reload and try again",
  });

/** A batch's deadline: not past, and not after the policy's own window closes (its text is the limit). */
function checkedDeadline(deadline: string | null, p: PolicyEntry | null): string | null {
  if (!deadline) return null;
  if (deadline < isoDay()) throw invalid("deadline", { "zh-CN": "截止日期已过", en: "the deadline has passed" });
  const until = p?.window.value?.until;
  if (until && deadline > until)
    throw invalid("deadline", {
      "zh-CN": `不能晚于政策申报期的截止日 ${until}`,
      en: `cannot be after the policy's window closes on ${until}`,
    });
  return deadline;
}

const livePolicy = (batch: string) =>
  conflict("policyId", {
    "zh-CN": `本项目已有这项政策的申报（${batch}），未被驳回或撤回前不能再申报`,
    en: `this project already applies for this policy (${batch}); another application waits until that one is refused or withdrawn`,
  });

export async function createSubsidyApplication(
  db: Db,
  actor: Actor,
  slug: string,
  projectId: string,
  request: CreateSubsidyApplication,
): Promise<{ id: string }> {
  const { tenant, project } = await projectFor(db, actor, slug, projectId, "project.apply");
  const state = project.status as ProjectState;
  if (!APPLYING_STATES.has(state))
    throw conflict("project", { "zh-CN": "项目备案通过后才能申报补贴", en: "a subsidy can be applied for once the project's filing is approved" });
  if (state === "paid" && project.paidAmountFen !== null) {
    const [byApplications] = await db
      .select({ n: count() })
      .from(subsidyApplications)
      .where(and(eq(subsidyApplications.projectId, project.id), eq(subsidyApplications.status, "paid")));
    if ((byApplications?.n ?? 0) === 0)
      throw conflict("project", {
        "zh-CN": "该项目的拨付已由门户直接记录，不能再通过补贴申报记录同一笔资金",
        en: "the portal recorded this project's payment directly: the same money cannot be applied for again",
      });
  }
  const [policy] = await subsidyPolicies(db, tenant.id, { code: request.policyId });
  if (!policy) throw invalid("policyId", { "zh-CN": "本门户没有这项补贴政策", en: "no such subsidy policy in this portal" });
  const [live] = await db
    .select({ batch: subsidyApplications.batch })
    .from(subsidyApplications)
    .where(
      and(eq(subsidyApplications.projectId, project.id), eq(subsidyApplications.policyId, policy.id), notInArray(subsidyApplications.status, [...RELEASING])),
    );
  if (live) throw livePolicy(live.batch);
  const facts = await projectFacts(db, project);
  const p = policy.entry;
  const ids =
    request.itemIds ?? facts.items.filter((i) => itemCoverage(p, i, project.lightweight).coverage !== "no" && !facts.claimed.has(i.id)).map((i) => i.id);
  const items = checkedItems(ids, facts, p, project, null);
  const level = facts.afterLevel ?? project.targetLevel;
  const estimate = claimEstimate(p, items, level);
  const requestedFen = checkedAmount(request.amountYuan, estimate, level);
  const deadline = checkedDeadline(request.deadline ?? p.window.value?.until ?? null, p);
  const materials: SubsidyMaterialState[] = (p.documents.value ?? []).map((name) => ({ name, offline: false, note: null }));
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(subsidyApplications)
        .values({
          tenantId: tenant.id,
          projectId: project.id,
          policyId: policy.id,
          policyCode: policy.code,
          policyTitle: p.title,
          batch: request.batch,
          deadline,
          requestedFen,
          estimateFen: estimate.estimateFen,
          materials,
          createdBy: actor.userId,
        })
        .returning({ id: subsidyApplications.id });
      if (!row) throw new Error("subsidy application insert returned nothing");
      await tx.insert(subsidyApplicationItems).values(items.map((i) => ({ applicationId: row.id, projectItemId: i.id, amountFen: i.amountFen })));
      await tx
        .insert(subsidyApplicationEvents)
        .values({ applicationId: row.id, tenantId: tenant.id, toStatus: "draft", amountFen: requestedFen, actorUserId: actor.userId });
      await audit(tx, {
        tenantId: tenant.id,
        actorUserId: actor.userId,
        action: "subsidy.create",
        targetType: "project",
        targetId: project.id,
        details: { application: row.id, policy: policy.code, batch: request.batch, requestedYuan: toYuan(requestedFen) },
      });
      return { id: row.id };
    });
  } catch (error) {
    const which = uniqueViolation(error);
    if (which === "items") throw itemTaken();
    if (which === "policy") throw livePolicy(request.batch);
    throw error;
  }
}

type ApplicationRow = typeof subsidyApplications.$inferSelect;

/** The application if it belongs to a project the caller stands on a side of, with that access; 404 otherwise. */
export async function applicationFor(
  db: Db,
  actor: Actor,
  slug: string,
  projectId: string,
  applicationId: string,
  permission: "project.read" | "project.apply" | "project.review" = "project.read",
): Promise<ProjectAccess & { application: ApplicationRow }> {
  // Read access first: a caller who cannot see the project learns nothing of its applications.
  const access = await projectFor(db, actor, slug, projectId);
  if (!isUuid(applicationId)) throw AppError.notFound("subsidy_application");
  const [application] = await db
    .select()
    .from(subsidyApplications)
    .where(and(eq(subsidyApplications.id, applicationId), eq(subsidyApplications.projectId, access.project.id)));
  if (!application) throw AppError.notFound("subsidy_application");
  if (permission !== "project.read") await projectFor(db, actor, slug, projectId, permission);
  return { ...access, application };
}

export interface SubsidyApplicationView {
  id: string;
  projectId: string;
  projectTitle: string;
  enterpriseName: string;
  policyId: string;
  policyTitle: string;
  batch: string;
  deadline: string | null;
  status: SubsidyState;
  requestedYuan: number;
  estimateYuan: number | null;
  approvedYuan: number | null;
  paidYuan: number | null;
  paidOn: string | null;
  lastNote: string | null;
  revision: number;
  stateSince: string;
  submittedAt: string | null;
}

export interface SubsidyApplicationDetail extends SubsidyApplicationView {
  items: { id: string; name: string; category: string; amountYuan: number }[];
  materials: { name: string; offline: boolean; note: string | null; files: { id: string; fileName: string; sizeBytes: number; submitted: boolean }[] }[];
  /** The materials neither uploaded nor handed in on paper: submission waits for them. */
  missingMaterials: string[];
  /** The policy checked now against the firm and the project (null when the policy left the catalogue). */
  fit: PolicyFit | null;
  /** A request above what the policy's percent and cap give (the reviewer sees it). */
  aboveEstimate: boolean;
  events: { from: string | null; to: string; amountYuan: number | null; note: string | null; at: string; actor: string | null }[];
  allowed: { to: SubsidyState; needsNote: boolean; needsAmount: "approved" | "paid" | null }[];
}

function viewOf(a: ApplicationRow, project: { title: string }, enterpriseName: string): SubsidyApplicationView {
  return {
    id: a.id,
    projectId: a.projectId,
    projectTitle: project.title,
    enterpriseName,
    policyId: a.policyCode,
    policyTitle: a.policyTitle,
    batch: a.batch,
    deadline: a.deadline,
    status: subsidyStateOf(a.status),
    requestedYuan: toYuan(a.requestedFen),
    estimateYuan: a.estimateFen === null ? null : toYuan(a.estimateFen),
    approvedYuan: a.approvedFen === null ? null : toYuan(a.approvedFen),
    paidYuan: a.paidFen === null ? null : toYuan(a.paidFen),
    paidOn: a.paidOn,
    lastNote: a.lastNote,
    revision: a.revision,
    stateSince: a.stateSince.toISOString(),
    submittedAt: a.submittedAt?.toISOString() ?? null,
  };
}

async function detailOf(db: Db, access: ProjectAccess, a: ApplicationRow, acting: ProjectSide[]): Promise<SubsidyApplicationDetail> {
  const { tenant, project } = access;
  const [items, files, events, firm, policy, facts] = await Promise.all([
    db
      .select({ id: projectItems.id, name: projectItems.name, category: projectItems.category, amountFen: subsidyApplicationItems.amountFen })
      .from(subsidyApplicationItems)
      .innerJoin(projectItems, eq(projectItems.id, subsidyApplicationItems.projectItemId))
      .where(eq(subsidyApplicationItems.applicationId, a.id))
      .orderBy(asc(projectItems.position)),
    db
      .select({
        id: subsidyApplicationFiles.id,
        material: subsidyApplicationFiles.material,
        createdAt: subsidyApplicationFiles.createdAt,
        fileName: storedFiles.fileName,
        sizeBytes: storedFiles.sizeBytes,
      })
      .from(subsidyApplicationFiles)
      .innerJoin(storedFiles, eq(storedFiles.id, subsidyApplicationFiles.fileId))
      .where(eq(subsidyApplicationFiles.applicationId, a.id))
      .orderBy(asc(subsidyApplicationFiles.createdAt)),
    db
      .select({
        from: subsidyApplicationEvents.fromStatus,
        to: subsidyApplicationEvents.toStatus,
        amountFen: subsidyApplicationEvents.amountFen,
        note: subsidyApplicationEvents.note,
        at: subsidyApplicationEvents.at,
        actor: users.name,
      })
      .from(subsidyApplicationEvents)
      .leftJoin(users, eq(users.id, subsidyApplicationEvents.actorUserId))
      .where(eq(subsidyApplicationEvents.applicationId, a.id))
      .orderBy(asc(subsidyApplicationEvents.at), asc(subsidyApplicationEvents.id)),
    db.select({ name: enterprises.name }).from(enterprises).where(eq(enterprises.id, project.enterpriseId)),
    subsidyPolicies(db, tenant.id, { id: a.policyId }),
    projectFacts(db, project),
  ]);
  const materials = a.materials.map((m, n) => ({
    ...m,
    files: files
      .filter((f) => f.material === n)
      // A file submitted once stays on record (after a return, corrections are added beside it).
      .map((f) => ({ id: f.id, fileName: f.fileName, sizeBytes: f.sizeBytes, submitted: a.submittedAt !== null && f.createdAt <= a.submittedAt })),
  }));
  const state = subsidyStateOf(a.status);
  const fit = policy[0] ? fitOf(policy[0].entry, project, facts, isoDay()) : null;
  // The estimate as the policy gives it today, at the level the checks use (the after-assessment's once there is one).
  const estimate = policy[0] && fit ? claimEstimate(policy[0].entry, items, fit.level) : null;
  const estimateFen = estimate ? estimate.estimateFen : a.estimateFen;
  return {
    ...viewOf(a, project, firm[0]?.name ?? ""),
    estimateYuan: estimateFen === null ? null : toYuan(estimateFen),
    items: items.map((i) => ({ id: i.id, name: i.name, category: i.category, amountYuan: toYuan(i.amountFen) })),
    materials,
    missingMaterials: materials.filter((m) => !m.offline && m.files.length === 0).map((m) => m.name),
    fit,
    aboveEstimate: estimateFen !== null && a.requestedFen > estimateFen,
    events: events.map((e) => ({
      from: e.from,
      to: e.to,
      amountYuan: e.amountFen === null ? null : toYuan(e.amountFen),
      note: e.note,
      at: e.at.toISOString(),
      actor: e.actor,
    })),
    allowed: subsidyTransitionsFrom(state, acting).map((t) => ({ to: t.to, needsNote: !!t.needsNote, needsAmount: t.needsAmount ?? null })),
  };
}

export async function subsidyApplicationDetail(
  db: Db,
  actor: Actor,
  slug: string,
  projectId: string,
  applicationId: string,
): Promise<SubsidyApplicationDetail> {
  const access = await applicationFor(db, actor, slug, projectId, applicationId);
  return detailOf(db, access, access.application, actingSides(actor, access.tenant.id, access.sides));
}

/** A project's applications, newest first. */
export async function projectSubsidyApplications(db: Db, actor: Actor, slug: string, projectId: string): Promise<SubsidyApplicationView[]> {
  const { project } = await projectFor(db, actor, slug, projectId);
  const [rows, firm] = await Promise.all([
    db.select().from(subsidyApplications).where(eq(subsidyApplications.projectId, project.id)).orderBy(desc(subsidyApplications.createdAt)),
    db.select({ name: enterprises.name }).from(enterprises).where(eq(enterprises.id, project.enterpriseId)),
  ]);
  return rows.map((a) => viewOf(a, project, firm[0]?.name ?? ""));
}

/** Applications listed at most (the most recently moved); the totals count them all. */
export const SUBSIDY_LIST_LIMIT = 500;

/** The portal's applications the caller may read (all of them for its administrators), with totals per state. */
export async function portalSubsidyApplications(
  db: Db,
  actor: Actor,
  slug: string,
  filter: { status?: SubsidyState } = {},
): Promise<{ applications: SubsidyApplicationView[]; totals: { status: SubsidyState; applications: number; requestedYuan: number; paidYuan: number }[] }> {
  const tenant = await tenantFor(db, actor, slug, "project.read");
  const visible = visibleProjects(actor, tenant.id);
  if (!visible) return { applications: [], totals: [] };
  const where: SQL[] = [eq(subsidyApplications.tenantId, tenant.id), visible];
  const [rows, totals] = await Promise.all([
    db
      .select({ a: subsidyApplications, title: projects.title, firm: enterprises.name })
      .from(subsidyApplications)
      .innerJoin(projects, eq(projects.id, subsidyApplications.projectId))
      .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
      .where(and(...where, filter.status ? eq(subsidyApplications.status, filter.status) : undefined))
      .orderBy(desc(subsidyApplications.stateSince))
      .limit(SUBSIDY_LIST_LIMIT),
    db
      .select({
        status: subsidyApplications.status,
        applications: count(),
        requested: sql<string>`coalesce(sum(${subsidyApplications.requestedFen}), 0)`,
        paid: sql<string>`coalesce(sum(${subsidyApplications.paidFen}), 0)`,
      })
      .from(subsidyApplications)
      .innerJoin(projects, eq(projects.id, subsidyApplications.projectId))
      .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
      .where(and(...where))
      .groupBy(subsidyApplications.status),
  ]);
  return {
    applications: rows.map((r) => viewOf(r.a, { title: r.title }, r.firm)),
    totals: SUBSIDY_STATES.flatMap((status) => {
      const t = totals.find((x) => x.status === status);
      return t ? [{ status, applications: t.applications, requestedYuan: toYuan(Number(t.requested)), paidYuan: toYuan(Number(t.paid)) }] : [];
    }),
  };
}

/** A draft's terms and materials changed by the applicant (also after a return for corrections). */
export async function updateSubsidyApplication(
  db: Db,
  actor: Actor,
  slug: string,
  projectId: string,
  applicationId: string,
  request: UpdateSubsidyApplication,
): Promise<SubsidyApplicationDetail> {
  const access = await applicationFor(db, actor, slug, projectId, applicationId, "project.apply");
  const { tenant, project, application } = access;
  const [policy] = await subsidyPolicies(db, tenant.id, { id: application.policyId });
  const facts = await projectFacts(db, project);
  let items: ProjectFacts["items"] | null = null;
  if (request.itemIds || request.amountYuan !== undefined) {
    if (!policy)
      throw conflict("policyId", { "zh-CN": "这项政策已不在目录中，不能再修改申报明细", en: "the policy left the catalogue: the claim cannot change" });
    const current = facts.items.filter((i) => facts.claimed.get(i.id) === application.id).map((i) => i.id);
    items = checkedItems(request.itemIds ?? current, facts, policy.entry, project, application.id);
  }
  try {
    await db.transaction(async (tx) => {
      // Everything not in the request is taken from the row as it is now, locked: two quick edits
      // (one material ticked, then another) both stand.
      const [row] = await tx.select().from(subsidyApplications).where(eq(subsidyApplications.id, application.id)).for("update");
      if (!row || row.status !== "draft")
        throw conflict("status", { "zh-CN": "已提交的申报不能修改（退回补正后可改）", en: "a submitted application cannot change (it can after a return)" });
      if (request.revision !== undefined && request.revision !== row.revision)
        throw conflict("revision", { "zh-CN": "申报已被他人更改，请刷新后再试", en: "the application changed meanwhile: reload and try again" });
      if (request.materials && request.materials.length !== row.materials.length)
        throw invalid("materials", {
          "zh-CN": `材料清单有 ${row.materials.length} 项，请逐项给出`,
          en: `the checklist has ${row.materials.length} materials: give each one`,
        });
      if (request.material && request.material.index >= row.materials.length)
        throw invalid("material.index", { "zh-CN": "材料清单中没有这一项", en: "no such material in the checklist" });
      let requestedFen = row.requestedFen;
      let estimateFen = row.estimateFen;
      if (items && policy) {
        const estimate = claimEstimate(policy.entry, items, facts.afterLevel ?? project.targetLevel);
        estimateFen = estimate.estimateFen;
        requestedFen = checkedAmount(request.amountYuan ?? toYuan(row.requestedFen), estimate, facts.afterLevel ?? project.targetLevel);
        await tx.delete(subsidyApplicationItems).where(eq(subsidyApplicationItems.applicationId, application.id));
        await tx.insert(subsidyApplicationItems).values(items.map((i) => ({ applicationId: application.id, projectItemId: i.id, amountFen: i.amountFen })));
      }
      const materials = row.materials.map((m, n) => {
        const change = request.materials?.[n] ?? (request.material?.index === n ? request.material : undefined);
        return change ? { name: m.name, offline: change.offline, note: change.note || null } : m;
      });
      await tx
        .update(subsidyApplications)
        .set({
          batch: request.batch ?? row.batch,
          deadline: request.deadline === undefined ? row.deadline : checkedDeadline(request.deadline, policy?.entry ?? null),
          requestedFen,
          estimateFen,
          materials,
          revision: sql`${subsidyApplications.revision} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(subsidyApplications.id, application.id));
      await audit(tx, {
        tenantId: tenant.id,
        actorUserId: actor.userId,
        action: "subsidy.update",
        targetType: "project",
        targetId: project.id,
        details: { application: application.id, requestedYuan: toYuan(requestedFen) },
      });
    });
  } catch (error) {
    if (uniqueViolation(error)) throw itemTaken();
    throw error;
  }
  return subsidyApplicationDetail(db, actor, slug, projectId, applicationId);
}

const bothNames = (s: SubsidyState) => ({ "zh-CN": SUBSIDY_STATE_NAMES[s]["zh-CN"], en: SUBSIDY_STATE_NAMES[s].en ?? s });

/** A state as the reader sees it, with its code: “审核中（reviewing）”. */
const stateWords = (s: SubsidyState) => ({ "zh-CN": `${SUBSIDY_STATE_NAMES[s]["zh-CN"]}（${s}）`, en: `${SUBSIDY_STATE_NAMES[s].en ?? s} (${s})` });

/**
 * Moves an application. The applicant submits (every material uploaded or handed in on paper, the
 * deadline not passed, the project accepted when the policy pays after acceptance, no condition of the
 * policy unmet) or withdraws; the portal takes it into review, returns it, approves an amount up to the
 * request, refuses, and records the payment up to the amount approved. A refusal or a withdrawal frees
 * its items. The move, its event and the audit line are one transaction with the application locked.
 */
export async function transitionSubsidyApplication(
  db: Db,
  actor: Actor,
  slug: string,
  projectId: string,
  applicationId: string,
  request: SubsidyTransitionRequest,
): Promise<SubsidyApplicationDetail> {
  const access = await applicationFor(db, actor, slug, projectId, applicationId);
  const { tenant, project, application } = access;
  const acting = actingSides(actor, tenant.id, access.sides);
  const from = subsidyStateOf(application.status);
  const check = checkSubsidyTransition(from, request.to, acting);
  if (!check.ok) {
    const allowed = check.allowed.map(stateWords);
    const [f, t] = [stateWords(from), stateWords(request.to)];
    throw conflict("to", {
      "zh-CN": `不能从${f["zh-CN"]}转到${t["zh-CN"]}；${allowed.length > 0 ? `您现在可以转到：${allowed.map((a) => a["zh-CN"]).join("、")}` : "您现在不能转换这项申报"}`,
      en: `cannot move from ${f.en} to ${t.en}; ${allowed.length > 0 ? `you may move it to: ${allowed.map((a) => a.en).join(", ")}` : "you cannot move this application now"}`,
    });
  }
  const note = request.note?.trim() || null;
  if (check.transition.needsNote && !note) throw invalid("note", { "zh-CN": "请写明原因", en: "give the reason" });
  const needs = check.transition.needsAmount;
  if (!needs && request.amountYuan !== undefined)
    throw invalid("amountYuan", { "zh-CN": "只有审核通过或记录拨付时填写金额", en: "an amount is given only when approving or recording the payment" });
  if (request.to !== "paid" && request.paidOn !== undefined)
    throw invalid("paidOn", { "zh-CN": "只有记录拨付时填写拨付日期", en: "a payment date is given only when recording the payment" });
  const today = isoDay();
  let amountFen: number | null = null;
  if (needs) {
    if (request.amountYuan === undefined || request.amountYuan <= 0)
      throw invalid("amountYuan", {
        "zh-CN": needs === "approved" ? "请填写核定金额（大于 0 的元数）" : "请填写拨付金额（大于 0 的元数）",
        en: needs === "approved" ? "give the amount approved (yuan, above 0)" : "give the amount paid (yuan, above 0)",
      });
    amountFen = toFen(request.amountYuan);
    const limit = needs === "approved" ? application.requestedFen : (application.approvedFen ?? application.requestedFen);
    if (amountFen > limit)
      throw invalid("amountYuan", {
        "zh-CN":
          needs === "approved"
            ? `核定金额不能超过申请金额 ${exactMoney(toYuan(limit), "zh-CN")}`
            : `拨付金额不能超过核定金额 ${exactMoney(toYuan(limit), "zh-CN")}`,
        en:
          needs === "approved"
            ? `cannot exceed the amount applied for, ${exactMoney(toYuan(limit), "en")}`
            : `cannot exceed the amount approved, ${exactMoney(toYuan(limit), "en")}`,
      });
  }
  const paidOn = request.to === "paid" ? (request.paidOn ?? today) : null;
  if (paidOn && paidOn > today) throw invalid("paidOn", { "zh-CN": "拨付日期不能晚于今天", en: "the payment date cannot be in the future" });

  if (request.to === "applied") {
    const detail = await detailOf(db, access, application, acting);
    const [policy] = await subsidyPolicies(db, tenant.id, { id: application.policyId });
    if (!policy) throw conflict("policyId", { "zh-CN": "这项政策已不在目录中，不能再申报", en: "the policy left the catalogue: it cannot be applied for" });
    if (paysAfterAcceptance(policy.entry) && !ACCEPTED.has(project.status as ProjectState))
      throw conflict("project", {
        "zh-CN": "这项政策在验收通过后兑付（先建后补），项目验收通过后才能提交申报",
        en: "this policy pays after acceptance: submit once the project is accepted",
      });
    const unmet = detail.fit?.checks.filter((c) => c.status === "unmet") ?? [];
    if (unmet.length > 0)
      throw conflict(
        "policyId",
        {
          "zh-CN": `不符合政策条件：${unmet.map((c) => c.reason["zh-CN"]).join("；")}`,
          en: `the policy's conditions are not met: ${unmet.map((c) => c.reason.en).join("; ")}`,
        },
        unmet.map((c) => ({ field: `conditions.${c.condition}`, message: c.reason })),
      );
  }

  let projectPaid = false;
  const moved = await db.transaction(async (tx) => {
    const [locked] = await tx.select().from(subsidyApplications).where(eq(subsidyApplications.id, application.id)).for("update");
    if (!locked || locked.status !== from)
      throw conflict("to", { "zh-CN": "申报状态刚刚已被更改，请刷新后再试", en: "the application's state changed meanwhile: reload and try again" });
    if (request.revision !== undefined && request.revision !== locked.revision)
      throw conflict("revision", { "zh-CN": "申报已被他人更改，请刷新后再试", en: "the application changed meanwhile: reload and try again" });
    // The checklist and the deadline are checked on the locked row: a file removed meanwhile waits, and counts.
    if (request.to === "applied") {
      const files = await tx
        .select({ material: subsidyApplicationFiles.material, n: count() })
        .from(subsidyApplicationFiles)
        .where(eq(subsidyApplicationFiles.applicationId, application.id))
        .groupBy(subsidyApplicationFiles.material);
      const missing = locked.materials.flatMap((m, n) => (!m.offline && !files.some((f) => f.material === n && f.n > 0) ? [{ n, name: m.name }] : []));
      if (missing.length > 0)
        throw conflict(
          "materials",
          { "zh-CN": `申报材料还缺：${missing.map((m) => m.name).join("、")}`, en: `materials still missing: ${missing.map((m) => m.name).join(", ")}` },
          missing.map((m) => ({ field: `materials.${m.n}`, message: { "zh-CN": "未上传，也未注明线下提交", en: "neither uploaded nor handed in on paper" } })),
        );
      if (locked.deadline && locked.deadline < today)
        throw conflict("deadline", { "zh-CN": `本批次申报已于 ${locked.deadline} 截止`, en: `this batch closed on ${locked.deadline}` });
    }
    if (paidOn && locked.submittedAt && paidOn < isoDay(locked.submittedAt))
      throw invalid("paidOn", { "zh-CN": "拨付日期不能早于申报提交日期", en: "the payment date cannot be before the application was submitted" });
    const now = new Date();
    const [row] = await tx
      .update(subsidyApplications)
      .set({
        status: request.to,
        stateSince: now,
        updatedAt: now,
        revision: sql`${subsidyApplications.revision} + 1`,
        lastNote: check.transition.needsNote ? note : null,
        ...(request.to === "applied" ? { submittedAt: now } : {}),
        ...(needs === "approved" ? { approvedFen: amountFen } : {}),
        ...(needs === "paid" ? { paidFen: amountFen, paidOn } : {}),
      })
      .where(and(eq(subsidyApplications.id, application.id), eq(subsidyApplications.status, from)))
      .returning();
    if (!row) throw conflict("to", { "zh-CN": "申报状态刚刚已被更改，请刷新后再试", en: "the application's state changed meanwhile: reload and try again" });
    if (RELEASING.has(request.to))
      await tx.update(subsidyApplicationItems).set({ released: true }).where(eq(subsidyApplicationItems.applicationId, application.id));
    await tx.insert(subsidyApplicationEvents).values({
      applicationId: application.id,
      tenantId: tenant.id,
      fromStatus: from,
      toStatus: request.to,
      amountFen,
      note,
      actorUserId: actor.userId,
      at: now,
    });
    if (request.to === "paid") projectPaid = await recordProjectPayment(tx, tenant.id, project, actor.userId, now);
    await emitWebhookEvent(tx, {
      tenantId: tenant.id,
      enterpriseId: project.enterpriseId,
      type: "subsidy.status_changed",
      data: { applicationId: application.id, projectId: project.id, enterpriseId: project.enterpriseId, from, to: request.to },
    });
    await audit(tx, {
      tenantId: tenant.id,
      actorUserId: actor.userId,
      action: "subsidy.transition",
      targetType: "project",
      targetId: project.id,
      details: {
        application: application.id,
        policy: application.policyCode,
        // In words: an application's "rejected" or "paid" is not a project's (which the log's own words name).
        from: bothNames(from),
        to: bothNames(request.to),
        ...(note ? { note } : {}),
        ...(amountFen !== null ? { amountYuan: toYuan(amountFen) } : {}),
      },
    });
    return row;
  });
  await notifySubsidyMove(db, { tenant, project, application: moved, from, to: request.to, actorUserId: actor.userId, note });
  if (projectPaid) await notifyTransition(db, { tenant, project, from: "accepted", to: "paid", actorUserId: actor.userId, note: null });
  return detailOf(db, access, moved, acting);
}

/**
 * The project's own record of the money: the sum its applications were paid, whatever its state (a
 * policy may pay in advance). An accepted project moves to 已拨付 with it, recorded as the portal's own
 * move would be (event, audit line); returns whether it moved, for the mails.
 */
async function recordProjectPayment(tx: Db, tenantId: string, project: ProjectRow, actorUserId: string, now: Date): Promise<boolean> {
  const [locked] = await tx.select({ status: projects.status }).from(projects).where(eq(projects.id, project.id)).for("update");
  if (!locked) return false;
  const [sum] = await tx
    .select({ fen: sql<string>`coalesce(sum(${subsidyApplications.paidFen}), 0)` })
    .from(subsidyApplications)
    .where(and(eq(subsidyApplications.projectId, project.id), eq(subsidyApplications.status, "paid")));
  const paidFen = Number(sum?.fen ?? 0);
  const moves = locked.status === "accepted";
  await tx
    .update(projects)
    .set({
      paidAmountFen: paidFen,
      updatedAt: now,
      revision: sql`${projects.revision} + 1`,
      ...(moves ? { status: "paid", stateSince: now, lastNote: null } : {}),
    })
    .where(eq(projects.id, project.id));
  if (!moves) return false;
  const note = `补贴拨付 ${exactMoney(toYuan(paidFen), "zh-CN")}`;
  await tx.insert(projectEvents).values({ projectId: project.id, tenantId, fromStatus: "accepted", toStatus: "paid", actorUserId, note, at: now });
  await emitWebhookEvent(tx, {
    tenantId,
    enterpriseId: project.enterpriseId,
    type: "project.transitioned",
    data: { projectId: project.id, enterpriseId: project.enterpriseId, from: "accepted", to: "paid" },
  });
  await audit(tx, {
    tenantId,
    actorUserId,
    action: "project.transition",
    targetType: "project",
    targetId: project.id,
    details: { from: "accepted", to: "paid", note, paidAmountYuan: toYuan(paidFen) },
  });
  return true;
}

const fileIssue = (zh: string, en: string, code: "conflict" | "payload_too_large" | "validation_failed" = "conflict") =>
  new AppError(code, { "zh-CN": `file：${zh}`, en: `file: ${en}` }, { issues: [{ field: "file", message: { "zh-CN": zh, en } }] });

/** A file for one material of a draft's checklist (PDF or image, limited in size and number). */
export async function uploadSubsidyMaterial(
  db: Db,
  actor: Actor,
  slug: string,
  projectId: string,
  applicationId: string,
  material: number,
  upload: Upload,
): Promise<SubsidyApplicationDetail> {
  const { tenant, project, application } = await applicationFor(db, actor, slug, projectId, applicationId, "project.apply");
  if (!Number.isInteger(material) || material < 0 || material >= application.materials.length)
    throw invalid("material", { "zh-CN": "材料清单中没有这一项", en: "no such material in the checklist" });
  const type = sniffType(upload.bytes);
  if (!type || !(MATERIAL_TYPES as readonly string[]).includes(type))
    throw fileIssue("只接受 PDF、PNG、JPEG 或 WebP 文件", "only PDF, PNG, JPEG or WebP files are accepted", "validation_failed");
  const fileName = safeFileName(upload.name, "material");
  await db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ status: subsidyApplications.status })
      .from(subsidyApplications)
      .where(eq(subsidyApplications.id, application.id))
      .for("no key update");
    if (!locked || locked.status !== "draft") throw fileIssue("已提交的申报不能再添加材料", "a submitted application takes no more files");
    const [totals] = await tx
      .select({ files: count(), bytes: sql<string>`coalesce(sum(${storedFiles.sizeBytes}), 0)` })
      .from(subsidyApplicationFiles)
      .innerJoin(storedFiles, eq(storedFiles.id, subsidyApplicationFiles.fileId))
      .where(eq(subsidyApplicationFiles.applicationId, application.id));
    if ((totals?.files ?? 0) >= MATERIAL_LIMITS.maxFiles)
      throw fileIssue(`每项申报最多 ${MATERIAL_LIMITS.maxFiles} 个文件`, `at most ${MATERIAL_LIMITS.maxFiles} files per application`);
    if (Number(totals?.bytes ?? 0) + upload.bytes.length > MATERIAL_LIMITS.maxTotalBytes)
      throw fileIssue("每项申报的文件合计不能超过 100 MB", "an application's files are limited to 100 MB in total", "payload_too_large");
    const stored = await storeFile(tx, {
      tenantId: tenant.id,
      purpose: "subsidy_material",
      fileName,
      mimeType: type,
      bytes: upload.bytes,
      uploadedBy: actor.userId,
    });
    await tx
      .insert(subsidyApplicationFiles)
      .values({ applicationId: application.id, tenantId: tenant.id, material, fileId: stored.id, uploadedBy: actor.userId });
    await tx.update(subsidyApplications).set({ updatedAt: new Date() }).where(eq(subsidyApplications.id, application.id));
    await audit(tx, {
      tenantId: tenant.id,
      actorUserId: actor.userId,
      action: "subsidy.material",
      targetType: "project",
      targetId: project.id,
      details: { application: application.id, material: application.materials[material]!.name, fileName, sha256: stored.sha256 },
    });
  });
  return subsidyApplicationDetail(db, actor, slug, projectId, applicationId);
}

async function materialFileRow(db: Db, applicationId: string, fileId: string) {
  if (!isUuid(fileId)) throw AppError.notFound("file");
  const [row] = await db
    .select({
      id: subsidyApplicationFiles.id,
      fileId: storedFiles.id,
      material: subsidyApplicationFiles.material,
      createdAt: subsidyApplicationFiles.createdAt,
      content: storedFiles.content,
      fileName: storedFiles.fileName,
      mimeType: storedFiles.mimeType,
    })
    .from(subsidyApplicationFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, subsidyApplicationFiles.fileId))
    .where(and(eq(subsidyApplicationFiles.id, fileId), eq(subsidyApplicationFiles.applicationId, applicationId)));
  if (!row) throw AppError.notFound("file");
  return row;
}

/** A material's file, for whoever may read the application (the reviewer opens it). */
export async function subsidyMaterialContent(db: Db, actor: Actor, slug: string, projectId: string, applicationId: string, fileId: string) {
  const { application } = await applicationFor(db, actor, slug, projectId, applicationId);
  return materialFileRow(db, application.id, fileId);
}

/** Removes a material's file from a draft (a wrong upload). */
export async function deleteSubsidyMaterial(db: Db, actor: Actor, slug: string, projectId: string, applicationId: string, fileId: string): Promise<void> {
  const { tenant, project, application } = await applicationFor(db, actor, slug, projectId, applicationId, "project.apply");
  await db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ status: subsidyApplications.status, submittedAt: subsidyApplications.submittedAt })
      .from(subsidyApplications)
      .where(eq(subsidyApplications.id, application.id))
      .for("no key update");
    if (!locked || locked.status !== "draft") throw fileIssue("已提交的申报不能删除材料", "a submitted application's files stay as submitted");
    const row = await materialFileRow(tx, application.id, fileId);
    // Returned for corrections: what was submitted stays on record; a correction is added beside it.
    if (locked.submittedAt && row.createdAt <= locked.submittedAt)
      throw fileIssue("已随申报提交过的材料不能删除，请上传更正后的文件", "a file submitted once stays on record: upload the corrected one beside it");
    await tx.delete(storedFiles).where(eq(storedFiles.id, row.fileId));
    await tx.update(subsidyApplications).set({ updatedAt: new Date() }).where(eq(subsidyApplications.id, application.id));
    await audit(tx, {
      tenantId: tenant.id,
      actorUserId: actor.userId,
      action: "subsidy.material_deleted",
      targetType: "project",
      targetId: project.id,
      details: { application: application.id, material: application.materials[row.material]?.name ?? row.material, fileName: row.fileName },
    });
  });
}
