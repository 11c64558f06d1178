import "server-only";
import { z } from "zod";
import { defineJob, type JobDefinition } from "./define";

// Every kind of background job, each defined once (see define.ts). Handlers load lazily: a module
// that only enqueues never pulls in the LLM client or the PDF renderer.

export const reportJob = defineJob({
  kind: "report.generate",
  payload: z.object({
    reportId: z.uuid(),
    /**
     * Set when an editor asks for the report again: the section keys to write afresh even where they
     * were edited; every other edited section is carried over. Plain strings: a job queued before a
     * release that renames a section must still parse.
     */
    rewrite: z.array(z.string().max(64)).max(64).optional(),
  }),
  dedupe: { prefix: "report:", field: "reportId" },
  maxAttempts: 3,
  slots: 4,
  async load() {
    const [{ defaultModel }, { reportJobHandler }] = await Promise.all([import("@/lib/llm"), import("@/lib/reports/job")]);
    return reportJobHandler(defaultModel);
  },
});

export const exportJob = defineJob({
  kind: "reports.export",
  payload: z.object({
    assessmentIds: z.array(z.uuid()),
    language: z.enum(["zh-CN", "en"]),
    tokenHash: z.string(),
    /** Reports the requester may see only as published (a firm owner, of a consultant's assessment). */
    publishedOnly: z.array(z.uuid()).default([]),
    /** Who asked (an account, or for a resume-link caller the first assessment): exports per requester are limited. */
    requestedBy: z.string().optional(),
    /** Until when the job waits (rescheduling itself) for reports still being written (epoch ms). */
    waitUntil: z.number().optional(),
  }),
  maxAttempts: 2,
  slots: 1,
  async load() {
    return (await import("@/lib/reports/export")).exportJobHandler();
  },
});

/** What a finished export job stores as its result (the status page and the download read it). */
export const exportResult = z.object({
  fileId: z.uuid().optional(),
  fileName: z.string().optional(),
  sizeBytes: z.number().optional(),
  included: z.number().optional(),
  missing: z.array(z.string()).default([]),
});

export const policyDocumentJob = defineJob({
  kind: "policy_document.propose",
  payload: z.object({ documentId: z.uuid() }),
  dedupe: { prefix: "policy_document:", field: "documentId" },
  maxAttempts: 2,
  slots: 1,
  async load() {
    const [{ defaultModel }, { policyDocumentJobHandler }] = await Promise.all([import("@/lib/llm"), import("@/lib/admin/policy-documents")]);
    return policyDocumentJobHandler(defaultModel);
  },
});

export const syntheticSubsidiesJob = defineJob({
  kind: "dashboard.synthetic_subsidies",
  payload: z.object({}),
  dedupe: { key: "synthetic-subsidies" },
  maxAttempts: 3,
  slots: 1,
  async load() {
    return (await import("@/lib/dashboard/synthetic-subsidies")).syntheticSubsidiesJobHandler();
  },
});

/** A transformation project's outcome survey, a year after its acceptance (lib/projects/outcome-survey.ts). */
export const outcomeSurveyJob = defineJob({
  kind: "project.outcome_survey",
  payload: z.object({ surveyId: z.uuid() }),
  dedupe: { prefix: "outcome_survey:", field: "surveyId" },
  maxAttempts: 3,
  slots: 1,
  async load() {
    return (await import("@/lib/projects/outcome-survey")).outcomeSurveyJobHandler();
  },
});

/** Vectors for the assistant's passages that lack one, when an embeddings model is configured (lib/assistant/vectors.ts). */
export const assistantEmbedJob = defineJob({
  kind: "assistant.embed",
  payload: z.object({}),
  dedupe: { key: "assistant-embed" },
  maxAttempts: 5,
  slots: 1,
  async load() {
    return (await import("@/lib/assistant/vectors")).embedJobHandler();
  },
});

/** One webhook delivery's next attempt (lib/webhooks/deliver.ts); a failed one queues its own retry. */
export const webhookDeliverJob = defineJob({
  kind: "webhook.deliver",
  payload: z.object({ deliveryId: z.uuid(), manual: z.boolean().optional() }),
  dedupe: { prefix: "webhook:", field: "deliveryId" },
  maxAttempts: 5,
  slots: 2,
  async load() {
    return (await import("@/lib/webhooks/deliver")).deliverJobHandler();
  },
});

export const JOBS: readonly JobDefinition[] = [
  reportJob,
  exportJob,
  policyDocumentJob,
  syntheticSubsidiesJob,
  outcomeSurveyJob,
  assistantEmbedJob,
  webhookDeliverJob,
];
