import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isoDay } from "@/lib/i18n/figures";
import { GET as getState, PATCH as patch } from "@/app/api/assessments/[id]/route";
import { GET as getHistory } from "@/app/api/assessments/[id]/history/route";
import { POST as reassess } from "@/app/api/assessments/[id]/reassess/route";
import { GET as getPlan } from "@/app/api/assessments/[id]/plan/route";
import { GET as getResult } from "@/app/api/assessments/[id]/result/route";
import { POST as submit } from "@/app/api/assessments/[id]/submit/route";
import { POST as create } from "@/app/api/assessments/route";
import { ensureBenchmark } from "@/lib/assessments/peers";
import { eq, sql } from "drizzle-orm";
import { assessmentPlans } from "@/db/schema";
import { database } from "@/lib/db";
import { loadReportInputs } from "@/lib/reports/inputs";
import { call, fields } from "../support/api";
import { useAppDatabase } from "../support/app-database";
import { COMPLETE_MANUFACTURING as COMPLETE, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";

const ENTERPRISE = ZHENGZHOU_ENTERPRISE;

let cleanup: () => Promise<void>;
beforeAll(async () => {
  cleanup = await useAppDatabase({ demo: true });
});
afterAll(async () => {
  await cleanup();
});

async function start(overrides: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  const r = await call(create, { method: "POST", body: { enterprise: { ...ENTERPRISE, ...overrides }, ...extra } });
  expect(r.status).toBe(201);
  return r.body as { id: string; resumeToken: string; resumePath: string; templateId: string; enterprise: { sizeClass: string; aboveScale: boolean } };
}

async function answersOf(id: string, token: string) {
  const r = await call(getState, { id, token });
  return r.body.answers as Record<string, unknown>;
}

describe("POST /api/assessments", () => {
  it("starts an assessment with the template of the industry and the derived size class", async () => {
    const a = await start();
    expect(a.templateId).toBe("miit-2024-manufacturing");
    expect(a.enterprise).toMatchObject({ sizeClass: "small", aboveScale: true });
    expect(a.resumePath).toBe(`/assess/${a.id}#k=${a.resumeToken}`);
    expect(a.resumeToken.length).toBeGreaterThanOrEqual(40);
  });

  it("takes a city portal by its slug", async () => {
    const a = await start({}, { tenant: "zhengzhou" });
    const db = await database();
    const rows = await db.query<{ slug: string }>("select t.slug from assessments a join tenants t on t.id = a.tenant_id where a.id = $1", [a.id]);
    expect(rows[0]?.slug).toBe("zhengzhou");
  });

  it("files a firm that starts on the main site under the portal serving its city, unless it chose one", async () => {
    const db = await database();
    const portalOf = async (id: string) =>
      (await db.query<{ slug: string }>("select t.slug from assessments a join tenants t on t.id = a.tenant_id where a.id = $1", [id]))[0]?.slug;
    const zhengzhou = await start({ name: "郑州主站企业" });
    expect(await portalOf(zhengzhou.id)).toBe("zhengzhou");
    const beijing = await start({ name: "北京主站企业", creditCode: undefined, provinceCode: "11", cityCode: "1101", districtCode: undefined });
    expect(await portalOf(beijing.id)).toBe("platform");
    const chosen = await start({ name: "郑州选择主站企业" }, { tenant: "platform" });
    expect(await portalOf(chosen.id)).toBe("platform");
  });

  it.each([
    [{ enterprise: { ...ENTERPRISE, name: "" } }, "enterprise.name"],
    [{ enterprise: { ...ENTERPRISE, creditCode: "91350100M000100Y44" } }, "enterprise.creditCode"],
    [{ enterprise: { ...ENTERPRISE, industryCode: "99" } }, "enterprise.industryCode"],
    [{ enterprise: { ...ENTERPRISE, cityCode: "1401" } }, "enterprise.cityCode"],
    [{ enterprise: { ...ENTERPRISE, employees: -3 } }, "enterprise.employees"],
    [{ enterprise: { ...ENTERPRISE, industryCode: "47" } }, "enterprise.assetsWan"],
    [{ enterprise: ENTERPRISE, template: "miit-1999" }, "template"],
    // Unknown fields, at the top and inside the firm (they were accepted and ignored).
    [{ enterprise: ENTERPRISE, surprise: true }, "surprise"],
    [{ enterprise: { ...ENTERPRISE, ownerUserId: "00000000-0000-0000-0000-000000000000" } }, "enterprise.ownerUserId"],
  ])("rejects %j naming %s", async (body, field) => {
    const r = await call(create, { method: "POST", body });
    expect(r.status).toBe(400);
    expect(fields(r.body)).toContain(field);
  });

  it("404s an unknown portal, 400s malformed JSON and 413s an oversize body", async () => {
    expect((await call(create, { method: "POST", body: { enterprise: ENTERPRISE, tenant: "atlantis" } })).status).toBe(404);
    const bad = await call(create, { method: "POST", rawBody: "{oops" });
    expect([bad.status, fields(bad.body)]).toEqual([400, ["body"]]);
    const huge = await call(create, { method: "POST", rawBody: JSON.stringify({ enterprise: { ...ENTERPRISE, name: "x".repeat(70_000) } }) });
    expect([huge.status, fields(huge.body)]).toEqual([413, ["body"]]);
  });

  it("answers in the reader's language: Chinese without a preference, English with ?lang=en, the schema's own messages too", async () => {
    const body = { enterprise: { ...ENTERPRISE, name: "a", industryCode: "x", employees: "many", extra: 1 } };
    const messages = (r: Awaited<ReturnType<typeof call>>) => Object.fromEntries((r.body.error?.issues ?? []).map((i) => [i.field, i.message]));
    const zh = await call(create, { method: "POST", body });
    expect(zh.status).toBe(400);
    expect(messages(zh)).toEqual({
      "enterprise.name": "请填写企业名称",
      "enterprise.industryCode": "请选择行业",
      "enterprise.employees": "请填写从业人员数",
      "enterprise.extra": "未知字段",
    });
    expect(zh.body.error?.message).toBe("enterprise.name：请填写企业名称");
    const en = await call(create, { method: "POST", body, query: "?lang=en" });
    expect(messages(en)).toEqual({
      "enterprise.name": "enter the firm's name",
      "enterprise.industryCode": "choose an industry",
      "enterprise.employees": "enter the number of employees",
      "enterprise.extra": "unknown field",
    });
    const portal = await call(create, { method: "POST", body: { enterprise: ENTERPRISE, tenant: "atlantis" } });
    expect([portal.status, portal.body.error?.message, messages(portal)]).toEqual([404, "tenant：没有名为 atlantis 的门户", { tenant: "未知门户" }]);
    expect((await call(create, { method: "POST", body: { enterprise: ENTERPRISE, tenant: "atlantis" }, query: "?lang=en" })).body.error?.message).toBe(
      "tenant: no portal named atlantis",
    );
  });
});

describe("reading and saving with the resume token", () => {
  it("refuses a missing, wrong or expired token", async () => {
    const a = await start();
    expect((await call(getState, { id: a.id })).status).toBe(401);
    const wrong = await call(getState, { id: a.id, token: "x".repeat(43) });
    expect([wrong.status, fields(wrong.body)]).toEqual([404, ["token"]]);
    expect((await call(getState, { id: "not-a-uuid", token: a.resumeToken })).status).toBe(404);
    const db = await database();
    await db.query("update assessments set resume_token_expires_at = now() - interval '1 day' where id = $1", [a.id]);
    const expired = await call(getState, { id: a.id, token: a.resumeToken });
    expect([expired.status, fields(expired.body)]).toEqual([401, ["token"]]);
  });

  it("returns the template grouped into steps in the requested language", async () => {
    const a = await start();
    const zh = await call(getState, { id: a.id, token: a.resumeToken, query: "?lang=zh-CN" });
    const template = zh.body.template as { steps: { key: string }[]; questions: { label: string }[] };
    expect(template.steps.map((s) => s.key)).toEqual([
      "foundation",
      "management",
      "effect",
      "scenes-lifecycle",
      "scenes-production",
      "scenes-supply_chain",
      "scenes-management",
      "review",
    ]);
    const en = await call(getState, { id: a.id, token: a.resumeToken, query: "?lang=en" });
    expect((en.body.template as { questions: { label: string }[] }).questions[0]?.label).toBe("Which networks has the firm built?");
  });

  it("saves answers, clears them with null, and counts revisions", async () => {
    const a = await start();
    const first = await call(patch, {
      method: "PATCH",
      id: a.id,
      token: a.resumeToken,
      body: { answers: { "F.IS": "one", "S.QUALITY": 2 }, currentStep: "foundation" },
    });
    expect(first.status).toBe(200);
    expect(first.body.revision).toBe(1);
    await call(patch, { method: "PATCH", id: a.id, token: a.resumeToken, body: { answers: { "F.IS": null, "F.NET": ["none"] } } });
    expect(await answersOf(a.id, a.resumeToken)).toEqual({ "S.QUALITY": 2, "F.NET": ["none"] });
  });

  it.each([
    [{ answers: { "F.NOPE": "x" } }, "answers.F.NOPE"],
    [{ answers: { "F.IS": ["one"] } }, "answers.F.IS"],
    [{ answers: { "F.NET": ["none", "industrial_5g"] } }, "answers.F.NET"],
    [{ answers: { "S.QUALITY": 7 } }, "answers.S.QUALITY"],
    [{ answers: { "F.IS": "one" }, evidence: { "F.EQDIG": { digital: 50, total: 0 } } }, "evidence.F.EQDIG"],
    [{ timings: { "F.NOPE": 3 } }, "timings.F.NOPE"],
    [{ surprise: true }, "surprise"],
    [{ context: { description: "x", mood: "good" } }, "context.mood"],
  ])("rejects %j naming %s and keeps what was saved", async (body, field) => {
    const a = await start();
    await call(patch, { method: "PATCH", id: a.id, token: a.resumeToken, body: { answers: { "M.PLAN": "learning" } } });
    const r = await call(patch, { method: "PATCH", id: a.id, token: a.resumeToken, body });
    expect(r.status).toBe(400);
    expect(fields(r.body)).toContain(field);
    expect(await answersOf(a.id, a.resumeToken)).toEqual({ "M.PLAN": "learning" });
  });

  it("derives a band from figures, keeps the figures, and drops them when a band is chosen directly", async () => {
    const a = await start();
    const r = await call(patch, { method: "PATCH", id: a.id, token: a.resumeToken, body: { evidence: { "F.EQDIG": { digital: 45, total: 100 } } } });
    expect((r.body.derived as { code: string; option: string }[])[0]).toMatchObject({ code: "F.EQDIG", option: "p40_60" });
    let state = await call(getState, { id: a.id, token: a.resumeToken });
    expect(state.body.answers).toEqual({ "F.EQDIG": "p40_60" });
    expect(state.body.evidence).toEqual({ "F.EQDIG": { digital: 45, total: 100 } });
    await call(patch, { method: "PATCH", id: a.id, token: a.resumeToken, body: { answers: { "F.EQDIG": "p60_100" } } });
    state = await call(getState, { id: a.id, token: a.resumeToken });
    expect(state.body.evidence).toEqual({});
  });

  it("keeps a band chosen with contradicting figures, keeps the figures and warns about the whole draft", async () => {
    const a = await start();
    const r = await call(patch, {
      method: "PATCH",
      id: a.id,
      token: a.resumeToken,
      body: { answers: { "F.EQDIG": "p60_100" }, evidence: { "F.EQDIG": { digital: 10, total: 100 } } },
    });
    expect(r.status).toBe(200);
    expect((r.body.warnings as { code: string; questions: string[] }[]).map((w) => [w.code, w.questions])).toEqual([
      ["answer_contradicts_figures", ["F.EQDIG"]],
    ]);
    const state = await call(getState, { id: a.id, token: a.resumeToken });
    expect(state.body.answers).toEqual({ "F.EQDIG": "p60_100" });
    expect(state.body.evidence).toEqual({ "F.EQDIG": { digital: 10, total: 100 } });
    expect(state.body.warnings).toEqual(r.body.warnings);
  });

  it("warns in the PATCH response and the state while the networked share is above the digital share", async () => {
    const a = await start();
    const clash = await call(patch, { method: "PATCH", id: a.id, token: a.resumeToken, body: { answers: { "F.EQDIG": "p10_20", "F.EQNET": "p60_100" } } });
    const warnings = clash.body.warnings as { code: string; questions: string[]; message: { "zh-CN": string } }[];
    expect(warnings.map((w) => [w.code, w.questions])).toEqual([["share_above_reference", ["F.EQNET", "F.EQDIG"]]]);
    expect(warnings[0]?.message["zh-CN"]).toContain("联网率不应高于数字化率");
    // Another question saved later: the response still carries the draft's warning.
    const later = await call(patch, { method: "PATCH", id: a.id, token: a.resumeToken, body: { answers: { "F.IS": "one" } } });
    expect(later.body.warnings).toEqual(warnings);
    expect((await call(getState, { id: a.id, token: a.resumeToken })).body.warnings).toEqual(warnings);
    const fixed = await call(patch, { method: "PATCH", id: a.id, token: a.resumeToken, body: { answers: { "F.EQNET": "p10_20" } } });
    expect(fixed.body.warnings).toEqual([]);
  });

  it("merges concurrent saves of different questions and adds up time spent", async () => {
    const a = await start();
    const codes = ["F.IS", "M.PLAN", "E.COST", "E.ENERGY", "S.HR", "S.OFFICE"];
    const values: Record<string, string | number> = { "F.IS": "all", "M.PLAN": "started", "E.COST": "better", "E.ENERGY": "flat", "S.HR": 3, "S.OFFICE": 1 };
    await Promise.all(
      codes.map((c) => call(patch, { method: "PATCH", id: a.id, token: a.resumeToken, body: { answers: { [c]: values[c] }, timings: { "F.IS": 5 } } })),
    );
    expect(await answersOf(a.id, a.resumeToken)).toEqual(values);
    const db = await database();
    const [row] = await db.query<{ t: number; revision: number }>("select (timings->>'F.IS')::numeric::float8 as t, revision from assessments where id = $1", [
      a.id,
    ]);
    expect(row).toEqual({ t: 30, revision: 6 });
  });
});

describe("submit, result, history", () => {
  it("lists every missing answer and requires the pledge", async () => {
    const a = await start();
    await call(patch, { method: "PATCH", id: a.id, token: a.resumeToken, body: { answers: { "F.IS": "one" } } });
    const noPledge = await call(submit, { method: "POST", id: a.id, token: a.resumeToken, body: {} });
    expect([noPledge.status, fields(noPledge.body)]).toEqual([400, ["pledge"]]);
    const missing = await call(submit, { method: "POST", id: a.id, token: a.resumeToken, body: { pledge: true } });
    expect(missing.status).toBe(400);
    expect(fields(missing.body)).toHaveLength(30);
    expect(fields(missing.body)).toContain("answers.S.DECISION");
    expect(await answersOf(a.id, a.resumeToken)).toEqual({ "F.IS": "one" });
  });

  it("scores once: concurrent submits give one 201 and one 200 with the same result, then patches are refused", async () => {
    const a = await start();
    await call(patch, { method: "PATCH", id: a.id, token: a.resumeToken, body: { answers: COMPLETE } });
    const [x, y] = await Promise.all([
      call(submit, { method: "POST", id: a.id, token: a.resumeToken, body: { pledge: true } }),
      call(submit, { method: "POST", id: a.id, token: a.resumeToken, body: { pledge: true } }),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 201]);
    expect(x.body.result).toEqual(y.body.result);
    expect(x.body.result).toMatchObject({ total: 37.225, level: 1 });
    const db = await database();
    const [count] = await db.query<{ n: number }>("select count(*)::int as n from assessment_results where assessment_id = $1", [a.id]);
    expect(count?.n).toBe(1);
    const late = await call(patch, { method: "PATCH", id: a.id, token: a.resumeToken, body: { answers: { "F.IS": "all" } } });
    expect([late.status, fields(late.body)]).toEqual([409, ["status"]]);
    expect((await answersOf(a.id, a.resumeToken))["F.IS"]).toBe("several");
  });

  it("stores only the firm's own answers: a skip-filled answer lives in the result, an explicit one is scored as given", async () => {
    const skipped = await start();
    const withoutNet: Record<string, unknown> = { ...COMPLETE, "F.EQDIG": "p0_10" };
    delete withoutNet["F.EQNET"];
    await call(patch, { method: "PATCH", id: skipped.id, token: skipped.resumeToken, body: { answers: withoutNet } });
    const s = await call(submit, { method: "POST", id: skipped.id, token: skipped.resumeToken, body: { pledge: true } });
    expect(s.status).toBe(201);
    type Q = { code: string; answer: unknown; source: string; points: number; skipReason?: { "zh-CN": string } };
    const net = (s.body.result as { questions: Q[] }).questions.find((q) => q.code === "F.EQNET");
    expect(net).toMatchObject({ answer: "p0_10", source: "skipped", points: 0 });
    expect(net?.skipReason?.["zh-CN"]).toContain("无需作答");
    expect(await answersOf(skipped.id, skipped.resumeToken)).toEqual(withoutNet);

    const explicit = await start();
    const answers = { ...COMPLETE, "F.EQDIG": "p0_10", "F.EQNET": "p40_60" };
    await call(patch, { method: "PATCH", id: explicit.id, token: explicit.resumeToken, body: { answers } });
    const e = await call(submit, { method: "POST", id: explicit.id, token: explicit.resumeToken, body: { pledge: true } });
    const result = e.body.result as { questions: Q[]; warnings: { code: string; questions: string[] }[] };
    expect(result.questions.find((q) => q.code === "F.EQNET")).toMatchObject({ answer: "p40_60", source: "answer", points: 4.5 });
    expect(result.warnings.map((w) => [w.code, w.questions])).toEqual([["share_above_reference", ["F.EQNET", "F.EQDIG"]]]);
    expect(await answersOf(explicit.id, explicit.resumeToken)).toEqual(answers);
    const view = await call(getResult, { id: explicit.id, token: explicit.resumeToken });
    expect((view.body.result as { warnings: unknown }).warnings).toEqual(result.warnings);
  });

  it("shows the result with cheapest paths, radar, 专精特新 points, and the peers stored once", async () => {
    // Peers first: five other firms of the same industry, city and size class with higher scores.
    for (let i = 0; i < 5; i++) {
      const p = await start({ name: `同行企业${i}` });
      await call(patch, { method: "PATCH", id: p.id, token: p.resumeToken, body: { answers: { ...COMPLETE, "F.IS": "all" } } });
      await call(submit, { method: "POST", id: p.id, token: p.resumeToken, body: { pledge: true } });
    }
    const a = await start();
    await call(patch, { method: "PATCH", id: a.id, token: a.resumeToken, body: { answers: COMPLETE } });
    const early = await call(getResult, { id: a.id, token: a.resumeToken });
    expect([early.status, fields(early.body)]).toEqual([409, ["status"]]);
    await call(submit, { method: "POST", id: a.id, token: a.resumeToken, body: { pledge: true } });
    const r = await call(getResult, { id: a.id, token: a.resumeToken, query: "?lang=zh-CN" });
    expect(r.status).toBe(200);
    const view = r.body as {
      result: { level: number; total: number };
      paths: { next: { target: number; reachable: boolean; after: { level: number } }; level2: { target: number } };
      radar: { key: string; value: number; peerMedian: number | null }[];
      specialized: { kind: string; points: number; max: number };
      peers: { status: string; group: { "zh-CN": string }; count: number; benchmark: { total: { percentile: number } } };
    };
    expect(view.result).toMatchObject({ level: 1, total: 37.225 });
    expect(view.paths.next).toMatchObject({ target: 2, reachable: true, after: { level: 2 } });
    expect(view.radar.map((x) => x.key)).toEqual([
      "FOUNDATION",
      "MANAGEMENT",
      "EFFECT",
      "scenes:LIFECYCLE",
      "scenes:PRODUCTION",
      "scenes:SUPPLY_CHAIN",
      "scenes:MANAGEMENT",
    ]);
    expect(view.radar[0]?.value).toBe(34.7);
    expect(view.specialized).toMatchObject({ kind: "official", points: 0, max: 5 });
    // Submitting never scans peers: the benchmark is computed once in the background (the report job).
    expect(view.peers).toEqual({ status: "pending" });
    expect(view.radar.every((x) => x.peerMedian === null)).toBe(true);

    await ensureBenchmark((await database()).db, a.id);
    const withPeers = (await call(getResult, { id: a.id, token: a.resumeToken })).body as typeof view;
    expect(withPeers.peers.status).toBe("ready");
    expect(withPeers.peers.group["zh-CN"]).toBe("本平台已提交评测的同行业企业（通用设备制造业，同在郑州市，同为小型企业）");
    expect(withPeers.peers.count).toBeGreaterThanOrEqual(5);
    expect(withPeers.peers.benchmark.total.percentile).toBeLessThan(50);
    expect(withPeers.radar.every((x) => x.peerMedian !== null)).toBe(true);
  });

  it("keeps a firm's history and starts a prefilled reassessment", async () => {
    const a = await start({ name: "历史测试企业" });
    await call(patch, { method: "PATCH", id: a.id, token: a.resumeToken, body: { answers: COMPLETE } });
    expect((await call(reassess, { method: "POST", id: a.id, token: a.resumeToken })).status).toBe(409);
    await call(submit, { method: "POST", id: a.id, token: a.resumeToken, body: { pledge: true } });
    const again = await call(reassess, { method: "POST", id: a.id, token: a.resumeToken });
    expect(again.status).toBe(201);
    const next = again.body as { id: string; resumeToken: string };
    expect(await answersOf(next.id, next.resumeToken)).toEqual(COMPLETE);
    const history = await call(getHistory, { id: next.id, token: next.resumeToken });
    const list = history.body.assessments as { id: string; status: string; total: number | null }[];
    expect(list.map((h) => [h.id, h.status, h.total])).toEqual([
      [next.id, "draft", null],
      [a.id, "submitted", 37.225],
    ]);
  });

  it("gives the funded plan: costed steps, candidates, the 郑州 demo policy matched with its amount", async () => {
    const a = await start({ name: "方案测试企业" }, { tenant: "zhengzhou" });
    await call(patch, { method: "PATCH", id: a.id, token: a.resumeToken, body: { answers: COMPLETE } });
    expect((await call(getPlan, { id: a.id, token: a.resumeToken })).status).toBe(409);
    await call(submit, { method: "POST", id: a.id, token: a.resumeToken, body: { pledge: true } });
    const r = await call(getPlan, { id: a.id, token: a.resumeToken });
    expect(r.status).toBe(200);
    const view = r.body as {
      next: {
        target: number;
        reachable: boolean;
        levelAfter: number;
        totalCostYuan: number;
        netCostYuan: number;
        steps: { solutionIds: string[] }[];
        bestSubsidy: { policyId: string; amountYuan: number } | null;
        policies: { policyId: string; verdict: string }[];
      };
      solutions: Record<string, { provider: { name: { "zh-CN": string } } }>;
    };
    expect(view.next).toMatchObject({ target: 2, reachable: true });
    expect(view.next.levelAfter).toBeGreaterThanOrEqual(2);
    for (const step of view.next.steps) for (const id of step.solutionIds) expect(view.solutions[id]?.provider.name["zh-CN"]).toMatch(/演示/);
    expect(view.next.bestSubsidy?.policyId).toBe("demo-zhengzhou-transformation");
    expect(view.next.netCostYuan).toBe(view.next.totalCostYuan - (view.next.bestSubsidy?.amountYuan ?? 0));
    expect(view.next.policies.find((p) => p.policyId === "demo-taiyuan-xkqz")?.verdict).toBeUndefined(); // another city's demo policy is not even visible
    expect((await call(getPlan, { id: a.id, token: "y".repeat(43) })).status).toBe(404);
  });

  it("computes the plans once and stores them: the report reads the same plans the page shows, and a catalogue change recomputes them", async () => {
    const { db } = await database();
    const a = await start({ name: "方案存储测试企业" }, { tenant: "zhengzhou" });
    await call(patch, {
      method: "PATCH",
      id: a.id,
      token: a.resumeToken,
      body: { answers: COMPLETE, context: { painPoints: "微信下单经常漏单，库存盘点对不上" } },
    });
    await call(submit, { method: "POST", id: a.id, token: a.resumeToken, body: { pledge: true } });
    const first = (await call(getPlan, { id: a.id, token: a.resumeToken })).body as {
      next: unknown;
      painNext: { painPoints: { scene: string }[] } | null;
      painPoints: { scene: string }[];
    };
    expect(first.painPoints.map((p) => p.scene)).toEqual(["S.MARKETING", "S.WAREHOUSING"]);
    expect(first.painNext?.painPoints.map((p) => p.scene)).toEqual(["S.MARKETING", "S.WAREHOUSING"]);
    const stored = async () => (await db.select().from(assessmentPlans).where(eq(assessmentPlans.assessmentId, a.id)))[0]!;
    const once = await stored();
    // The report's inputs read the stored plans: same plan, nothing recomputed.
    // The portal's day, as the submission used it (UTC's date is a day behind from 16:00 UTC).
    const { inputs } = await loadReportInputs(db, a.id, "zh-CN", isoDay());
    expect(JSON.parse(JSON.stringify(inputs.plans.next))).toEqual(first.next);
    expect((await stored()).computedAt).toEqual(once.computedAt);
    // A catalogue change makes them stale: the next read computes and stores them again.
    await db.execute(sql`update solutions set updated_at = now() where code = 'marketing-lite'`);
    await call(getPlan, { id: a.id, token: a.resumeToken });
    const again = await stored();
    expect(again.fingerprint).not.toBe(once.fingerprint);
    expect(again.computedAt.getTime()).toBeGreaterThan(once.computedAt.getTime());
  });
});
