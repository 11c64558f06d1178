import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { assessmentResults, tenants, usageEvents } from "@/db/schema";
import { breakdown, capabilities, filterOptions, funnel, levelDistribution, overview, questionUsage, reassessed, trend } from "@/lib/dashboard/queries";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { filtersFrom } from "@/lib/dashboard/query-params";
import { readXlsx } from "@/lib/files/xlsx";
import { dashboardCsv, dashboardXlsx, recordReportRead } from "@/lib/dashboard/service";
import { subsidiesMatched } from "@/lib/dashboard/subsidies";
import { createAssessment, patchAssessment, submitAssessment } from "@/lib/assessments/service";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";
import { rowsOf } from "@/lib/db/rows";
import { writeSynthetic } from "@/lib/dashboard/synthetic-writer";
import { matchSyntheticBatch } from "@/lib/dashboard/synthetic-subsidies";
import { pipeline } from "@/lib/projects/analytics";
import { writeSyntheticProjects } from "@/lib/projects/synthetic-projects";
import type { Actor } from "@/lib/auth/permissions";
import { withDemoDatabase } from "../support/app-database";

/** The dashboard's figures agree with each other and with the rows, and small groups never show. */

const { db } = withDemoDatabase();
let tenantId = "";

beforeAll(async () => {
  await writeSynthetic(db(), { count: 600, seed: 7 });
  // Synthetic subsidies are matched by a background job; four batches are plenty for the figures here.
  for (let i = 0; i < 4; i++) await matchSyntheticBatch(db());
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
      expect(
        b.groups.every((g) => g.firms >= 5),
        by,
      ).toBe(true);
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
    expect(narrow).toEqual({
      firms: small!.n,
      assessments: expect.any(Number),
      suppressed: true,
      shareLevel2: null,
      averageTotal: null,
      atLeastLevel2: 0,
      aboveScaleFirms: 0,
      aboveScaleAtLeastLevel2: 0,
    });
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

  it("time per question comes from the rollup and equals the submitted assessments' own timings; a submit adds to it", async () => {
    const direct = rowsOf<{ code: string; seconds: number; n: number }>(
      await db().execute(sql`
        select e.key as code, avg(least(e.value::float8, 600))::float8 as seconds, count(*)::int as n
        from assessments as a, jsonb_each_text(a.timings) as e
        where a.tenant_id = ${tenantId}::uuid and a.status = 'submitted' group by 1`),
    );
    const usage = await questionUsage(db(), tenantId, { from: "2000-01-01" });
    expect(usage.times.length).toBe(direct.length);
    for (const q of usage.times) {
      const d = direct.find((x) => x.code === q.code)!;
      expect(q.n).toBe(d.n);
      expect(q.seconds).toBeCloseTo(d.seconds, 6);
    }
    // A real submit: its timings (one capped at ten minutes) join the rollup on its start day.
    const a = await createAssessment(db(), { enterprise: { ...ZHENGZHOU_ENTERPRISE, name: "郑州计时测试有限公司" }, language: "zh-CN", tenant: "zhengzhou" });
    await patchAssessment(db(), a.id, a.resumeToken, { answers: { ...COMPLETE_MANUFACTURING }, timings: { "F.IS": 30 } });
    await patchAssessment(db(), a.id, a.resumeToken, { timings: { "F.IS": 12, "F.NET": 3000 } });
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const rolled = async () =>
      rowsOf<{ seconds: number; n: number }>(
        await db().execute(
          sql`select coalesce(sum(seconds), 0)::float8 as seconds, coalesce(sum(assessments), 0)::int as n from question_time_daily where tenant_id = ${tenantId}::uuid and day = ${today}::date and code in ('F.IS', 'F.NET')`,
        ),
      )[0]!;
    const before = await rolled();
    await submitAssessment(db(), a.id, a.resumeToken);
    await submitAssessment(db(), a.id, a.resumeToken); // idempotent: counted once
    const after = await rolled();
    expect(after.seconds - before.seconds).toBeCloseTo(42 + 600, 6);
    expect(after.n - before.n).toBe(2);
  });

  it("counts each funnel step once per assessment however often it happens", async () => {
    const [one] = rowsOf<{ id: string }>(
      await db().execute(sql`select assessment_id as id from assessment_results where tenant_id = ${tenantId}::uuid limit 1`),
    );
    const before = await funnel(db(), tenantId, {});
    await recordReportRead(db(), tenantId, one!.id);
    await recordReportRead(db(), tenantId, one!.id);
    await db().insert(usageEvents).values({ tenantId, assessmentId: one!.id, kind: "pdf_downloaded" }).onConflictDoNothing();
    await db().insert(usageEvents).values({ tenantId, assessmentId: one!.id, kind: "pdf_downloaded" }).onConflictDoNothing();
    const after = await funnel(db(), tenantId, {});
    expect(after.reportRead - before.reportRead).toBeLessThanOrEqual(1);
    expect(after.pdfDownloaded - before.pdfDownloaded).toBeLessThanOrEqual(1);
    const [counts] = rowsOf<{ reads: number; pdfs: number }>(
      await db().execute(
        sql`select count(*) filter (where kind = 'report_read')::int as reads, count(*) filter (where kind = 'pdf_downloaded')::int as pdfs from usage_events where assessment_id = ${one!.id}::uuid`,
      ),
    );
    expect(counts).toEqual({ reads: 1, pdfs: 1 });
  });

  it("counts the subsidies matched to each firm's latest result, overall and per policy", async () => {
    const m = await subsidiesMatched(db(), tenantId, {});
    const o = await overview(db(), tenantId, {});
    expect(m.firms).toBe(o.firms);
    // A real result waits for its report, a synthetic one for the background job.
    const [waiting] = rowsOf<{ n: number }>(
      await db().execute(
        sql`select count(*)::int as n from assessment_results where tenant_id = ${tenantId}::uuid and is_latest and subsidies_matched_at is null`,
      ),
    );
    expect(m.matched).toBeGreaterThanOrEqual(20);
    expect(m.matched).toBe(m.firms - waiting!.n);
    expect(m.eligibleFirms).toBeGreaterThan(0);
    expect(m.eligibleFirms + m.possibleOnlyFirms).toBeLessThanOrEqual(m.firms);
    expect(m.estimatedYuan).toBeGreaterThan(0);
    const zz = m.policies.find((p) => p.policyId === "demo-zhengzhou-transformation");
    expect(zz?.eligible).toBeGreaterThan(0);
    expect(m.policies.every((p) => p.eligible + p.possible >= 5)).toBe(true);
    const [direct] = rowsOf<{ n: number }>(
      await db().execute(
        sql`select count(*)::int as n from assessment_results where tenant_id = ${tenantId}::uuid and is_latest and 'demo-zhengzhou-transformation' = any(subsidy_eligible)`,
      ),
    );
    expect(zz?.eligible).toBe(direct!.n);
    // A firm too narrow to show: nothing but the count leaves.
    const [small] = rowsOf<{ district: string; industry: string }>(
      await db().execute(sql`
        select district_code as district, industry_code as industry from assessment_results
        where tenant_id = ${tenantId}::uuid and is_latest and district_code is not null group by 1, 2 having count(*) between 1 and 4 limit 1`),
    );
    const narrow = await subsidiesMatched(db(), tenantId, { district: small!.district, industry: small!.industry });
    expect(narrow).toMatchObject({ suppressed: true, eligibleFirms: 0, estimatedYuan: 0, policies: [] });
  });

  it("exports every firm's latest result as a streamed CSV, one line per firm, in Chinese with the filter written in", async () => {
    const admin: Actor = { userId: "x", memberships: [{ tenantId, role: "tenant_admin" }] };
    const { stream, fileName } = await dashboardCsv(db(), admin, "zhengzhou", {});
    const bytes = Buffer.from(await new Response(stream).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM, for Excel
    const lines = bytes.subarray(3).toString("utf8").trim().split("\r\n");
    expect(lines[0]).toBe(
      "提交时间（北京时间）,企业名称,统一社会信用代码,行业,细分行业,区县,企业规模,是否规上,数字化水平等级,参考等级（非官方评定）,总分,上次等级,数字化基础,数字化管理,数字化成效,行业代码,区县代码,等级代码",
    );
    const firms = (await overview(db(), tenantId, {})).firms;
    // Header, one line per firm, a blank line, the filter.
    expect(lines.length).toBe(1 + firms + 2);
    expect(lines.at(-1)).toBe("筛选条件：全部企业");
    // Local time without a zone suffix, names and words for codes, the codes after.
    expect(lines[1]).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2},合成企业\d{6}有限公司,[^,]*,[^,\d]+,[^,]*,[^,\d]*,(?:微型|小型|中型|大型)企业,[是否],(?:未达一级|[一二三四]级),[是否],\d+(?:\.\d{1,2})?,/,
    );
    expect(lines[1]).not.toMatch(/T\d{2}:|,(?:yes|no|small|medium),/);
    expect(fileName).toMatch(/^zhengzhou-dashboard-\d{4}-\d{2}-\d{2}\.csv$/);
    // Paged in small batches, the same file.
    const paged = await dashboardCsv(db(), admin, "zhengzhou", {}, "zh-CN", 37);
    expect(Buffer.from(await new Response(paged.stream).arrayBuffer()).equals(bytes)).toBe(true);
    // Filtered: the filter is in the file, in words.
    const sized = await dashboardCsv(db(), admin, "zhengzhou", { size: "small", aboveScale: "yes" });
    const sizedText = Buffer.from(await new Response(sized.stream).arrayBuffer()).toString("utf8");
    expect(sizedText.trim().split("\r\n").at(-1)).toBe("筛选条件：规模 小型企业；规上 是");
    // English on request.
    const en = await dashboardCsv(db(), admin, "zhengzhou", {}, "en");
    expect(Buffer.from(await new Response(en.stream).arrayBuffer()).toString("utf8")).toContain("Submitted (China time),Firm,Credit code");
  });

  it("exports the same table as an .xlsx that reads back with Chinese headers, and its filter on a sheet of its own", async () => {
    const admin: Actor = { userId: "x", memberships: [{ tenantId, role: "tenant_admin" }] };
    const { bytes, fileName } = await dashboardXlsx(db(), admin, "zhengzhou", { size: "small" });
    expect(fileName).toMatch(/^zhengzhou-dashboard-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const [results, about] = await readXlsx(bytes);
    expect(results!.name).toBe("企业结果");
    expect(results!.rows[0]!.slice(0, 3)).toEqual(["提交时间（北京时间）", "企业名称", "统一社会信用代码"]);
    expect(results!.rows.length - 1).toBe((await overview(db(), tenantId, { size: "small" })).firms);
    expect(results!.rows[1]![6]).toBe("小型企业");
    expect(typeof results!.rows[1]![10]).toBe("number"); // the total stays a number a spreadsheet can sum
    expect(about!.rows).toContainEqual(["筛选条件", "规模 小型企业"]);
  });

  it("fails the CSV before it starts when its query cannot run (it was cut after the header), and refuses dates that do not exist", async () => {
    const admin: Actor = { userId: "x", memberships: [{ tenantId, role: "tenant_admin" }] };
    // Filters that skipped validation: the first batch is read before the response exists.
    await expect(dashboardCsv(db(), admin, "zhengzhou", { from: "2024-13-45" })).rejects.toThrow();
    expect(() => filtersFrom(new URL("http://localhost/?from=2024-13-45"))).toThrow(/from: a date that exists/);
    expect(() => filtersFrom(new URL("http://localhost/?to=2024-02-31"))).toThrow(/to: a date that exists/);
  });

  it("answers from the cells kept as results arrive exactly as from the results themselves, also right after a submission", async () => {
    const o = (source: "cells" | "results") => ({ source });
    const [district] = (await filterOptions(db(), tenantId)).districts;
    const combos: DashboardFilters[] = [
      {},
      { from: "2025-09-01" },
      { to: "2026-03-15", size: "small" },
      { aboveScale: "yes" },
      { district },
      { district, from: "2025-12-01" },
      { segment: "装备制造（合成）", aboveScale: "no" },
      { industry: "34", size: "micro" },
      { industry: "34", district }, // two groupings at once: answered from the results either way
    ];
    const both = async () => {
      const out: unknown[] = [];
      for (const f of combos)
        for (const source of ["cells", "results"] as const)
          out.push([
            f,
            source,
            await overview(db(), tenantId, f, o(source)),
            await levelDistribution(db(), tenantId, f, o(source)),
            await breakdown(db(), tenantId, f, "segment", o(source)),
            await breakdown(db(), tenantId, f, "district", o(source)),
            await breakdown(db(), tenantId, f, "industry", o(source)),
            await breakdown(db(), tenantId, f, "size", o(source)),
            await capabilities(db(), tenantId, f, o(source)),
            await trend(db(), tenantId, f, o(source)),
            await reassessed(db(), tenantId, f, o(source)),
            await subsidiesMatched(db(), tenantId, f, o(source)),
            await funnel(db(), tenantId, f, o(source)),
          ]);
      return out;
    };
    // Sums in a different order differ in the last bits (and so in a rounded last digit): numbers are
    // compared within a millionth, everything else exactly; a difference is shown as a diff.
    const near = (a: unknown, b: unknown): boolean =>
      typeof a === "number" && typeof b === "number"
        ? Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a))
        : Array.isArray(a) && Array.isArray(b)
          ? a.length === b.length && a.every((x, i) => near(x, b[i]))
          : a && b && typeof a === "object" && typeof b === "object"
            ? Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, x]) => near(x, (b as Record<string, unknown>)[k]))
            : a === b;
    const pairs = (rows: unknown[]) => {
      for (let i = 0; i < rows.length; i += 2) {
        const [x, y] = [(rows[i] as unknown[]).slice(2), (rows[i + 1] as unknown[]).slice(2)];
        if (!near(x, y)) expect(x, JSON.stringify((rows[i] as unknown[])[0])).toEqual(y);
      }
    };
    pairs(await both());
    expect(await filterOptions(db(), tenantId, o("cells"))).toEqual(await filterOptions(db(), tenantId, o("results")));
    // A submission marks its day; the next read computes it again and the cells follow.
    const a = await createAssessment(db(), { enterprise: { ...ZHENGZHOU_ENTERPRISE, name: "单元格测试企业有限公司" }, tenant: "zhengzhou", language: "zh-CN" });
    await patchAssessment(db(), a.id, a.resumeToken, { answers: COMPLETE_MANUFACTURING });
    await submitAssessment(db(), a.id, a.resumeToken);
    const [dirty] = rowsOf<{ n: number }>(await db().execute(sql`select count(*)::int as n from dashboard_dirty_days where tenant_id = ${tenantId}::uuid`));
    expect(dirty!.n).toBeGreaterThan(0);
    pairs(await both());
    expect(rowsOf<{ n: number }>(await db().execute(sql`select count(*)::int as n from dashboard_dirty_days where tenant_id = ${tenantId}::uuid`))[0]!.n).toBe(
      0,
    );
  });

  it("generates synthetic projects on synthetic firms, and the pipeline counts them at every stage they reached", async () => {
    const before = await pipeline(db(), tenantId);
    const { projects: made } = await writeSyntheticProjects(db(), { count: 60, seed: 3 });
    expect(made).toBe(60);
    const after = await pipeline(db(), tenantId);
    const reached = (p: typeof after, stage: string) => p.stages.find((s) => s.stage === stage)!.projects;
    // Every project in the portal was at least filed or is a draft; stages only narrow down the funnel.
    expect(reached(after, "filed")).toBeGreaterThan(reached(before, "filed"));
    for (let i = 1; i < after.stages.length; i++) expect(after.stages[i]!.projects).toBeLessThanOrEqual(after.stages[i - 1]!.projects);
    expect(after.current.reduce((s, c) => s + c.projects, 0)).toBeGreaterThan(before.current.reduce((s, c) => s + c.projects, 0));
    expect(after.diagnosed).toBe((await overview(db(), tenantId, {})).firms);
  });
});
