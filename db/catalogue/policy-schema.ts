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
export const clause = z.object({
  /** The words of the source (or of the researched summary of it, then with confidence M). */
  quote: z.string().min(1),
  source: webUrl.nullable(),
  confidence,
});
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
  titleEn: z.string().min(1),
  docNo: z.string().nullable(),
  issuer: z.string().nullable(),
  issuedOn: z.string().nullable(),
  demo: z.boolean(),
  sources: z.array(webUrl),
  region: condition(
    z.object({
      /** GB/T 2260 codes; null province = national. */
      provinceCode: z.string().regex(/^\d{2}$/).nullable(),
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
  eligibleCosts: condition(z.array(z.enum(["software", "cloud", "hardware", "network", "consulting", "training", "security", "integration", "equipment"])).min(1)),
  percent: condition(z.number().positive().max(100)),
  cap: condition(capSchema),
  window: condition(z.object({ from: isoDate.nullable(), until: isoDate.nullable(), rolling: z.boolean() })),
  documents: condition(z.array(z.string().min(1))),
  /** Who is excluded, in the source's words (shown; not decided automatically). */
  exclusions: z.array(z.string()),
  /** For criteria: points by level reached (专精特新 数字化水平). */
  pointsByLevel: z.record(z.string().regex(/^[0-4]$/), z.number()).nullable(),
  note: z.string().nullable(),
});
export type PolicyEntry = z.infer<typeof policyEntry>;

export function parsePolicies(raw: unknown): PolicyEntry[] {
  return parseEntries(raw, policyEntry, "policy");
}
