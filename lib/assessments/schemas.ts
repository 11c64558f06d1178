import { z } from "zod";
import { enterpriseInput } from "@/lib/enterprise/profile";
import { LOCALES } from "@/lib/i18n/locales";
import { TEMPLATE_IDS, type AnswerWarning } from "@/scoring";
import { atMostChars, zodText } from "@/lib/i18n/zod";

/** Request and response shapes of /api/assessments, beside the routes that use them. */

const answerValue = z.union([z.string().max(40), z.array(z.string().max(40)).max(30), z.number()]);
const figures = z
  .record(z.string().max(40), z.number().finite())
  .refine((r) => Object.keys(r).length <= 4, zodText({ "zh-CN": "最多 4 个数据", en: "at most 4 figures" }));
const limitedRecord = <T extends z.ZodType>(value: T, max: number) =>
  z.record(z.string().max(40), value).refine((r) => Object.keys(r).length <= max, zodText({ "zh-CN": `最多 ${max} 项`, en: `at most ${max} entries` }));

export const createAssessmentRequest = z.strictObject({
  enterprise: enterpriseInput,
  /** Defaults to the template for the industry. */
  template: z.enum(TEMPLATE_IDS).optional(),
  /** A portal's slug, as the firm chose it; when absent the portal serving the firm's city, else the platform. */
  tenant: z
    .string()
    .regex(/^[a-z0-9-]{2,40}$/)
    .optional(),
  language: z.enum(LOCALES).default("zh-CN"),
  /** Started inside a portal's page (embed routes): that page's origin, one the portal allows. */
  embedOrigin: z.string().max(200).optional(),
});
export type CreateAssessmentRequest = z.infer<typeof createAssessmentRequest>;

export const patchAssessmentRequest = z
  .object({
    /** Answers to set; null clears one. */
    answers: limitedRecord(answerValue.nullable(), 60).optional(),
    /** Figures behind band and trend answers; null removes them. */
    evidence: limitedRecord(figures.nullable(), 20).optional(),
    currentStep: z
      .string()
      .regex(/^[a-z0-9_.-]{1,40}$/i)
      .optional(),
    /** Seconds spent per question since the last save. */
    timings: limitedRecord(z.number().min(0).max(3600), 60).optional(),
    language: z.enum(LOCALES).optional(),
    /** The firm in its own words, for the report (quoted to the model as untrusted text). */
    context: z
      .object({
        description: z.string().trim().max(1000, atMostChars(1000)).optional(),
        painPoints: z.string().trim().max(1000, atMostChars(1000)).optional(),
        /** A consultant's visit: the people met (names and roles), for the report's 调研记录. */
        visitPeople: z.string().trim().max(300, atMostChars(300)).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type PatchAssessmentRequest = z.infer<typeof patchAssessmentRequest>;

export const submitAssessmentRequest = z.strictObject({
  /** 真实性承诺: the firm confirms its answers are true. */
  pledge: z.literal(true, { error: zodText({ "zh-CN": "请确认真实性承诺", en: "confirm the truthfulness pledge (真实性承诺)" }) }),
});

export interface CreateAssessmentResponse {
  id: string;
  resumeToken: string;
  /** Relative link with the secret in the fragment, which browsers never send to a server. */
  resumePath: string;
  templateId: string;
  enterprise: { id: string; name: string; sizeClass: string | null; aboveScale: boolean | null; regionName: string };
  /** The portal the assessment is filed under. */
  portal: { slug: string; name: { "zh-CN": string; en: string } };
}

export interface PatchAssessmentResponse {
  revision: number;
  savedAt: string;
  /** Answers derived from figures in this patch, with how. */
  derived: { code: string; option: string; explanation: { "zh-CN": string; en: string } }[];
  /** The whole draft's contradictions after this patch (scored as given; the review step shows them). */
  warnings: AnswerWarning[];
}
