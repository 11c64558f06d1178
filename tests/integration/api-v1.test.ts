import Ajv2020 from "ajv/dist/2020";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { apiIdempotency, apiKeys, apiRequests, assessments, auditLog, enterprises, memberships, users } from "@/db/schema";
import { createProject } from "@/lib/projects/service";
import { creditCodeCheckCharacter } from "@/lib/enterprise/credit-code";
import { createAssessment, patchAssessment, submitAssessment } from "@/lib/assessments/service";
import type { Actor } from "@/lib/auth/permissions";
import { addClient, startClientAssessment } from "@/lib/consultants/clients";
import { API_SCOPES, createApiKey, revokeApiKey } from "@/lib/api/keys";
import { REPORT_JOB } from "@/lib/jobs/kinds";
import { startWorker } from "@/lib/jobs/worker";
import { reportJobHandler } from "@/lib/reports/job";
import { database } from "@/lib/db";
import { useAppDatabase } from "../support/app-database";
import { demoCallers } from "../support/callers";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";

/**
 * /api/v1 with keys as callers: a portal's key sees its portal, a consultant's its clients, neither
 * another portal's; scopes, revocation and a lost role refuse; lists page by cursor; GETs answer 304 to
 * their ETag; a create repeated with its Idempotency-Key is made once; every answer validates against
 * the OpenAPI document generated from the same schemas.
 */

const ROUTES = import.meta.glob("/app/api/v1/**/route.ts");
type Handler = (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;

let cleanup: () => Promise<void>;
let actors: Awaited<ReturnType<typeof demoCallers>>["actors"];
const keys = {} as Record<"portal" | "consultant" | "taiyuan" | "narrow", string>;
const ids = {} as { client: string; submitted: string; consultantKeyId: string; project: string };
let doc: { paths: Record<string, Record<string, { responses: Record<string, { content?: { "application/json": { schema: object } } }> }>> };
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv
  .addFormat("uuid", /^[0-9a-f-]{36}$/i)
  .addFormat("date-time", (s: string) => !Number.isNaN(Date.parse(s)))
  .addFormat("email", /@/)
  .addFormat("uri", /^https?:/);

beforeAll(async () => {
  cleanup = await useAppDatabase({ demo: true });
  const { db } = await database();
  ({ actors } = await demoCallers(db, "api.test"));
  keys.portal = (await createApiKey(db, actors.admin, "zhengzhou", { name: "城市平台", scopes: [...API_SCOPES] })).key;
  const consultantKey = await createApiKey(db, actors.consultant, "zhengzhou", {
    name: "顾问系统",
    scopes: ["firms:read", "assessments:read", "reports:read", "projects:read", "dashboard:read"],
  });
  keys.consultant = consultantKey.key;
  ids.consultantKeyId = consultantKey.id;
  keys.taiyuan = (
    await createApiKey(db, actors.otherAdmin, "taiyuan", {
      name: "太原",
      scopes: ["firms:read", "assessments:read", "catalogue:read", "reports:read", "projects:read", "dashboard:read"],
    })
  ).key;
  keys.narrow = (await createApiKey(db, actors.admin, "zhengzhou", { name: "只读目录", scopes: ["catalogue:read"] })).key;
  // A client of the consultant, assessed and submitted.
  ids.client = (await addClient(db, actors.consultant, "zhengzhou", { enterprise: { ...ZHENGZHOU_ENTERPRISE, name: "接口测试客户有限公司" } })).enterpriseId;
  const a = await startClientAssessment(db, actors.consultant, "zhengzhou", ids.client, { mode: "consultant_onsite", language: "zh-CN" });
  await patchAssessment(db, a.id, a.resumeToken, { answers: COMPLETE_MANUFACTURING });
  await submitAssessment(db, a.id, { actor: actors.consultant });
  ids.submitted = a.id;
  // Its report written (by the deterministic writer), so that it can be read and printed.
  const worker = startWorker(db, { [REPORT_JOB]: reportJobHandler(() => null) }, { soleWorker: true, pollMs: 50 });
  await worker.idle();
  await worker.stop();
  // Firms that came by themselves (self-assessments): the portal's, not the consultant's; five submitted (a group the dashboard shows).
  for (let i = 1; i <= 6; i++) {
    const own = await createAssessment(db, {
      enterprise: { ...ZHENGZHOU_ENTERPRISE, name: `接口自评企业${i}有限公司` },
      tenant: "zhengzhou",
      language: "zh-CN",
    });
    if (i <= 5) {
      await patchAssessment(db, own.id, own.resumeToken, { answers: COMPLETE_MANUFACTURING });
      await submitAssessment(db, own.id, own.resumeToken);
    }
  }
  doc = (await openapi().json()) as typeof doc;
  // The consultant files a transformation project for its client.
  ids.project = (
    await createProject(db, actors.consultant, "zhengzhou", {
      enterpriseId: ids.client,
      baselineAssessmentId: ids.submitted,
      provider: { name: "郑州智造数字科技有限公司" },
      targetLevel: 2,
      targetScenes: ["S.PRODUCTION"],
      contract: { amountYuan: 98000, lightweight: true, items: [{ name: "MES 生产执行系统（一年订阅）", category: "software", amountYuan: 98000 }] },
      milestones: [{ name: "试运行", due: "2026-08-31" }],
    })
  ).id;
}, 120_000);
afterAll(() => cleanup?.());

async function v1(method: string, path: string, o: { key?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const url = new URL(`http://localhost${path}`);
  const template = Object.keys(ROUTES)
    .map((f) => f.replace(/^\/app/, "").replace(/\/route\.ts$/, ""))
    .find((t) => new RegExp(`^${t.replace(/\[(\w+)\]/g, "(?<$1>[^/]+)")}$`).test(url.pathname))!;
  const params = new RegExp(`^${template.replace(/\[(\w+)\]/g, "(?<$1>[^/]+)")}$`).exec(url.pathname)!.groups ?? {};
  const handler = ((await ROUTES[`/app${template}/route.ts`]!()) as Record<string, Handler>)[method]!;
  const headers = new Headers(o.headers);
  if (o.key) headers.set("authorization", `Bearer ${o.key}`);
  if (o.body !== undefined) headers.set("content-type", "application/json");
  const response = await handler(new Request(url, { method, headers, body: o.body === undefined ? undefined : JSON.stringify(o.body) }), {
    params: Promise.resolve(params),
  });
  if (response.headers.get("content-type") === "application/pdf") {
    const bytes = Buffer.from(await response.arrayBuffer());
    return {
      status: response.status,
      body: { pdfBytes: bytes.length, magic: bytes.subarray(0, 5).toString("latin1") } as Record<string, unknown>,
      headers: response.headers,
    };
  }
  const text = await response.text();
  const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  // Every answer with a body matches the document's schema for its path, method and status.
  const openApiPath = template.replace(/\[(\w+)\]/g, "{$1}");
  const schema = doc.paths[openApiPath]?.[method.toLowerCase()]?.responses[String(response.status)]?.content?.["application/json"].schema;
  if (text && openApiPath !== "/api/v1/openapi.json") {
    expect(schema, `${method} ${openApiPath} ${response.status} is documented`).toBeDefined();
    const resolved = { ...schema, components: (doc as unknown as { components: object }).components };
    const valid = ajv.validate(resolved, body);
    expect(valid, `${method} ${openApiPath} ${response.status}: ${ajv.errorsText()}`).toBe(true);
  }
  return { status: response.status, body, headers: response.headers };
}

describe("/api/v1 with keys", () => {
  it("lists the portal's policies and catalogue, with an ETag and the key's rate", async () => {
    const r = await v1("GET", "/api/v1/policies", { key: keys.portal });
    expect(r.status).toBe(200);
    const ids = (r.body.data as { id: string }[]).map((p) => p.id);
    expect(ids).toContain("zhengzhou-2024-10");
    expect(ids).not.toContain("foshan-2026-rules");
    expect(r.headers.get("ratelimit-limit")).toBe("600");
    expect(Number(r.headers.get("ratelimit-remaining"))).toBeLessThan(600);
    const again = await v1("GET", "/api/v1/policies", { key: keys.portal, headers: { "if-none-match": r.headers.get("etag")! } });
    expect(again.status).toBe(304);
    expect((await v1("GET", "/api/v1/solutions", { key: keys.narrow })).status).toBe(200);
  });

  it("refuses no key, a malformed or revoked key, a missing scope, and a key whose account lost its role", async () => {
    const { db } = await database();
    for (const key of [undefined, "sz_nothing", "sz_abcdefgh_notarealkeynotarealkey123"]) {
      const r = await v1("GET", "/api/v1/firms", { key });
      expect(r.status).toBe(401);
      expect((r.body.error as { issues: { field: string }[] }).issues[0]!.field).toBe("authorization");
    }
    const scoped = await v1("GET", "/api/v1/firms", { key: keys.narrow });
    expect(scoped.status).toBe(403);
    const temp = await createApiKey(db, actors.admin, "zhengzhou", { name: "临时", scopes: ["firms:read"] });
    expect((await v1("GET", "/api/v1/firms", { key: temp.key })).status).toBe(200);
    await revokeApiKey(db, actors.admin, "zhengzhou", temp.id);
    expect((await v1("GET", "/api/v1/firms", { key: temp.key })).status).toBe(401);
    // A disabled account's keys stop, and start again when it is enabled.
    const own = await createApiKey(db, actors.admin, "zhengzhou", { name: "停用测试", scopes: ["firms:read"] });
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, actors.admin.userId));
    expect((await v1("GET", "/api/v1/firms", { key: own.key })).status).toBe(401);
    await db.update(users).set({ disabledAt: null }).where(eq(users.id, actors.admin.userId));
    expect((await v1("GET", "/api/v1/firms", { key: own.key, headers: {} })).status).toBe(200);
    // The consultant2 account loses its role: its key stops.
    const c2 = await createApiKey(db, actors.consultant2, "zhengzhou", { name: "离职顾问", scopes: ["firms:read"] });
    expect((await v1("GET", "/api/v1/firms", { key: c2.key })).status).toBe(200);
    await db.delete(memberships).where(eq(memberships.userId, actors.consultant2.userId));
    expect((await v1("GET", "/api/v1/firms", { key: c2.key })).status).toBe(401);
  });

  it("pages firms by cursor, a consultant's key its clients only, another portal's key none of them", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const r = await v1("GET", `/api/v1/firms?limit=3${cursor ? `&cursor=${cursor}` : ""}`, { key: keys.portal });
      expect(r.status).toBe(200);
      seen.push(...(r.body.data as { id: string }[]).map((f) => f.id));
      cursor = r.body.nextCursor as string | null;
      pages += 1;
    } while (cursor && pages < 100);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain(ids.client);
    expect(pages).toBeGreaterThan(2);
    const all = await v1("GET", "/api/v1/firms?limit=200", { key: keys.portal });
    expect((all.body.data as unknown[]).length).toBe(seen.length);
    const mine = (await v1("GET", "/api/v1/firms?limit=200", { key: keys.consultant })).body.data as { id: string; latest: { level: number } | null }[];
    expect(mine.map((f) => f.id)).toContain(ids.client);
    expect(mine.length).toBeLessThan(seen.length);
    expect(mine.find((f) => f.id === ids.client)?.latest?.level).toBeGreaterThanOrEqual(0);
    expect((await v1("GET", `/api/v1/firms/${ids.client}`, { key: keys.consultant })).status).toBe(200);
    expect((await v1("GET", `/api/v1/firms/${ids.client}`, { key: keys.taiyuan })).status).toBe(404);
    expect((await v1("GET", `/api/v1/assessments/${ids.submitted}`, { key: keys.taiyuan })).status).toBe(404);
    const bad = await v1("GET", "/api/v1/firms?cursor=abc&limit=0", { key: keys.portal });
    expect(bad.status).toBe(400);
    expect((bad.body.error as { issues: { field: string }[] }).issues.map((i) => i.field).sort()).toEqual(["cursor", "limit"]);
  });

  it("reads an assessment's result, and creates one once however often it is sent with its Idempotency-Key", async () => {
    const done = await v1("GET", `/api/v1/assessments/${ids.submitted}`, { key: keys.consultant });
    expect(done.body).toMatchObject({
      status: "submitted",
      mode: "consultant_onsite",
      result: { level: expect.any(Number), total: expect.any(Number), sceneLevels: expect.any(Object) },
    });
    const body = { enterprise: { ...ZHENGZHOU_ENTERPRISE, name: "接口推送企业有限公司" }, prefill: { "F.IS": "several" } };
    const first = await v1("POST", "/api/v1/assessments", { key: keys.portal, body, headers: { "idempotency-key": "city-import-0001" } });
    expect(first.status).toBe(201);
    expect(first.body.resumeUrl).toMatch(/#k=/);
    const second = await v1("POST", "/api/v1/assessments", { key: keys.portal, body, headers: { "idempotency-key": "city-import-0001" } });
    expect(second.status).toBe(201);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(second.body.id).toBe(first.body.id);
    const other = await v1("POST", "/api/v1/assessments", {
      key: keys.portal,
      body: { ...body, prefill: {} },
      headers: { "idempotency-key": "city-import-0001" },
    });
    expect(other.status).toBe(409);
    const draft = await v1("GET", `/api/v1/assessments/${String(first.body.id)}`, { key: keys.portal });
    expect(draft.body).toMatchObject({ status: "draft", result: null });
    // Without the write scope.
    expect((await v1("POST", "/api/v1/assessments", { key: keys.consultant, body })).status).toBe(403);
    const refused = await v1("POST", "/api/v1/assessments", { key: keys.portal, body: { enterprise: { name: "x" } } });
    expect(refused.status).toBe(400);
  });

  it("creates for a firm given by id or found by its credit code; a consultant's key starts a visit of its client it can read back", async () => {
    const { db } = await database();
    const code = (first17: string) => first17 + creditCodeCheckCharacter(first17);
    const fresh = { ...ZHENGZHOU_ENTERPRISE, name: "接口信用代码企业有限公司", creditCode: code("91410100MA1234567") };
    const a = await v1("POST", "/api/v1/assessments", { key: keys.portal, body: { enterprise: fresh } });
    expect(a.body).toMatchObject({ enterpriseCreated: true, mode: "self" });
    const b = await v1("POST", "/api/v1/assessments", { key: keys.portal, body: { enterprise: { ...fresh, name: "改了名字也是同一家" } } });
    expect(b.body).toMatchObject({ enterpriseCreated: false, enterpriseId: a.body.enterpriseId });
    const c = await v1("POST", "/api/v1/assessments", { key: keys.portal, body: { enterpriseId: a.body.enterpriseId, language: "en" } });
    expect(c.status).toBe(201);
    expect(c.body.enterpriseId).toBe(a.body.enterpriseId);
    // A credit code is public: a firm someone made by starting a self-assessment with it is never the one it finds.
    const squat = { ...ZHENGZHOU_ENTERPRISE, name: "冒用信用代码有限公司", creditCode: code("91410100MA3456789") };
    const anonymous = await createAssessment(db, { enterprise: squat, tenant: "zhengzhou", language: "zh-CN" });
    const official = await v1("POST", "/api/v1/assessments", { key: keys.portal, body: { enterprise: squat } });
    expect(official.body.enterpriseCreated).toBe(true);
    expect(official.body.enterpriseId).not.toBe(anonymous.enterprise.id);
    // Both or neither of enterpriseId and enterprise.
    const both = await v1("POST", "/api/v1/assessments", { key: keys.portal, body: { enterpriseId: a.body.enterpriseId, enterprise: fresh } });
    expect(both.status).toBe(400);
    expect((await v1("POST", "/api/v1/assessments", { key: keys.portal, body: {} })).status).toBe(400);

    // A bad prefill makes nothing: not the firm, not the assessment.
    const before = (await db.select({ id: assessments.id }).from(assessments)).length;
    const firmsBefore = (await db.select({ id: enterprises.id }).from(enterprises)).length;
    const bad = await v1("POST", "/api/v1/assessments", {
      key: keys.portal,
      body: { enterprise: { ...fresh, creditCode: code("91410100MA7654321") }, prefill: { "F.IS": "no-such-option" } },
    });
    expect(bad.status).toBe(400);
    expect((bad.body.error as { issues: { field: string }[] }).issues[0]!.field).toMatch(/^prefill/);
    expect((await db.select({ id: assessments.id }).from(assessments)).length).toBe(before);
    expect((await db.select({ id: enterprises.id }).from(enterprises)).length).toBe(firmsBefore);

    // A consultant's key with the write scope: a new client and a remote visit, readable with the key.
    const writer = await createApiKey(db, actors.consultant, "zhengzhou", {
      name: "顾问写入",
      scopes: ["firms:read", "assessments:read", "assessments:write"],
    });
    const visit = await v1("POST", "/api/v1/assessments", {
      key: writer.key,
      body: { enterprise: { ...fresh, name: "顾问接口新客户有限公司", creditCode: code("91410100MA2345678") }, prefill: { "F.IS": "several" } },
    });
    expect(visit.status).toBe(201);
    expect(visit.body).toMatchObject({ mode: "consultant_remote", enterpriseCreated: true });
    const read = await v1("GET", `/api/v1/assessments/${String(visit.body.id)}`, { key: writer.key });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ status: "draft", mode: "consultant_remote" });
    expect((await v1("GET", `/api/v1/firms/${String(visit.body.enterpriseId)}`, { key: writer.key })).status).toBe(200);
    // Not a firm of the portal that is not its client: as absent as a missing one.
    const notMine = await v1("POST", "/api/v1/assessments", { key: writer.key, body: { enterpriseId: a.body.enterpriseId } });
    expect(notMine.status).toBe(404);
    expect((notMine.body.error as { issues: { field: string }[] }).issues[0]!.field).toBe("enterpriseId");
    // The portal's own self-assessment is not the consultant's to read.
    expect((await v1("GET", `/api/v1/assessments/${String(a.body.id)}`, { key: writer.key })).status).toBe(404);
  });

  it("keeps a create's answer sealed, and lets a repeat take over a claim whose request died", async () => {
    const { db } = await database();
    const body = { enterprise: { ...ZHENGZHOU_ENTERPRISE, name: "幂等封存企业有限公司" } };
    const first = await v1("POST", "/api/v1/assessments", { key: keys.portal, body, headers: { "idempotency-key": "sealed-answer-01" } });
    const [kept] = await db.select().from(apiIdempotency).where(eq(apiIdempotency.idempotencyKey, "sealed-answer-01"));
    expect(JSON.stringify(kept!.response)).not.toContain(String(first.body.resumeToken));
    // A claim without an answer, two minutes old: its request died with its server.
    const [portalKey] = await db.select({ id: apiKeys.id }).from(apiKeys).where(eq(apiKeys.name, "城市平台"));
    const claimBody = { enterprise: { ...ZHENGZHOU_ENTERPRISE, name: "中断请求企业有限公司" } };
    const running = await v1("POST", "/api/v1/assessments", { key: keys.portal, body: claimBody, headers: { "idempotency-key": "died-midway-01" } });
    await db.update(apiIdempotency).set({ status: null, response: null }).where(eq(apiIdempotency.idempotencyKey, "died-midway-01"));
    const stillRunning = await v1("POST", "/api/v1/assessments", { key: keys.portal, body: claimBody, headers: { "idempotency-key": "died-midway-01" } });
    expect(stillRunning.status).toBe(409);
    await db
      .update(apiIdempotency)
      .set({ createdAt: new Date(Date.now() - 120_000) })
      .where(eq(apiIdempotency.keyId, portalKey!.id));
    const retaken = await v1("POST", "/api/v1/assessments", { key: keys.portal, body: claimBody, headers: { "idempotency-key": "died-midway-01" } });
    expect(retaken.status).toBe(201);
    expect(retaken.body.id).not.toBe(running.body.id);
  });

  it("logs every call with its key and status, and audits keys made and revoked", async () => {
    const { db } = await database();
    const calls = await db.select().from(apiRequests).where(eq(apiRequests.keyId, ids.consultantKeyId));
    expect(calls.length).toBeGreaterThanOrEqual(4);
    expect(calls.every((c) => c.status > 0 && c.path.startsWith("/api/v1/"))).toBe(true);
    const [key] = await db.select().from(apiKeys).where(eq(apiKeys.id, ids.consultantKeyId));
    expect(key!.lastUsedAt).not.toBeNull();
    expect(key!.secretHash).not.toContain(keys.consultant.slice(12));
    const actions = (await db.select({ action: auditLog.action }).from(auditLog)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["api_key.created", "api_key.revoked"]));
  });

  it("answers every v1 route × key as documented: no key 401, a key without the scope 403, another portal's key 404 or nothing of this portal", async () => {
    type Who = "none" | "portal" | "consultant" | "taiyuan" | "narrow";
    const createBody = { enterprise: { ...ZHENGZHOU_ENTERPRISE, name: "矩阵测试企业有限公司" } };
    // Each route and method, with what each key gets. A list answered to another portal's key is checked for leaks below.
    const MATRIX: { route: string; method: string; path: string; body?: unknown; expect: Record<Who, number> }[] = [
      { route: "/api/v1/policies", method: "GET", path: "/api/v1/policies", expect: { none: 401, portal: 200, consultant: 403, taiyuan: 200, narrow: 200 } },
      { route: "/api/v1/solutions", method: "GET", path: "/api/v1/solutions", expect: { none: 401, portal: 200, consultant: 403, taiyuan: 200, narrow: 200 } },
      { route: "/api/v1/firms", method: "GET", path: "/api/v1/firms", expect: { none: 401, portal: 200, consultant: 200, taiyuan: 200, narrow: 403 } },
      {
        route: "/api/v1/firms/[id]",
        method: "GET",
        path: `/api/v1/firms/${ids.client}`,
        expect: { none: 401, portal: 200, consultant: 200, taiyuan: 404, narrow: 403 },
      },
      {
        route: "/api/v1/assessments/[id]",
        method: "GET",
        path: `/api/v1/assessments/${ids.submitted}`,
        expect: { none: 401, portal: 200, consultant: 200, taiyuan: 404, narrow: 403 },
      },
      {
        route: "/api/v1/assessments",
        method: "POST",
        path: "/api/v1/assessments",
        body: createBody,
        expect: { none: 401, portal: 201, consultant: 403, taiyuan: 403, narrow: 403 },
      },
      {
        route: "/api/v1/assessments/[id]/report",
        method: "GET",
        path: `/api/v1/assessments/${ids.submitted}/report`,
        expect: { none: 401, portal: 200, consultant: 200, taiyuan: 404, narrow: 403 },
      },
      {
        route: "/api/v1/assessments/[id]/report.pdf",
        method: "GET",
        path: `/api/v1/assessments/${ids.submitted}/report.pdf?variant=summary`,
        expect: { none: 401, portal: 200, consultant: 200, taiyuan: 404, narrow: 403 },
      },
      {
        route: "/api/v1/assessments/[id]/plan",
        method: "GET",
        path: `/api/v1/assessments/${ids.submitted}/plan`,
        expect: { none: 401, portal: 200, consultant: 200, taiyuan: 404, narrow: 403 },
      },
      { route: "/api/v1/projects", method: "GET", path: "/api/v1/projects", expect: { none: 401, portal: 200, consultant: 200, taiyuan: 200, narrow: 403 } },
      {
        route: "/api/v1/projects/[id]",
        method: "GET",
        path: `/api/v1/projects/${ids.project}`,
        expect: { none: 401, portal: 200, consultant: 200, taiyuan: 404, narrow: 403 },
      },
      { route: "/api/v1/dashboard", method: "GET", path: "/api/v1/dashboard", expect: { none: 401, portal: 200, consultant: 404, taiyuan: 200, narrow: 403 } },
      {
        route: "/api/v1/openapi.json",
        method: "GET",
        path: "/api/v1/openapi.json",
        expect: { none: 200, portal: 200, consultant: 200, taiyuan: 200, narrow: 200 },
      },
    ];
    const routes = Object.keys(ROUTES).map((f) => f.replace(/^\/app/, "").replace(/\/route\.ts$/, ""));
    expect(new Set(MATRIX.map((m) => m.route))).toEqual(new Set(routes));
    const { db } = await database();
    const taiyuanKey = await db.select({ tenantId: apiKeys.tenantId }).from(apiKeys).where(eq(apiKeys.name, "太原"));
    const taiyuanFirms = new Set(
      (await db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.tenantId, taiyuanKey[0]!.tenantId))).map((f) => f.id),
    );
    for (const m of MATRIX)
      for (const who of Object.keys(m.expect) as Who[]) {
        const key = who === "none" ? undefined : keys[who];
        const r = await v1(m.method, m.path, { key, body: m.body });
        expect(r.status, `${m.method} ${m.route} as ${who}`).toBe(m.expect[who]);
        if (who === "taiyuan" && r.status === 200 && Array.isArray(r.body.data) && m.route === "/api/v1/firms")
          for (const f of r.body.data as { id: string }[]) expect(taiyuanFirms.has(f.id), `${f.id} is a Taiyuan firm`).toBe(true);
      }
    // Another portal's policies are not Zhengzhou's.
    const theirs = ((await v1("GET", "/api/v1/policies", { key: keys.taiyuan })).body.data as { id: string }[]).map((p) => p.id);
    expect(theirs).not.toContain("zhengzhou-2024-10");
  });

  it("reads a report (names, not tokens), its PDF, the plan, projects by cursor and the dashboard with small groups hidden", async () => {
    const rep = await v1("GET", `/api/v1/assessments/${ids.submitted}/report`, { key: keys.consultant });
    expect(rep.body).toMatchObject({ status: "ready", language: "zh-CN" });
    const sections = rep.body.sections as { key: string; paragraphs: string[]; headline: string | null }[];
    expect(sections.length).toBeGreaterThanOrEqual(9);
    expect(sections.every((x) => x.headline && x.paragraphs.length > 0)).toBe(true);
    expect(JSON.stringify(sections)).not.toMatch(/\[\[(solution|policy):/);
    expect((await v1("GET", `/api/v1/assessments/${ids.submitted}/report?language=en`, { key: keys.consultant })).status).toBe(404);
    const pdf = await v1("GET", `/api/v1/assessments/${ids.submitted}/report.pdf`, { key: keys.portal });
    expect(pdf.status).toBe(200);
    expect(pdf.body.magic).toBe("%PDF-");
    const planned = await v1("GET", `/api/v1/assessments/${ids.submitted}/plan`, { key: keys.portal });
    expect(planned.status).toBe(200);
    const next = planned.body.next as { target: number; steps: unknown[]; threeYearCostYuan: number } | null;
    expect(next === null || (next.steps.length >= 0 && next.threeYearCostYuan >= 0)).toBe(true);
    // A draft has no plan yet.
    const { db } = await database();
    const [draft] = await db.select({ id: assessments.id }).from(assessments).where(eq(assessments.status, "draft")).limit(1);
    expect((await v1("GET", `/api/v1/assessments/${draft!.id}/plan`, { key: keys.portal })).status).toBe(409);

    // Projects: every one of the portal's by cursor, none twice; the consultant's are a part of them.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await v1("GET", `/api/v1/projects?limit=1${cursor ? `&cursor=${cursor}` : ""}`, { key: keys.portal });
      seen.push(...(page.body.data as { id: string }[]).map((p) => p.id));
      cursor = page.body.nextCursor as string | null;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain(ids.project);
    const theirs = (await v1("GET", "/api/v1/projects?limit=200", { key: keys.consultant })).body.data as { id: string }[];
    expect(theirs.map((p) => p.id)).toContain(ids.project);
    expect(((await v1("GET", "/api/v1/projects?limit=200", { key: keys.taiyuan })).body.data as { id: string }[]).filter((p) => seen.includes(p.id))).toEqual(
      [],
    );
    const one = await v1("GET", `/api/v1/projects/${ids.project}`, { key: keys.portal });
    expect((one.body.stages as { to: string }[])[0]!.to).toBe("draft");

    // The dashboard: figures only for groups of at least five firms, demo data said to be there.
    const board = await v1("GET", "/api/v1/dashboard", { key: keys.portal });
    expect(board.body).toMatchObject({ minGroup: 5, includesDemoData: true, summary: { suppressed: false } });
    for (const g of (board.body.byDistrict as { groups: { firms: number }[] }).groups) expect(g.firms).toBeGreaterThanOrEqual(5);
    const narrow = await v1("GET", "/api/v1/dashboard?district=999999", { key: keys.portal });
    expect(narrow.body).toMatchObject({ summary: { firms: 0, averageTotal: null }, levels: [] });
    const badDate = await v1("GET", "/api/v1/dashboard?from=2024-02-31", { key: keys.portal });
    expect(badDate.status).toBe(400);
  });

  it("documents every v1 route in OpenAPI 3.1", async () => {
    const response = await openapi();
    const json = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(json.openapi).toBe("3.1.0");
    // Every reference resolves within the document (a schema's own #/$defs would not).
    const refs = [...JSON.stringify(json).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    for (const ref of refs) expect(ref, ref).toMatch(/^#\/components\/schemas\/Error$/);
    expect(JSON.stringify(json)).not.toContain("$defs");
    const files = Object.keys(ROUTES)
      .map((f) =>
        f
          .replace(/^\/app/, "")
          .replace(/\/route\.ts$/, "")
          .replace(/\[(\w+)\]/g, "{$1}"),
      )
      .filter((p) => p !== "/api/v1/openapi.json");
    expect(Object.keys(json.paths).sort()).toEqual(files.sort());
  });
});

export type { Actor };
