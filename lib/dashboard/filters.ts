import "server-only";
import { and, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { assessmentResults } from "@/db/schema";
import { zodText } from "@/lib/i18n/zod";
import { calendarDate } from "@/lib/validation/dates";

/** Dashboard filters, as query parameters; every one optional. */
export const dashboardFilters = z
  .object({
    from: calendarDate.optional(),
    to: calendarDate.optional(),
    segment: z.string().trim().min(1).max(80).optional(),
    industry: z
      .string()
      .regex(/^\d{2}$/, zodText({ "zh-CN": "应为两位数的 GB/T 4754 大类代码", en: "a two-digit GB/T 4754 大类 code" }))
      .optional(),
    district: z
      .string()
      .regex(/^\d{6}$/, zodText({ "zh-CN": "应为六位数的 GB/T 2260 区县代码", en: "a six-digit GB/T 2260 district code" }))
      .optional(),
    size: z.enum(["micro", "small", "medium", "large"]).optional(),
    aboveScale: z.enum(["yes", "no"]).optional(),
  })
  .strict();
export type DashboardFilters = z.infer<typeof dashboardFilters>;

/** Groups smaller than this are not shown (nor any figure of a filtered set this small). */
export const MIN_GROUP = 5;

/** The WHERE of a dashboard query over results: the tenant, the filters, and latest-only or all. */
export function resultsWhere(tenantId: string, f: DashboardFilters, latestOnly: boolean): SQL {
  const r = assessmentResults;
  return (
    and(
      eq(r.tenantId, tenantId),
      latestOnly ? eq(r.isLatest, true) : undefined,
      f.from ? gte(r.submittedAt, new Date(`${f.from}T00:00:00+08:00`)) : undefined,
      // Inclusive end date, in China time.
      f.to ? lt(r.submittedAt, new Date(new Date(`${f.to}T00:00:00+08:00`).getTime() + 86_400_000)) : undefined,
      f.segment ? eq(r.industrySegment, f.segment) : undefined,
      f.industry ? eq(r.industryCode, f.industry) : undefined,
      f.district ? eq(r.districtCode, f.district) : undefined,
      f.size ? eq(r.sizeClass, f.size) : undefined,
      f.aboveScale ? eq(r.aboveScale, f.aboveScale === "yes") : undefined,
    ) ?? sql`true`
  );
}
