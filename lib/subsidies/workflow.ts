import type { Localized } from "@/lib/i18n/localized";
import type { ProjectSide } from "@/lib/projects/workflow";

/**
 * A subsidy application's life as data: 草稿 → 已申报 → 审核中 → 公示中 → 已拨付, with the portal's
 * returns (退回补正) and refusals, and the applicant's withdrawal. The applicant is the firm and its
 * provider; the portal's administrators review. Anything not listed is refused with the moves allowed.
 */

export const SUBSIDY_STATES = ["draft", "applied", "reviewing", "publicized", "paid", "rejected", "withdrawn"] as const;
export type SubsidyState = (typeof SUBSIDY_STATES)[number];

export interface SubsidyTransition {
  from: SubsidyState;
  to: SubsidyState;
  by: readonly ProjectSide[];
  action: Localized;
  needsNote?: boolean;
  /** The move sets an amount: the one approved at publication, the one paid. */
  needsAmount?: "approved" | "paid";
}

const APPLICANT = ["firm", "provider"] as const;
const ADMIN = ["admin"] as const;

export const SUBSIDY_TRANSITIONS: readonly SubsidyTransition[] = [
  { from: "draft", to: "applied", by: APPLICANT, action: { "zh-CN": "提交申报", en: "Submit the application" } },
  { from: "draft", to: "withdrawn", by: APPLICANT, action: { "zh-CN": "撤回", en: "Withdraw" } },
  { from: "applied", to: "withdrawn", by: APPLICANT, action: { "zh-CN": "撤回", en: "Withdraw" } },
  { from: "applied", to: "reviewing", by: ADMIN, action: { "zh-CN": "受理审核", en: "Take into review" } },
  { from: "applied", to: "draft", by: ADMIN, action: { "zh-CN": "退回补正", en: "Return for corrections" }, needsNote: true },
  { from: "reviewing", to: "draft", by: ADMIN, action: { "zh-CN": "退回补正", en: "Return for corrections" }, needsNote: true },
  { from: "reviewing", to: "publicized", by: ADMIN, action: { "zh-CN": "审核通过并公示", en: "Approve and publish" }, needsAmount: "approved" },
  { from: "reviewing", to: "rejected", by: ADMIN, action: { "zh-CN": "不予支持", en: "Refuse" }, needsNote: true },
  { from: "publicized", to: "rejected", by: ADMIN, action: { "zh-CN": "公示有异议，不予支持", en: "Refuse after objections" }, needsNote: true },
  { from: "publicized", to: "paid", by: ADMIN, action: { "zh-CN": "记录拨付", en: "Record the payment" }, needsAmount: "paid" },
];

export const SUBSIDY_STATE_NAMES: Record<SubsidyState, Localized> = {
  draft: { "zh-CN": "草稿", en: "Draft" },
  applied: { "zh-CN": "已申报", en: "Applied" },
  reviewing: { "zh-CN": "审核中", en: "Under review" },
  publicized: { "zh-CN": "公示中", en: "Published for objections" },
  paid: { "zh-CN": "已拨付", en: "Paid" },
  rejected: { "zh-CN": "不予支持", en: "Refused" },
  withdrawn: { "zh-CN": "已撤回", en: "Withdrawn" },
};

/** States whose claim on the items is over: the items may be claimed again. */
export const RELEASING: ReadonlySet<SubsidyState> = new Set(["rejected", "withdrawn"]);

export function subsidyTransitionsFrom(state: SubsidyState, sides: readonly ProjectSide[]): SubsidyTransition[] {
  return SUBSIDY_TRANSITIONS.filter((t) => t.from === state && t.by.some((s) => sides.includes(s)));
}

export function checkSubsidyTransition(
  state: SubsidyState,
  to: SubsidyState,
  sides: readonly ProjectSide[],
): { ok: true; transition: SubsidyTransition } | { ok: false; allowed: SubsidyState[] } {
  const mine = subsidyTransitionsFrom(state, sides);
  const transition = mine.find((t) => t.to === to);
  return transition ? { ok: true, transition } : { ok: false, allowed: mine.map((t) => t.to) };
}
