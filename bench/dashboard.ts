/**
 * `npm run bench:dashboard`: each dashboard query on PostgreSQL with 100 000 submitted assessments and
 * 5 000 projects (BENCH_ASSESSMENTS, BENCH_PROJECTS; DATABASE_URL, else TEST_DATABASE_URL; synthetic
 * firms and projects are added if fewer), median and p95 over repeated runs, unfiltered and filtered,
 * the programme's pipeline, and the streamed CSV export. Goal: every median < 200 ms. National scale:
 * `npm run seed:synthetic -- --count 1000000` first (50 000 projects), then BENCH_ASSESSMENTS=1000000.
 */
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { assessmentResults, projects, tenants } from "@/db/schema";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import { breakdown, capabilities, funnel, levelDistribution, overview, questionUsage, reassessed, trend } from "@/lib/dashboard/queries";
import { writeSynthetic } from "@/lib/dashboard/synthetic-writer";
import { prepareDatabase } from "@/lib/db/prepare";
import { dashboard, dashboardCsv } from "@/lib/dashboard/service";
import { subsidiesMatched } from "@/lib/dashboard/subsidies";
import { refreshCells } from "@/lib/dashboard/rollup";
import { pipeline } from "@/lib/projects/analytics";
import { writeSyntheticProjects } from "@/lib/projects/synthetic-projects";
import type { Actor } from "@/lib/auth/permissions";

const url = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
if (!url) {
  console.error("bench:dashboard needs PostgreSQL: set DATABASE_URL (or TEST_DATABASE_URL).");
  process.exit(2);
}
// Nothing here listens: the checks of lib/env for a server others reach (APP_URL) do not apply.
process.env.HOST ||= "127.0.0.1";
const TARGET = Number(process.env.BENCH_ASSESSMENTS ?? 100_000);
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? Math.round(TARGET / 20));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const handle = await openDatabase({ driver: "postgres", url, poolMax: 4 });
const db = handle.db;
await prepareDatabase(handle, { demo: true });
const have = await db.$count(assessmentResults);
if (have < TARGET) {
  console.log(`adding ${TARGET - have} synthetic assessments (have ${have})…`);
  await writeSynthetic(db, { count: TARGET - have });
}
const haveProjects = await db.$count(projects);
if (haveProjects < PROJECTS) {
  console.log(`adding ${PROJECTS - haveProjects} synthetic projects (have ${haveProjects})…`);
  await writeSyntheticProjects(db, { count: PROJECTS - haveProjects });
}
// The cells of any day written since the last view (a migration marks every day): computed before timing.
const refreshStarted = performance.now();
const refreshedDays = (await Promise.all((await db.select({ id: tenants.id }).from(tenants)).map((t) => refreshCells(db, t.id)))).reduce((a, b) => a + b, 0);
if (refreshedDays > 0) console.log(`dashboard cells of ${refreshedDays} days computed in ${((performance.now() - refreshStarted) / 1000).toFixed(1)} s`);
const total = await db.$count(assessmentResults);
const [zz] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, "zhengzhou"));
const tenantId = zz!.id;
const inTenant = await db.$count(assessmentResults, eq(assessmentResults.tenantId, tenantId));
const projectsInTenant = await db.$count(projects, eq(projects.tenantId, tenantId));
console.log(
  `${total.toLocaleString("en")} submitted assessments in the database, ${inTenant.toLocaleString("en")} in the zhengzhou portal; ${projectsInTenant.toLocaleString("en")} projects there; ${RUNS} runs each\n`,
);

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
async function measure(label: string, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 2; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = pct(times, 0.5);
  console.log(`${label.padEnd(44)} median ${median.toFixed(1).padStart(7)} ms   p95 ${pct(times, 0.95).toFixed(1).padStart(7)} ms`);
  return median;
}

const none: DashboardFilters = {};
const filtered: DashboardFilters = { district: "410105", from: "2025-12-01" };
const medians: number[] = [];
for (const [name, f] of [
  ["all firms", none],
  ["district 410105, since 2025-12-01", filtered],
] as const) {
  console.log(`— ${name}`);
  medians.push(await measure("overview (firms, 二级+, 规上)", () => overview(db, tenantId, f)));
  medians.push(await measure("level distribution", () => levelDistribution(db, tenantId, f)));
  medians.push(await measure("by 细分行业 (with the 90 % target)", () => breakdown(db, tenantId, f, "segment")));
  medians.push(await measure("by district", () => breakdown(db, tenantId, f, "district")));
  medians.push(await measure("by size", () => breakdown(db, tenantId, f, "size")));
  medians.push(await measure("dimension and scene averages", () => capabilities(db, tenantId, f)));
  medians.push(await measure("trend by month", () => trend(db, tenantId, f)));
  medians.push(await measure("reassessed firms' progress", () => reassessed(db, tenantId, f)));
  medians.push(await measure("subsidies matched (overall, per policy)", () => subsidiesMatched(db, tenantId, f)));
  medians.push(await measure("usage funnel", () => funnel(db, tenantId, f)));
}
medians.push(await measure("time and drop-off per question (90 days)", () => questionUsage(db, tenantId)));
medians.push(await measure("time and drop-off per question (all time)", () => questionUsage(db, tenantId, { from: "2020-01-01" })));
medians.push(await measure("programme pipeline (stages, states, groups, overdue)", () => pipeline(db, tenantId)));

const admin: Actor = { userId: "bench", memberships: [{ tenantId, role: "tenant_admin" }] };
// The whole page's data: every query above at once, as the dashboard page asks for it.
console.log("");
await measure("whole dashboard (all queries in parallel)", () => dashboard(db, admin, "zhengzhou", none));
const csvTimes: number[] = [];
let bytes = 0;
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const { stream } = await dashboardCsv(db, admin, "zhengzhou", {});
  bytes = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
  }
  csvTimes.push(performance.now() - t);
}
csvTimes.sort((a, b) => a - b);
console.log(`\nCSV export of every firm (streamed): median ${pct(csvTimes, 0.5).toFixed(0)} ms for ${(bytes / 1024 / 1024).toFixed(1)} MB`);
const worst = Math.max(...medians);
console.log(`slowest query median ${worst.toFixed(1)} ms (goal < 200 ms): ${worst < 200 ? "met" : "MISSED"}`);
await handle.close();
