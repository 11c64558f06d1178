import { z } from "zod";
import { parseEntries } from "./parse-entries";

/**
 * A subsidy policy (or a certification criterion) as structured conditions. Every condition carries
 * the clause it comes from and a confidence; a value of null means the source does not say, and is
 * never filled in by guess. Amounts are in yuan.
 */

/** A link we render: http(s) only (javascript: and data: URLs were accepted and rendered as links). */
export const webUrl = z.url({ protocol: /^https?$/, error: "an http(s) address" });

const confidence = z.enum(["H", "M", "EST", "demo"]);
/** 原文 (the source's own words), 摘要 (our summary of it) or 我们的解读 (our reading, where the source says nothing exact). */
const CLAUSE_KINDS = ["quote", "summary", "reading"] as const;
const hasChinese = /[\u3400-\u9fff]/;
export const clause = z.preprocess(
  // Entries stored before clauses said what they are: a researched summary was confidence M, our own reading EST.
  (v) =>
    v && typeof v === "object" && !("kind" in v)
      ? {
          ...v,
          kind: (v as { confidence?: string }).confidence === "M" ? "summary" : (v as { confidence?: string }).confidence === "EST" ? "reading" : "quote",
        }
      : v,
  z.object({
    /** Chinese text: the source's words (kind quote) or our Chinese summary or reading of them. */
    quote: z.string().min(1).regex(hasChinese, "clause text is shown to Chinese readers: write it in Chinese (an English version goes in en)"),
    /** The same summary or reading in English, for English pages; a quote is shown as it is. */
    en: z.string().min(1).optional(),
    source: webUrl.nullable(),
    confidence,
    kind: z.enum(CLAUSE_KINDS),
  }),
);
export type Clause = z.infer<typeof clause>;

const condition = <T extends z.ZodType>(value: T) => z.object({ value: value.nullable(), clause: clause.nullable() });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

export const capSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("flat"), yuan: z.number().positive() }),
  z.object({ kind: z.literal("tiered"), tiers: z.array(z.object({ level: z.number().int().min(1).max(4), yuan: z.number().positive() })).min(1) }),
]);
export type Cap = z.infer<typeof capSchema>;

export const policyEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]{3,80}$/, "ids are lower-case letters, digits and hyphens"),
  kind: z.enum(["subsidy", "criterion"]),
  title: z.string().min(1),
  /** Empty until someone translates the title (readers of English then see the Chinese). */
  titleEn: z.string(),
  docNo: z.string().nullable(),
  issuer: z.string().nullable(),
  issuedOn: z.string().nullable(),
  demo: z.boolean(),
  sources: z.array(webUrl),
  region: condition(
    z.object({
      /** GB/T 2260 codes; null province = national. */
      provinceCode: z
        .string()
        .regex(/^\d{2}$/)
        .nullable(),
      cityCodes: z.array(z.string().regex(/^\d{4}$/)).nullable(),
      districtCodes: z.array(z.string().regex(/^\d{6}$/)).nullable(),
    }),
  ),
  industries: condition(
    z.object({
      all: z.boolean(),
      /** GB/T 4754 大类 codes. */
      codes: z.array(z.string().regex(/^\d{2}$/)),
      /** Named 细分行业 of the city; the firm must say whether it belongs. */
      segments: z.array(z.string().min(1)),
    }),
  ),
  sizeClasses: condition(z.array(z.enum(["micro", "small", "medium", "large"])).min(1)),
  /** 规上: required, excluded, or no condition ("any"). */
  aboveScale: condition(z.enum(["required", "excluded", "any"])),
  /** Highest level the firm may have before the transformation. */
  levelBefore: condition(z.object({ max: z.number().int().min(0).max(4) })),
  /** Level to reach after the transformation for the money to be paid. */
  levelAfter: condition(z.object({ min: z.number().int().min(1).max(4) })),
  eligibleCosts: condition(
    z.array(z.enum(["software", "cloud", "hardware", "network", "consulting", "training", "security", "integration", "equipment"])).min(1),
  ),
  /**
   * Which items count beyond their cost type: only 小快轻准 products (太原), or only listed providers of
   * the city's 资源池 (provider ids). Older entries without it: no such rule known.
   */
  eligibleItems: condition(z.object({ xiaokuaiqingzhunOnly: z.boolean(), providers: z.array(z.string().min(1)).nullable() })).default({
    value: null,
    clause: null,
  }),
  /** When the money is paid: after acceptance (先建后补), in advance, or in stages. */
  payment: condition(z.enum(["after_acceptance", "in_advance", "staged"])).default({ value: null, clause: null }),
  percent: condition(z.number().positive().max(100)),
  cap: condition(capSchema),
  window: condition(z.object({ from: isoDate.nullable(), until: isoDate.nullable(), rolling: z.boolean() })),
  documents: condition(z.array(z.string().min(1))),
  /** Who is excluded, in the source's words (shown; not decided automatically). */
  exclusions: z.array(z.string().regex(hasChinese, "exclusions are shown to Chinese readers: write them in Chinese")),
  /** For criteria: points by level reached (专精特新 数字化水平). */
  pointsByLevel: z.record(z.string().regex(/^[0-4]$/), z.number()).nullable(),
  /** Our note on the policy, in Chinese (shown to Chinese readers), and in English. */
  note: z.string().regex(hasChinese, "the note is shown to Chinese readers: write it in Chinese (English goes in noteEn)").nullable(),
  noteEn: z.string().nullable().optional(),
});
export type PolicyEntry = z.infer<typeof policyEntry>;

export function parsePolicies(raw: unknown): PolicyEntry[] {
  return parseEntries(raw, policyEntry, "policy");
}
