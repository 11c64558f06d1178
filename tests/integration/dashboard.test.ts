import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { assessmentResults, tenants } from "@/db/schema";
import { breakdown, capabilities, funnel, levelDistribution, overview, questionUsage, reassessed, trend } from "@/lib/dashboard/queries";
import { dashboardCsv } from "@/lib/dashboard/service";
import { rowsOf } from "@/lib/db/rows";
import { writeSynthetic } from "@/lib/dashboard/synthetic-writer";
import type { Actor } from "@/lib/auth/permissions";
import { withDemoDatabase } from "../support/app-database";

/** The dashboard's figures agree with each other and with the rows, and small groups never show. */

const { db } = withDemoDatabase();
let tenantId = "";

beforeAll(async () => {
  await writeSynthetic(db(), { count: 600, seed: 7 });
  const [zz] = await db().select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, "zhengzhou"));
  tenantId = zz!.id;
}, 120_000);

describe("dashboard queries", () => {
  it("count each firm once by its latest result, and the breakdowns add up", async () => {
    const latest = await db().$count(assessmentResults, eq(assessmentResults.isLatest, true));
    const all = await db().$count(assessmentResults);
    expect(all).toBe(600);
    const o = await overview(db(), tenantId, {});
    expect(o.firms).toBeGreaterThan(200);
    expect(o.firms).toBeLessThan(latest);
    expect(o.assessments).toBeGreaterThan(o.firms);
    const levels = await levelDistribution(db(), tenantId, {});
    expect(levels.reduce((s, l) => s + l.firms, 0)).toBe(o.firms);
    expect(levels.filter((l) => l.level >= 2).reduce((s, l) => s + l.firms, 0)).toBe(o.atLeastLevel2);
    for (const by of ["segment", "district", "size"] as const) {
      const b = await breakdown(db(), tenantId, {}, by);
      expect(b.groups.every((g) => g.firms >= 5), by).toBe(true);
      expect(b.groups.reduce((s, g) => s + g.firms, 0)).toBeLessThanOrEqual(o.firms);
      for (const g of b.groups) expect(g.toTarget).toBe(Math.max(0, Math.ceil(0.9 * g.aboveScaleFirms) - g.aboveScaleAtLeastLevel2));
    }
    // Sizes are few and large: none hidden, so they account for every firm.
    const size = await breakdown(db(), tenantId, {}, "size");
    expect(size.hidden).toBe(0);
    expect(size.groups.reduce((s, g) => s + g.firms, 0)).toBe(o.firms);
  });

  it("hides every figure of a set under five firms, and groups under five", async () => {
    const none = await overview(db(), tenantId, { district: "410105", from: "2099-01-01" });
    expect(none).toMatchObject({ firms: 0, suppressed: false, shareLevel2: null });
    // A district and 大类 with one to four firms: counted, but no figure shown.
    const [small] = rowsOf<{ district: string; industry: string; n: number }>(
      await db().execute(sql`
        select district_code as district, industry_code as industry, count(*)::int as n from assessment_results
        where tenant_id = ${tenantId}::uuid and is_latest and district_code is not null group by 1, 2 having count(*) between 1 and 4 limit 1`),
    );
    expect(small).toBeDefined();
    const narrow = await overview(db(), tenantId, { district: small!.district, industry: small!.industry });
    expect(narrow).toEqual({ firms: small!.n, assessments: expect.any(Number), suppressed: true, shareLevel2: null, averageTotal: null, atLeastLevel2: 0, aboveScaleFirms: 0, aboveScaleAtLeastLevel2: 0 });
    expect(await levelDistribution(db(), tenantId, { district: small!.district, industry: small!.industry })).toEqual([]);
    const byIndustry = await breakdown(db(), tenantId, { district: small!.district }, "segment");
    expect(byIndustry.groups.every((g) => g.firms >= 5)).toBe(true);
    expect(byIndustry.hidden).toBeGreaterThan(0);
  });

  it("reports capabilities, the monthly trend, reassessed firms' progress and the usage funnel", async () => {
    const caps = await capabilities(db(), tenantId, {});
    expect(caps.dimensions.map((d) => d.code).sort()).toEqual(["EFFECT", "FOUNDATION", "MANAGEMENT"]);
    expect(caps.scenes.length).toBe(16);
    expect(caps.scenes[0]!.avg).toBeLessThanOrEqual(caps.scenes.at(-1)!.avg);
    const months = await trend(db(), tenantId, {});
    expect(months.every((m) => /^\d{4}-\d{2}$/.test(m.month) && m.submitted >= 5)).toBe(true);
    const progress = await reassessed(db(), tenantId, {});
    expect(progress.up + progress.same + progress.down).toBe(progress.suppressed ? 0 : progress.firms);
    const usage = await questionUsage(db(), tenantId, { from: "2020-01-01" });
    expect(usage.times.length).toBe(15); // the synthetic firms time every question (not the scenes)
    expect(usage.times.every((q) => q.seconds >= 5 && q.seconds <= 120 && q.n >= 5)).toBe(true);
    expect(usage.times[0]!.seconds).toBeGreaterThanOrEqual(usage.times.at(-1)!.seconds);
    const f = await funnel(db(), tenantId, {});
    expect(f.started).toBeGreaterThan(f.submitted);
    expect(f.submitted).toBeGreaterThanOrEqual(f.reportRead);
    expect(f.reportRead).toBeGreaterThan(f.pdfDownloaded);
  });

  it("exports every firm's latest result as a streamed CSV, one line per firm", async () => {
    const admin: Actor = { userId: "x", memberships: [{ tenantId, role: "tenant_admin" }] };
    const { stream, fileName } = await dashboardCsv(db(), admin, "zhengzhou", {});
    const bytes = Buffer.from(await new Response(stream).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM, for Excel
    const lines = bytes.subarray(3).toString("utf8").trim().split("\r\n");
    expect(lines[0]).toBe("submitted_at,firm,credit_code,industry_code,industry_segment,district_code,size_class,above_scale,level,total,previous_level,foundation,management,effect");
    expect(lines.length - 1).toBe((await overview(db(), tenantId, {})).firms);
    expect(lines[1]).toMatch(/^\d{4}-\d{2}-\d{2}T.*,合成企业\d{6}有限公司,/);
    expect(fileName).toMatch(/^zhengzhou-dashboard-\d{4}-\d{2}-\d{2}\.csv$/);
  });
});
