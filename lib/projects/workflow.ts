import type { Localized } from "@/lib/i18n/localized";

/**
 * A transformation project's life as data: the states, and for each move who may make it. The
 * applicant side is the firm and its provider (they file and report); the portal's administrators
 * approve the filing, accept or reject with a reason, and record the payment. Anything not listed here
 * is refused with the moves that are allowed.
 */

export const PROJECT_STATES = ["draft", "filed", "contracted", "implementing", "completed", "acceptance_submitted", "accepted", "rejected", "paid"] as const;
export type ProjectState = (typeof PROJECT_STATES)[number];

/** A contract item's kind: 软件, 硬件 or 服务 (the subsidy rules fund them differently). */
export const PROJECT_ITEM_CATEGORIES = ["software", "hardware", "service"] as const;

/** Who stands where in a project: the firm, its provider (a consultant), or the portal's administrator. */
export type ProjectSide = "firm" | "provider" | "admin";

export interface ProjectTransition {
  from: ProjectState;
  to: ProjectState;
  by: readonly ProjectSide[];
  /** The button's words. */
  action: Localized;
  /** A reason must be given (a refusal, a return). */
  needsNote?: boolean;
}

const APPLICANT = ["firm", "provider"] as const;
const ADMIN = ["admin"] as const;

export const TRANSITIONS: readonly ProjectTransition[] = [
  { from: "draft", to: "filed", by: APPLICANT, action: { "zh-CN": "提交备案", en: "File the project" } },
  { from: "filed", to: "draft", by: ADMIN, action: { "zh-CN": "退回修改", en: "Return for changes" }, needsNote: true },
  { from: "filed", to: "contracted", by: ADMIN, action: { "zh-CN": "备案通过", en: "Approve the filing" } },
  { from: "contracted", to: "implementing", by: APPLICANT, action: { "zh-CN": "开始实施", en: "Start implementation" } },
  { from: "implementing", to: "completed", by: APPLICANT, action: { "zh-CN": "报告完工", en: "Report completion" } },
  { from: "completed", to: "acceptance_submitted", by: APPLICANT, action: { "zh-CN": "提交验收申请", en: "Apply for acceptance" } },
  { from: "acceptance_submitted", to: "accepted", by: ADMIN, action: { "zh-CN": "验收通过", en: "Accept" } },
  { from: "acceptance_submitted", to: "rejected", by: ADMIN, action: { "zh-CN": "验收不通过", en: "Reject" }, needsNote: true },
  { from: "rejected", to: "acceptance_submitted", by: APPLICANT, action: { "zh-CN": "整改后重新提交", en: "Resubmit after rectification" } },
  { from: "accepted", to: "paid", by: ADMIN, action: { "zh-CN": "记录拨付", en: "Record the payment" } },
];

export const STATE_NAMES: Record<ProjectState, Localized> = {
  draft: { "zh-CN": "草稿", en: "Draft" },
  filed: { "zh-CN": "已提交备案", en: "Filed" },
  contracted: { "zh-CN": "备案通过", en: "Filing approved" },
  implementing: { "zh-CN": "实施中", en: "Implementing" },
  completed: { "zh-CN": "已完工", en: "Completed" },
  acceptance_submitted: { "zh-CN": "验收审核中", en: "Acceptance under review" },
  accepted: { "zh-CN": "验收通过", en: "Accepted" },
  rejected: { "zh-CN": "验收不通过", en: "Rejected" },
  paid: { "zh-CN": "已拨付", en: "Paid" },
};

export function transitionsFrom(state: ProjectState, sides: readonly ProjectSide[]): ProjectTransition[] {
  return TRANSITIONS.filter((t) => t.from === state && t.by.some((s) => sides.includes(s)));
}

export type TransitionCheck = { ok: true; transition: ProjectTransition } | { ok: false; allowed: ProjectState[] };

/** Whether a caller standing on these sides may move the project from `state` to `to`. */
export function checkTransition(state: ProjectState, to: ProjectState, sides: readonly ProjectSide[]): TransitionCheck {
  const mine = transitionsFrom(state, sides);
  const transition = mine.find((t) => t.to === to);
  return transition ? { ok: true, transition } : { ok: false, allowed: mine.map((t) => t.to) };
}

/** The states while the project's contract and milestones may still change. */
export function isEditable(state: ProjectState): boolean {
  return state === "draft";
}

/** Milestones are reported while the work runs (and may be caught up when it has just been approved). */
export function acceptsMilestoneReports(state: ProjectState): boolean {
  return state === "contracted" || state === "implementing";
}

/** The after-assessment is made once the work is done, and again after a rejection. */
export function acceptsAfterAssessment(state: ProjectState): boolean {
  return state === "completed" || state === "rejected";
}
