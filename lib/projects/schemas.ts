import { z } from "zod";
import { atMostChars, NOT_EMPTY, zodText } from "@/lib/i18n/zod";
import { calendarDate } from "@/lib/validation/dates";
import { PROJECT_ITEM_CATEGORIES, PROJECT_STATES } from "./workflow";

/** Requests of the projects API (lib/projects/service.ts), validated at the route. */

const MAX_YUAN = 1_000_000_000;

/** An amount in yuan with at most two decimals (fen): money is added up exactly, in fen. */
export const yuan = z
  .number()
  .min(0, zodText({ "zh-CN": "不能为负数", en: "must not be negative" }))
  .max(MAX_YUAN, zodText({ "zh-CN": "金额过大（上限 10 亿元）", en: "too large (at most 1 billion yuan)" }))
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, zodText({ "zh-CN": "最多两位小数（分）", en: "at most two decimals (fen)" }));

/** Yuan → fen without floating-point drift (12.34 → 1234). */
export const toFen = (amountYuan: number): number => Math.round(amountYuan * 100);
export const toYuan = (fen: number): number => fen / 100;

const text = (max: number) => z.string().trim().min(1, NOT_EMPTY).max(max, atMostChars(max));

export const projectItemInput = z
  .object({
    name: text(100),
    category: z.enum(
      PROJECT_ITEM_CATEGORIES,
      zodText({ "zh-CN": "应为 software（软件）、hardware（硬件）或 service（服务）", en: "must be software, hardware or service" }),
    ),
    amountYuan: yuan,
    /** A catalogue solution's code (the portal's or the shared catalogue's). */
    solutionId: z.string().trim().min(1, NOT_EMPTY).max(80, atMostChars(80)).optional(),
  })
  .strict();

export const milestoneInput = z.object({ name: text(100), due: calendarDate }).strict();

export const createProjectRequest = z
  .object({
    enterpriseId: z.uuid(zodText({ "zh-CN": "应为企业编号", en: "must be a firm id" })),
    baselineAssessmentId: z.uuid(zodText({ "zh-CN": "应为评测编号", en: "must be an assessment id" })),
    title: text(120).optional(),
    provider: z
      .object({
        name: text(100),
        /** A consultant of this portal (their user id) who acts for the provider on the project. */
        consultantOrg: z.uuid(zodText({ "zh-CN": "应为本门户顾问的用户编号", en: "must be the user id of a consultant of this portal" })).optional(),
      })
      .strict(),
    targetLevel: z.number().int().min(1).max(4),
    targetScenes: z.array(z.string().trim().min(1).max(40)).max(30).default([]),
    contract: z
      .object({
        amountYuan: yuan,
        items: z
          .array(projectItemInput)
          .min(1, zodText({ "zh-CN": "至少一项合同明细", en: "at least one contract item" }))
          .max(50),
        lightweight: z.boolean().default(false),
        signedOn: calendarDate.optional(),
      })
      .strict(),
    milestones: z
      .array(milestoneInput)
      .min(1, zodText({ "zh-CN": "至少一个里程碑", en: "at least one milestone" }))
      .max(20),
  })
  .strict();
export type CreateProjectRequest = z.infer<typeof createProjectRequest>;

/** A draft's terms edited (after a return for changes): everything but the firm; `revision` guards a stale page. */
export const updateProjectRequest = createProjectRequest
  .omit({ enterpriseId: true })
  .extend({ revision: z.number().int().min(0).optional() })
  .strict();
export type UpdateProjectRequest = z.infer<typeof updateProjectRequest>;

export const transitionRequest = z
  .object({
    to: z.enum(PROJECT_STATES, zodText({ "zh-CN": "应为项目状态之一", en: "must be one of the project states" })),
    note: z.string().trim().max(1000, atMostChars(1000)).optional(),
    /** With `to: "paid"`: the amount paid out. */
    amountYuan: yuan.optional(),
    /** The revision the caller saw: a stale page gets a 409 instead of moving a project that changed. */
    revision: z.number().int().min(0).optional(),
  })
  .strict();
export type TransitionRequest = z.infer<typeof transitionRequest>;

export const milestoneReport = z
  .object({
    done: z.boolean(),
    doneOn: calendarDate.optional(),
    note: z.string().trim().max(500, atMostChars(500)).optional(),
  })
  .strict();
export type MilestoneReport = z.infer<typeof milestoneReport>;

export const listProjectsQuery = z.object({
  status: z.enum(PROJECT_STATES).optional(),
  enterpriseId: z.uuid().optional(),
});
