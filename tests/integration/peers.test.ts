import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getPdf } from "@/app/api/assessments/[id]/report/pdf/route";
import { GET as getResult } from "@/app/api/assessments/[id]/result/route";
import { POST as submit } from "@/app/api/assessments/[id]/submit/route";
import { PATCH as patch } from "@/app/api/assessments/[id]/route";
import { POST as create } from "@/app/api/assessments/route";
import type { StoredBenchmark } from "@/lib/assessments/peers";
import { writeSynthetic } from "@/lib/dashboard/synthetic-writer";
import { database } from "@/lib/db";
import { REPORT_JOB } from "@/lib/jobs/kinds";
import { startWorker, type Worker } from "@/lib/jobs/worker";
import { reportJobHandler } from "@/lib/reports/job";
import { benchmark, type PeerResult, type Result } from "@/scoring";
import { call } from "../support/api";
import { useAppDatabase } from "../support/app-database";
import { COMPLETE_MANUFACTURING } from "../support/fixtures";

/**
 * Peers as a city reviewer would check them: only firms' own submissions on this platform, never the
 * generated firms of the demo dashboard or a demo account's; the group named for what it is; one
 * benchmark per result, the same on the result page, in the report and in the PDF.
 */

let cleanup: () => Promise<void>;
let worker: Worker | undefined;
const dir = mkdtempSync(path.join(tmpdir(), "shuzhen-peers-"));

type Firm = { industryCode: string; provinceCode: string; cityCode: string; employees: number; revenueWan: number };
let group: Firm;

async function submitted(name: string, firm: Firm, answers: Record<string, unknown>, options: { owner?: string } = {}) {
  const r = await call(create, { method: "POST", body: { enterprise: { name, ...firm }, language: "zh-CN" } });
  expect(r.status).toBe(201);
  const a = r.body as { id: string; resumeToken: string };
  const { query } = await database();
  if (options.owner) await query("update assessments set owner_user_id = (select id from users where email = $1) where id = $2", [options.owner, a.id]);
  expect((await call(patch, { method: "PATCH", id: a.id, token: a.resumeToken, body: { answers } })).status).toBe(200);
  expect((await call(submit, { method: "POST", id: a.id, token: a.resumeToken, body: { pledge: true } })).status).toBe(201);
  return a;
}

const stored = async (id: string) => {
  const rows = await (
    await database()
  ).query<{ benchmark: StoredBenchmark | string | null; origin: string }>("select benchmark, origin from assessment_results where assessment_id = $1", [id]);
  const b = rows[0]?.benchmark ?? null;
  return { benchmark: typeof b === "string" ? (JSON.parse(b) as StoredBenchmark) : b, origin: rows[0]?.origin };
};

beforeAll(async () => {
  cleanup = await useAppDatabase({ demo: true });
  const { db, query } = await database();
  // The demo dashboard's generated firms, then the group (industry, city, size) most of them are in.
  await writeSynthetic(db, { count: 120, seed: 7 });
  const [top] = await query<Firm & { n: number }>(
    `select e.industry_code as "industryCode", e.province_code as "provinceCode", e.city_code as "cityCode", min(e.employees) as employees,
            min(e.revenue_wan)::float8 as "revenueWan", count(*)::int as n
     from assessment_results r join enterprises e on e.id = r.enterprise_id
     where r.origin = 'synthetic' and r.is_latest and e.size_class = 'small'
     group by 1, 2, 3 order by n desc limit 1`,
  );
  expect(top?.n).toBeGreaterThan(0);
  const { n: _n, ...firm } = top!;
  // Figures of one of those synthetic firms: the same size class.
  const [figures] = await query<{ employees: number; revenueWan: number }>(
    `select e.employees, e.revenue_wan::float8 as "revenueWan" from enterprises e join assessment_results r on r.enterprise_id = e.id
     where r.origin = 'synthetic' and e.industry_code = $1 and e.city_code = $2 and e.size_class = 'small' limit 1`,
    [firm.industryCode, firm.cityCode],
  );
  group = { ...firm, employees: figures!.employees, revenueWan: figures!.revenueWan };
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await cleanup();
});

describe("peers", () => {
  it("marks what each result is: synthetic by its writer, demo by the account, real otherwise", async () => {
    const { query } = await database();
    const origins = await query<{ origin: string; n: number }>("select origin, count(*)::int as n from assessment_results group by 1");
    expect(origins).toEqual([{ origin: "synthetic", n: 120 }]);
    const demo = await submitted("演示账号提交的企业", group, { ...COMPLETE_MANUFACTURING, "F.IS": "all" }, { owner: "owner@demo.shuzhen.cn" });
    expect((await stored(demo.id)).origin).toBe("demo");
  });

  it("never counts synthetic or demo results; the same stored figures on the result page, in the report and in the PDF", async () => {
    const { db, query } = await database();
    const peers = [];
    for (let i = 0; i < 5; i++) peers.push(await submitted(`真实同行${i}`, group, { ...COMPLETE_MANUFACTURING, "F.IS": i % 2 ? "all" : "none" }));
    for (const p of peers) expect((await stored(p.id)).origin).toBe("real");
    const subject = await submitted("对标测试企业", group, COMPLETE_MANUFACTURING);

    // Submitting computed nothing: the page says the benchmark is being computed.
    expect((await stored(subject.id)).benchmark).toBeNull();
    const pending = await call(getResult, { id: subject.id, token: subject.resumeToken });
    expect((pending.body as { peers: unknown }).peers).toEqual({ status: "pending" });

    // The report job computes and stores it (for every result that job reaches: peers' reports too).
    worker = startWorker(db, { [REPORT_JOB]: reportJobHandler(() => null) }, { soleWorker: true, pollMs: 50 });
    await worker.idle();
    const b = (await stored(subject.id)).benchmark!;
    expect(b.count).toBe(5);
    expect(b.group.key).toBe("industry_city_size");
    expect(b.group.label["zh-CN"]).toMatch(/^本平台已提交评测的同行业企业（[^，]+，同在.+，同为小型企业）$/);
    expect(JSON.stringify(b.group.label)).not.toContain("全国");

    // Exactly the five real peers' figures (their stored results), no synthetic or demo firm.
    const details = await query<{ detail: Result | string }>(`select detail from assessment_results where assessment_id = any($1::uuid[])`, [
      peers.map((p) => p.id),
    ]);
    const asPeer = (d: Result): PeerResult => ({
      total: d.total,
      dimensions: d.dimensions,
      scenes: Object.fromEntries(d.scenes.map((s) => [s.code, s.level])),
    });
    const results = details.map((r) => (typeof r.detail === "string" ? (JSON.parse(r.detail) as Result) : r.detail));
    const [mine] = await query<{ detail: Result | string }>("select detail from assessment_results where assessment_id = $1", [subject.id]);
    const mineResult = typeof mine!.detail === "string" ? (JSON.parse(mine!.detail) as Result) : mine!.detail;
    expect(b.benchmark).toEqual(benchmark(asPeer(mineResult), results.map(asPeer)));

    // The result page.
    const view = (await call(getResult, { id: subject.id, token: subject.resumeToken })).body as {
      peers: { status: string; count: number; group: { "zh-CN": string }; benchmark: { total: { percentile: number; median: number } } };
    };
    expect(view.peers).toMatchObject({ status: "ready", count: 5, group: b.group.label, benchmark: { total: b.benchmark!.total } });

    // The report's frozen facts.
    const [report] = await query<{ facts: { peers: { group: string; count: number; totalPercentile: number; totalMedian: number; standing: unknown } } }>(
      "select facts from reports where assessment_id = $1",
      [subject.id],
    );
    expect(report!.facts.peers).toEqual({
      group: b.group.label["zh-CN"],
      count: 5,
      totalPercentile: b.benchmark!.total.percentile,
      // Scores to two decimals, never rounded up; the standing as 前/后 x% for readers.
      totalMedian: Math.floor(b.benchmark!.total.median * 100) / 100,
      standing: { side: "top", percent: 100 - b.benchmark!.total.percentile, all: false },
    });

    // The PDF.
    const response = await getPdf(new Request("http://localhost/api/x?lang=zh-CN", { headers: { authorization: `Bearer ${subject.resumeToken}` } }), {
      params: Promise.resolve({ id: subject.id }),
    });
    expect(response.status).toBe(200);
    const file = path.join(dir, "peers.pdf");
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const flat = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
    expect(flat).toContain(`与${b.group.label["zh-CN"]}（共5家）相比，总分位于同类前${100 - b.benchmark!.total.percentile}%`.replace(/\s+/g, ""));
    expect(flat).not.toContain("百分位");

    // Stored once: a later peer changes nothing already shown.
    await submitted("后来的同行", group, COMPLETE_MANUFACTURING);
    await worker.idle();
    expect((await stored(subject.id)).benchmark).toEqual(b);
  }, 120_000);

  it("says a group under the minimum size is too small instead of giving a percentile", async () => {
    const lonely = await submitted("孤单的烟草企业", { ...group, industryCode: "16" }, COMPLETE_MANUFACTURING);
    await worker!.idle();
    const b = (await stored(lonely.id)).benchmark!;
    expect(b).toMatchObject({ count: 0, minimum: 5, benchmark: null, radarMedians: null, group: { key: "industry" } });
    const view = (await call(getResult, { id: lonely.id, token: lonely.resumeToken })).body as { peers: unknown };
    expect(view.peers).toEqual({ status: "too_few", group: b.group.label, count: 0, minimum: 5 });
    const { query } = await database();
    const [report] = await query<{ facts: { peers: unknown; peersShortfall: unknown } }>("select facts from reports where assessment_id = $1", [lonely.id]);
    expect(report!.facts.peers).toBeNull();
    expect(report!.facts.peersShortfall).toEqual({ group: b.group.label["zh-CN"], count: 0, minimum: 5 });
  }, 60_000);
});
