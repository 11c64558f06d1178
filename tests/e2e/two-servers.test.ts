import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { prepareDatabase } from "@/lib/db/prepare";
import type { Locale } from "@/lib/i18n/locales";
import { REPORT_JOB } from "@/lib/jobs/kinds";
import { internalUrl, NEXT_BIN, serverNodeOptions, WORKER_ARGS } from "../../scripts/lib/run";
import { freePort, signalGroup, stopGroup, waitForHealth } from "../support/app-process";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "../support/fixtures";
import { createPostgresDatabase } from "../support/test-database";
import { testEnv } from "../support/test-env";

/**
 * A city deployment in small: two app servers (`next start`, JOB_WORKER=false) and one worker process
 * (`npm run worker`) on one PostgreSQL. Assessments are created, answered and submitted through both
 * servers; one server is SIGKILLed mid-run and the client fails over to the other, as a load balancer
 * would. Then: every acknowledged write is in the database, every report is written exactly once, and
 * no job is left behind. Uses the build the e2e global setup made (`npm start` builds when needed).
 */

const ASSESSMENTS = testEnv.TWO_SERVERS_ASSESSMENTS;
const CONCURRENCY = 8;
/** Server B dies once this many submissions have been acknowledged. */
const KILL_AFTER = Math.floor(ASSESSMENTS * 0.4);
const REPORT_WAIT_MS = 180_000;
const NAME_PREFIX = "双机测试企业";

const skipReason = !testEnv.TEST_DATABASE_URL
  ? "needs TEST_DATABASE_URL: several processes on one database is PostgreSQL only (PGlite serves one process)"
  : inject("baseURL") === ""
    ? "the e2e global setup did not build and start the app (Chromium missing), so there is no build to serve"
    : null;
if (skipReason) console.warn(`two-servers.test.ts skipped: ${skipReason}`);

type ServerName = "a" | "b";

interface Tracked {
  index: number;
  language: Locale;
  /** A second language whose report the firm asks for once the first is ready. */
  alsoAsks: Locale | null;
  id?: string;
  token?: string;
  createdBy?: ServerName;
  patchedBy?: ServerName;
  submitted?: { by: ServerName; status: number; total: number; level: number };
  ready: Set<Locale>;
}

interface Reply {
  server: ServerName;
  status: number;
  body: Record<string, unknown>;
}

class Cluster {
  readonly base: Record<ServerName, string>;
  private killed: ServerName | null = null;
  /** The killed server, once a request to it has failed: skipped from then on, as a load balancer would. */
  private down: ServerName | null = null;
  /** Requests that failed at the network level on the killed server and were sent to the other. */
  failovers = 0;

  constructor(base: Record<ServerName, string>) {
    this.base = base;
  }

  markKilled(server: ServerName): void {
    this.killed = server;
  }

  /**
   * Sends a request to `prefer` and, when that server is the killed one and the request fails at the
   * network level (refused, reset, body cut), to the other: a load balancer's retry. Any other failure
   * fails the test.
   */
  async send(prefer: ServerName, route: string, init: { method: string; token?: string; body?: unknown }): Promise<Reply> {
    const order: ServerName[] = prefer === "a" ? ["a", "b"] : ["b", "a"];
    for (const server of order) {
      if (server === this.down) continue;
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (init.token) headers.authorization = `Bearer ${init.token}`;
      try {
        const response = await fetch(`${this.base[server]}${route}`, {
          method: init.method,
          headers,
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
        });
        const text = await response.text();
        const body = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
        if (response.status >= 500) throw new Error(`${init.method} ${route} on server ${server}: ${response.status} ${text.slice(0, 500)}`);
        return { server, status: response.status, body };
      } catch (error) {
        const network = error instanceof TypeError || (error instanceof Error && /terminated|socket|ECONN/i.test(error.message));
        if (server === this.killed && network) {
          this.down = server;
          this.failovers++;
          continue;
        }
        throw error;
      }
    }
    throw new Error(`${init.method} ${route}: no server answered`);
  }
}

async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

function expectStatus(reply: Reply, expected: number[], what: string): void {
  if (!expected.includes(reply.status)) throw new Error(`${what} on server ${reply.server}: ${reply.status} ${JSON.stringify(reply.body).slice(0, 500)}`);
}

function logTo(name: string): { file: string; fd: number } {
  const dir = testEnv.TEST_RESULTS_DIR;
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `two-servers-${name}.log`);
  return { file, fd: openSync(file, "w") };
}

describe.skipIf(skipReason !== null)("two app servers and a worker on one PostgreSQL, one server killed mid-run", () => {
  let pg: { url: string; drop(): Promise<void> } | undefined;
  let handle: DatabaseHandle | undefined;
  const children: ChildProcess[] = [];
  let servers: Record<ServerName, { child: ChildProcess; url: string }>;

  beforeAll(async () => {
    const started = performance.now();
    pg = await createPostgresDatabase("shuzhen_two");
    handle = await openDatabase({ driver: "postgres", url: pg.url, poolMax: 2 });
    await prepareDatabase(handle, { demo: true });

    const shared: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: pg.url,
      // On loopback (each server sets its own port): without it the worker would default to 0.0.0.0 and refuse to start without APP_URL.
      HOST: "127.0.0.1",
      // Every app server must sign sessions alike.
      AUTH_SECRET: "two-servers-test-secret-0123456789abcdef",
      LOG_LEVEL: "warn",
      DEMO_PORTAL_PORT: "0",
      LLM_BASE_URL: "",
      LLM_MODEL: "",
      LLM_API_KEY: "",
    };
    const startServer = async (name: ServerName) => {
      const port = await freePort();
      const log = logTo(name);
      const config = { HOST: "127.0.0.1", PORT: port };
      const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", config.HOST], {
        env: {
          ...shared,
          PORT: String(port),
          HOST: config.HOST,
          JOB_WORKER: "false",
          SHUZHEN_INTERNAL_URL: internalUrl(config),
          NODE_OPTIONS: serverNodeOptions(),
        },
        stdio: ["ignore", log.fd, log.fd],
        detached: true, // its own process group, so that a kill takes everything it started
      });
      children.push(child);
      const url = `http://127.0.0.1:${port}`;
      await waitForHealth(`${url}/api/health`, child, log.file, 60_000);
      return { child, url };
    };
    const [a, b] = await Promise.all([startServer("a"), startServer("b")]);
    servers = { a, b };
    const workerLog = logTo("worker");
    children.push(spawn(process.execPath, WORKER_ARGS, { env: shared, stdio: ["ignore", workerLog.fd, workerLog.fd], detached: true }));
    console.log(`two-servers: database prepared and two servers up in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(children.map((c) => stopGroup(c)));
    await handle?.close();
    await pg?.drop();
  }, 60_000);

  it(`${ASSESSMENTS} assessments through both servers: every acknowledged write is kept, every report written exactly once`, async () => {
    const cluster = new Cluster({ a: servers.a.url, b: servers.b.url });
    const run = Date.now().toString(36);
    const tracked: Tracked[] = Array.from({ length: ASSESSMENTS }, (_, index) => {
      const language: Locale = index % 4 === 3 ? "en" : "zh-CN";
      const other: Locale = language === "en" ? "zh-CN" : "en";
      return { index, language, alsoAsks: index % 10 === 5 ? other : null, ready: new Set<Locale>() };
    });

    // Phase 1: create, answer and submit, alternating servers; B is SIGKILLed part-way.
    let acknowledged = 0;
    let killedAt: number | null = null;
    const t0 = performance.now();
    await pool(tracked, CONCURRENCY, async (t) => {
      const prefer: ServerName = t.index % 2 === 0 ? "a" : "b";
      const created = await cluster.send(prefer, "/api/assessments", {
        method: "POST",
        body: {
          enterprise: { ...ZHENGZHOU_ENTERPRISE, creditCode: undefined, name: `${NAME_PREFIX}${run}-${t.index}` },
          tenant: "zhengzhou",
          language: t.language,
        },
      });
      expectStatus(created, [201], "create");
      t.id = String(created.body.id);
      t.token = String(created.body.resumeToken);
      t.createdBy = created.server;
      const patched = await cluster.send(prefer, `/api/assessments/${t.id}`, { method: "PATCH", token: t.token, body: { answers: COMPLETE_MANUFACTURING } });
      expectStatus(patched, [200], "answers");
      t.patchedBy = patched.server;
      const submitted = await cluster.send(prefer, `/api/assessments/${t.id}/submit`, { method: "POST", token: t.token, body: { pledge: true } });
      // 200: a submit that server B wrote before it died, repeated through A.
      expectStatus(submitted, [200, 201], "submit");
      const result = submitted.body.result as { total: number; level: number };
      t.submitted = { by: submitted.server, status: submitted.status, total: result.total, level: result.level };
      if (++acknowledged === KILL_AFTER) {
        signalGroup(servers.b.child, "SIGKILL");
        cluster.markKilled("b");
        killedAt = performance.now() - t0;
      }
    });
    const submitMs = performance.now() - t0;

    // Phase 2: poll the reports through the surviving server, in submission order (the queue's order),
    // a few not-ready ones per round; a firm asks for its second language once the first is ready.
    const t1 = performance.now();
    let pending: { t: Tracked; language: Locale }[] = tracked.map((t) => ({ t, language: t.language }));
    while (pending.length > 0 && performance.now() - t1 < REPORT_WAIT_MS) {
      const still: typeof pending = [];
      let notReady = 0;
      for (const p of pending) {
        if (notReady >= CONCURRENCY) {
          still.push(p);
          continue;
        }
        const reply = await cluster.send("a", `/api/assessments/${p.t.id}/report?lang=${p.language}`, { method: "GET", token: p.t.token });
        expectStatus(reply, [200], "report");
        const status = String(reply.body.status);
        if (status === "failed") throw new Error(`report of ${p.t.id} (${p.language}) failed: ${JSON.stringify(reply.body).slice(0, 500)}`);
        if (status === "ready") {
          p.t.ready.add(p.language);
          if (p.t.alsoAsks && p.language !== p.t.alsoAsks) {
            // A read never starts a report: the firm asks for the second language (POST), then polls it.
            const asked = await cluster.send("a", `/api/assessments/${p.t.id}/report?lang=${p.t.alsoAsks}`, { method: "POST", token: p.t.token });
            expectStatus(asked, [200, 202], "asking for the report");
            still.push({ t: p.t, language: p.t.alsoAsks });
          }
        } else {
          notReady++;
          still.push(p);
        }
      }
      pending = still;
      if (pending.length > 0) await new Promise((r) => setTimeout(r, 500));
    }
    const reportMs = performance.now() - t1;
    console.log(
      `two-servers: ${ASSESSMENTS} submitted in ${(submitMs / 1000).toFixed(1)} s (B killed at ${((killedAt ?? 0) / 1000).toFixed(1)} s, ` +
        `${cluster.failovers} requests failed over, ${tracked.filter((t) => t.submitted?.status === 200).length} submits answered as repeats), reports ready ${(reportMs / 1000).toFixed(1)} s later; ` +
        `by server: ${tracked.filter((t) => t.submitted?.by === "a").length} submits on A, ${tracked.filter((t) => t.submitted?.by === "b").length} on B`,
    );
    expect(killedAt, "server B was killed mid-run").not.toBeNull();
    expect(
      pending.map((p) => `${p.t.id} ${p.language}`),
      `reports not ready after ${REPORT_WAIT_MS / 1000} s`,
    ).toEqual([]);
    expect(tracked.filter((t) => t.submitted?.by === "b").length, "some submissions went through B").toBeGreaterThan(0);

    const db = handle!;
    // Every acknowledged write is there: the assessment, its answers, its submission and its result.
    const rows = await db.query<{ id: string; status: string; answers: Record<string, unknown>; total: number | null; level: number | null; results: string }>(
      `select a.id, a.status, a.answers, r.total, r.level,
              (select count(*) from assessment_results x where x.assessment_id = a.id)::text as results
       from assessments a join enterprises e on e.id = a.enterprise_id
       left join assessment_results r on r.assessment_id = a.id
       where e.name like $1`,
      [`${NAME_PREFIX}${run}-%`],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const lost: string[] = [];
    for (const t of tracked) {
      const row = byId.get(t.id!);
      if (!row) lost.push(`${t.index}: assessment ${t.id} (created on ${t.createdBy}) missing`);
      else if (row.status !== "submitted") lost.push(`${t.index}: submit acknowledged by ${t.submitted?.by} but status ${row.status}`);
      else if (row.results !== "1" || row.total !== t.submitted!.total || row.level !== t.submitted!.level) {
        lost.push(`${t.index}: ${row.results} result rows, total ${row.total} level ${row.level}, acknowledged ${t.submitted!.total} ${t.submitted!.level}`);
      } else if (Object.entries(COMPLETE_MANUFACTURING).some(([code, value]) => JSON.stringify(row.answers[code]) !== JSON.stringify(value))) {
        lost.push(`${t.index}: answers acknowledged by ${t.patchedBy} not all stored`);
      }
    }
    expect(lost).toEqual([]);
    // Nothing was submitted that the client does not know about (a create that B wrote but never
    // acknowledged stays a draft).
    const submittedIds = rows
      .filter((r) => r.status === "submitted")
      .map((r) => r.id)
      .sort();
    expect(submittedIds).toEqual(tracked.map((t) => t.id!).sort());

    // Exactly one report per language asked for, each with exactly one generated version.
    const reports = await db.query<{
      assessment_id: string;
      language: Locale;
      status: string;
      current_version: number;
      versions: string;
      generated_v1: string;
      completed_jobs: string;
    }>(
      `select r.assessment_id, r.language, r.status, r.current_version,
              (select count(*) from report_versions v where v.report_id = r.id)::text as versions,
              (select count(*) from report_versions v where v.report_id = r.id and v.version = 1 and v.kind = 'generated')::text as generated_v1,
              (select count(*) from jobs j where j.kind = $2 and j.payload->>'reportId' = r.id::text and j.status = 'completed')::text as completed_jobs
       from reports r join assessments a on a.id = r.assessment_id join enterprises e on e.id = a.enterprise_id
       where e.name like $1`,
      [`${NAME_PREFIX}${run}-%`, REPORT_JOB],
    );
    const asked = tracked.flatMap((t) => [t.language, ...(t.alsoAsks ? [t.alsoAsks] : [])].map((l) => `${t.id} ${l}`)).sort();
    expect(reports.map((r) => `${r.assessment_id} ${r.language}`).sort()).toEqual(asked);
    const wrong = reports.filter(
      (r) => r.status !== "ready" || r.current_version !== 1 || r.versions !== "1" || r.generated_v1 !== "1" || r.completed_jobs !== "1",
    );
    expect(wrong, "reports not written exactly once (status, current version, versions, generated v1, completed jobs)").toEqual([]);

    // No report job ran twice for one report, none failed, none is left running or queued.
    const jobs = await db.query<{ status: string; n: string }>(`select status::text, count(*)::text as n from jobs group by status order by status`);
    expect(jobs).toEqual([{ status: "completed", n: String(asked.length) }]);
    const twice = await db.query<{ report: string }>(`select payload->>'reportId' as report from jobs where kind = $1 group by 1 having count(*) > 1`, [
      REPORT_JOB,
    ]);
    expect(twice).toEqual([]);
  }, 420_000);
});
