import { z } from "zod";
import { parseEntries } from "./parse-entries";

/**
 * A solution (product or service) in the catalogue. Prices are in 万元 (10,000 yuan). Validated at load;
 * a malformed entry is rejected with its id and the field at fault.
 */

const text = z.object({ "zh-CN": z.string().min(1), en: z.string().min(1) });
const range = z.object({ min: z.number().min(0), max: z.number().min(0) }).refine((r) => r.max >= r.min, "max must not be below min");

export const SOLUTION_CATEGORIES = ["saas", "system", "integration", "ai", "network", "equipment", "security", "consulting", "training", "finance"] as const;

export const solutionEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]{3,60}$/, "ids are lower-case letters, digits and hyphens"),
  category: z.enum(SOLUTION_CATEGORIES),
  name: text,
  provider: z.object({ id: z.string().regex(/^[a-z0-9-]+$/), name: text }),
  description: text,
  /** Scene steps it lifts: from → to, e.g. 质量管理 2 → 3. */
  lifts: z.array(
    z
      .object({ scene: z.string().regex(/^S\.[A-Z_]+$/), from: z.number().int().min(0).max(3), to: z.number().int().min(1).max(4) })
      .refine((l) => l.to === l.from + 1, "a lift is one step (to = from + 1)"),
  ),
  /**
   * Scored answers it brings: options of multi questions it ticks, or the option it reaches. Never an
   * outcome indicator: the 成效 trends (E.*) are year-on-year results and 资金保障 (M.FUND) is the
   * firm's own spending, so no purchase delivers them.
   */
  improves: z.array(
    z.object({
      question: z
        .string()
        .regex(/^[FM]\.[A-Z]+$/, "improves names a foundation or management question (F.* or M.*); outcome indicators (E.*) are results, not purchases")
        .refine((q) => q !== "M.FUND", "资金保障 (M.FUND) follows from what the firm spends; no solution delivers it"),
      options: z.array(z.string().regex(/^[a-z0-9_]+$/)).min(1),
    }),
  ),
  /** GB/T 4754 大类 codes, or ["*"] for all. */
  industries: z.array(z.string().regex(/^(\*|\d{2})$/)).min(1),
  sizes: z.array(z.enum(["micro", "small", "medium", "large"])).min(1),
  deployment: z.enum(["saas", "on_premises", "hybrid", "service"]),
  price: z.object({ oneOff: range, yearly: range }),
  durationWeeks: range,
  /** What a subsidy sees this spend as (policies list the cost types they cover). */
  costType: z.enum(["software", "cloud", "hardware", "network", "consulting", "training", "security", "integration", "equipment"]),
  /** 小快轻准: small, fast, light and precise, as pilot cities favour. */
  xiaokuaiqingzhun: z.boolean(),
  /** Demo data (the shipped catalogue) or a real product a portal entered. */
  demo: z.boolean(),
});
export type SolutionEntry = z.infer<typeof solutionEntry>;

/** The shipped catalogue is demo data and must say so. */
const shippedSolution = solutionEntry.extend({ demo: z.literal(true, { error: "catalogue entries here are demo data and must say so" }) });

export function parseSolutions(raw: unknown): SolutionEntry[] {
  return parseEntries(raw, shippedSolution, "solution");
}

/** One-off price plus the first year's fee, at the middle of each band: the cost the plan uses. */
export function firstYearCost(s: SolutionEntry): number {
  return (s.price.oneOff.min + s.price.oneOff.max) / 2 + (s.price.yearly.min + s.price.yearly.max) / 2;
}
