import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessmentResults, assessments, enterprises, questionTimeDaily, usageEvents } from "@/db/schema";
import { hashToken } from "@/lib/shared/tokens";
import { getTemplate } from "@/scoring";
import { capabilityVector } from "./capability-vector";
import { rebuildCells } from "./rollup";
import { enqueueSyntheticSubsidies } from "./synthetic-subsidies";
import { rng, syntheticFirm } from "./synthetic";
import { tenantsBySlugs } from "@/lib/tenants";

/**
 * Writes synthetic firms until `count` submitted assessments exist among them, across the demo city
 * portals, in batches (one multi-row insert per table and batch). Results carry a compact `detail`
 * (marked synthetic): they are for the dashboard at scale, not for opening one by one. Their
 * subsidies are matched afterwards by a background job (synthetic-subsidies.ts).
 */

const TEMPLATE = getTemplate("miit-2024-manufacturing");
const STEPS = ["foundation", "management", "effect", "scenes", "review"];
const BATCH_FIRMS = 400;

/** China-time day of a moment, as the time-per-question rollup keys it. */
const chinaDay = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** What every synthetic assessment row shares: ids, template, and a resume token nobody holds. */
function assessmentBase(id: string, tenantId: string, enterpriseId: string, at: Date) {
  return {
    id,
    tenantId,
    enterpriseId,
    templateId: TEMPLATE.id,
    templateVersion: TEMPLATE.version,
    resumeTokenHash: hashToken(randomBytes(24).toString("base64url")),
    resumeTokenExpiresAt: new Date(at.getTime() + 30 * 86_400_000),
  };
}

export async function writeSynthetic(
  db: Db,
  options: { count: number; seed?: number; onProgress?: (done: number) => void },
): Promise<{ firms: number; results: number; drafts: number }> {
  const portals = (await tenantsBySlugs(db, ["zhengzhou", "taiyuan"])).map((t) => ({ id: t.id, slug: t.slug, city: t.cityCode }));
  if (portals.length === 0) throw new Error("the demo portals are missing: run with SEED_DEMO=true (npm run db:seed) first");
  const existing = await db.$count(enterprises);
  const random = rng(options.seed ?? 20241130 + existing);
  const questionCodes = TEMPLATE.questions.map((q) => q.code);
  let results = 0;
  let firms = 0;
  let drafts = 0;
  while (results < options.count) {
    const e: (typeof enterprises.$inferInsert)[] = [];
    const a: (typeof assessments.$inferInsert)[] = [];
    const r: (typeof assessmentResults.$inferInsert)[] = [];
    const u: (typeof usageEvents.$inferInsert)[] = [];
    const times = new Map<string, { tenantId: string; day: string; code: string; seconds: number; assessments: number }>();
    for (let i = 0; i < BATCH_FIRMS && results < options.count; i++) {
      const portal = random() < 0.55 ? portals[0]! : (portals[1] ?? portals[0]!);
      const firm = syntheticFirm(existing + firms, portal.city ?? "4101", random);
      firms++;
      const enterpriseId = randomUUID();
      e.push({
        id: enterpriseId,
        tenantId: portal.id,
        name: firm.name,
        industryCode: firm.industryCode,
        industrySegment: firm.industrySegment,
        provinceCode: firm.provinceCode,
        cityCode: firm.cityCode,
        districtCode: firm.districtCode,
        employees: firm.employees,
        revenueWan: firm.revenueWan,
        sizeClass: firm.sizeClass,
        aboveScale: firm.aboveScale,
      });
      let previous: { level: number; total: number } | null = null;
      const kept = firm.results.slice(0, options.count - results);
      for (const [k, res] of kept.entries()) {
        const id = randomUUID();
        const started = new Date(res.submittedAt.getTime() - (10 + Math.floor(random() * 50)) * 60_000);
        const timings = Object.fromEntries(questionCodes.map((c) => [c, 5 + Math.floor(random() * 90)]));
        for (const [code, seconds] of Object.entries(timings)) {
          const key = `${portal.id}|${chinaDay(started)}|${code}`;
          const sum = times.get(key) ?? { tenantId: portal.id, day: chinaDay(started), code, seconds: 0, assessments: 0 };
          sum.seconds += Math.min(seconds, 600);
          sum.assessments += 1;
          times.set(key, sum);
        }
        a.push({
          ...assessmentBase(id, portal.id, enterpriseId, res.submittedAt),
          status: "submitted",
          answers: res.answers as Record<string, string | string[] | number>,
          timings,
          startedAt: started,
          lastAnsweredAt: res.submittedAt,
          submittedAt: res.submittedAt,
          createdAt: started,
          updatedAt: res.submittedAt,
        });
        r.push({
          assessmentId: id,
          tenantId: portal.id,
          enterpriseId,
          templateId: TEMPLATE.id,
          templateVersion: TEMPLATE.version,
          engineVersion: "synthetic",
          total: res.total,
          level: res.level,
          dimensionScores: res.dimensions,
          sceneLevels: res.scenes,
          detail: { synthetic: true, level: res.level, total: res.total },
          industryCode: firm.industryCode,
          industrySegment: firm.industrySegment,
          cityCode: firm.cityCode,
          districtCode: firm.districtCode,
          sizeClass: firm.sizeClass,
          aboveScale: firm.aboveScale,
          submittedAt: res.submittedAt,
          isLatest: k === kept.length - 1,
          previousLevel: previous?.level ?? null,
          previousTotal: previous?.total ?? null,
          capabilityVector: capabilityVector(TEMPLATE, res.dimensions, res.scenes),
        });
        u.push({ tenantId: portal.id, assessmentId: id, kind: "started", at: started });
        if (random() < 0.6) u.push({ tenantId: portal.id, assessmentId: id, kind: "report_read", at: res.submittedAt });
        if (random() < 0.25) u.push({ tenantId: portal.id, assessmentId: id, kind: "pdf_downloaded", at: res.submittedAt });
        previous = { level: res.level, total: res.total };
        results++;
      }
      // Some firms start again and stop part-way: the drop-off the usage analysis shows.
      if (random() < 0.12) {
        const id = randomUUID();
        const at = new Date(Date.now() - (8 + Math.floor(random() * 300)) * 86_400_000);
        a.push({
          ...assessmentBase(id, portal.id, enterpriseId, at),
          status: "draft",
          currentStep: STEPS[Math.floor(random() * STEPS.length)]!,
          timings: Object.fromEntries(questionCodes.slice(0, 5).map((c) => [c, 5 + Math.floor(random() * 120)])),
          startedAt: at,
          lastAnsweredAt: at,
          createdAt: at,
          updatedAt: at,
        });
        u.push({ tenantId: portal.id, assessmentId: id, kind: "started", at });
        drafts++;
      }
    }
    await db.transaction(async (tx) => {
      for (let i = 0; i < e.length; i += 1000) await tx.insert(enterprises).values(e.slice(i, i + 1000));
      for (let i = 0; i < a.length; i += 500) await tx.insert(assessments).values(a.slice(i, i + 500));
      for (let i = 0; i < r.length; i += 500) await tx.insert(assessmentResults).values(r.slice(i, i + 500));
      for (let i = 0; i < u.length; i += 2000) await tx.insert(usageEvents).values(u.slice(i, i + 2000));
      const rollup = [...times.values()];
      for (let i = 0; i < rollup.length; i += 2000) {
        await tx
          .insert(questionTimeDaily)
          .values(rollup.slice(i, i + 2000))
          .onConflictDoUpdate({
            target: [questionTimeDaily.tenantId, questionTimeDaily.day, questionTimeDaily.code],
            set: { seconds: sql`${questionTimeDaily.seconds} + excluded.seconds`, assessments: sql`${questionTimeDaily.assessments} + excluded.assessments` },
          });
      }
    });
    options.onProgress?.(results);
  }
  // The dashboard's cells, computed once for the whole load (not day by day).
  for (const portal of portals) await rebuildCells(db, portal.id);
  // Fresh statistics and visibility map, so the dashboard's index-only scans work at once.
  await db.execute(sql`vacuum analyze assessment_results`);
  await db.execute(sql`vacuum analyze dashboard_cells`);
  await db.execute(sql`vacuum analyze usage_events`);
  await db.execute(sql`analyze`);
  // Their subsidies are matched in the background (exact plans take tens of milliseconds each).
  await enqueueSyntheticSubsidies(db);
  return { firms, results, drafts };
}
