import { z } from "zod";

/**
 * The events an endpoint may subscribe to, each with what its `data` holds. Ids and figures only: a
 * receiver reads the rest through the API with its key, under the same rights.
 */
export const WEBHOOK_EVENTS = [
  "assessment.submitted",
  "report.ready",
  "report.published",
  "project.transitioned",
  "acceptance.pack_ready",
  "subsidy.status_changed",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

/** Sent by 发送测试事件 only, to whichever endpoint asks; never subscribed to. */
export const PING_EVENT = "webhook.ping";

export const EVENT_LABELS: Record<WebhookEventType, { "zh-CN": string; en: string }> = {
  "assessment.submitted": { "zh-CN": "评测已提交（含等级与总分）", en: "An assessment was submitted (with level and total)" },
  "report.ready": { "zh-CN": "报告已生成", en: "A report is ready" },
  "report.published": { "zh-CN": "顾问已发布报告", en: "A consultant published a report" },
  "project.transitioned": { "zh-CN": "改造项目进入新阶段", en: "A transformation project moved to another stage" },
  "acceptance.pack_ready": { "zh-CN": "验收材料包已生成", en: "An acceptance pack is ready" },
  "subsidy.status_changed": { "zh-CN": "补贴申请状态变化", en: "A subsidy application changed status" },
};

export const EVENT_DATA = {
  "assessment.submitted": z.object({
    assessmentId: z.uuid(),
    enterpriseId: z.uuid(),
    mode: z.string(),
    templateId: z.string(),
    level: z.number().int(),
    total: z.number(),
    isReference: z.boolean(),
    submittedAt: z.iso.datetime(),
  }),
  "report.ready": z.object({ reportId: z.uuid(), assessmentId: z.uuid(), enterpriseId: z.uuid(), language: z.string(), version: z.number().int() }),
  "report.published": z.object({ reportId: z.uuid(), assessmentId: z.uuid(), enterpriseId: z.uuid(), language: z.string(), version: z.number().int() }),
  "project.transitioned": z.object({ projectId: z.uuid(), enterpriseId: z.uuid(), from: z.string(), to: z.string() }),
  "acceptance.pack_ready": z.object({
    projectId: z.uuid(),
    enterpriseId: z.uuid(),
    downloadPath: z.string().meta({ description: "Where the portal's staff download the zip (signed in)" }),
  }),
  "subsidy.status_changed": z.object({ applicationId: z.uuid(), projectId: z.uuid(), enterpriseId: z.uuid(), from: z.string(), to: z.string() }),
} satisfies Record<WebhookEventType, z.ZodType>;

export type WebhookEventData<T extends WebhookEventType> = z.infer<(typeof EVENT_DATA)[T]>;

/** What a receiver gets as the body of each delivery. */
export const webhookEnvelope = z.object({
  id: z.uuid().meta({ description: "The event's id: the same in every delivery of it (de-duplicate by it)" }),
  type: z.string(),
  createdAt: z.iso.datetime(),
  portal: z.string().meta({ description: "The portal's slug" }),
  data: z.record(z.string(), z.unknown()),
});
