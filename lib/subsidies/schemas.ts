import { z } from "zod";
import { atMostChars, NOT_EMPTY, zodText } from "@/lib/i18n/zod";
import { yuan } from "@/lib/projects/schemas";
import { calendarDate } from "@/lib/validation/dates";
import { SUBSIDY_STATES } from "./workflow";

/** Requests of the subsidy applications API (lib/subsidies/service.ts), validated at the route. */

const itemIds = z
  .array(z.uuid(zodText({ "zh-CN": "应为合同明细编号", en: "must be a contract item id" })))
  .min(1, zodText({ "zh-CN": "至少申请一项合同明细", en: "claim at least one contract item" }))
  .max(50);

const material = z
  .object({
    offline: z.boolean(),
    note: z.string().trim().max(300, atMostChars(300)).optional(),
  })
  .strict();

export const createSubsidyApplication = z
  .object({
    /** The policy's catalogue id (its code). */
    policyId: z.string().trim().min(1, NOT_EMPTY).max(80, atMostChars(80)),
    /** 申报批次, as the portal names it ("2026年第二批"). */
    batch: z.string().trim().min(1, NOT_EMPTY).max(60, atMostChars(60)),
    /** The batch's deadline; the policy's window end when not given. */
    deadline: calendarDate.optional(),
    /** The contract items claimed; by default every item the policy may fund and no other application claims. */
    itemIds: itemIds.optional(),
    /** The amount applied for; by default what the policy's percent and cap give on the items. */
    amountYuan: yuan.optional(),
  })
  .strict();
export type CreateSubsidyApplication = z.infer<typeof createSubsidyApplication>;

/** A draft's terms and its materials' state; `revision` guards a stale page. */
export const updateSubsidyApplication = z
  .object({
    batch: z.string().trim().min(1, NOT_EMPTY).max(60, atMostChars(60)).optional(),
    deadline: calendarDate.nullable().optional(),
    itemIds: itemIds.optional(),
    amountYuan: yuan.optional(),
    /** Per material of the checklist, in its order: handed in on paper, with a note. */
    materials: z.array(material).max(40).optional(),
    /** One material only, by its position: the page's checkbox (the others stay as they are). */
    material: material.extend({ index: z.number().int().min(0).max(39) }).optional(),
    revision: z.number().int().min(0).optional(),
  })
  .strict();
export type UpdateSubsidyApplication = z.infer<typeof updateSubsidyApplication>;

export const subsidyTransitionRequest = z
  .object({
    to: z.enum(SUBSIDY_STATES, zodText({ "zh-CN": "应为申报状态之一", en: "must be one of the application states" })),
    note: z.string().trim().max(1000, atMostChars(1000)).optional(),
    /** Approving: the amount approved; recording the payment: the amount paid. */
    amountYuan: yuan.optional(),
    /** Recording the payment: the day it was paid (today by default). */
    paidOn: calendarDate.optional(),
    revision: z.number().int().min(0).optional(),
  })
  .strict();
export type SubsidyTransitionRequest = z.infer<typeof subsidyTransitionRequest>;

export const listSubsidyQuery = z.object({ status: z.enum(SUBSIDY_STATES).optional() });
