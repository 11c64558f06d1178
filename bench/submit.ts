/**
 * `npm run bench:submit`: load on the built app over loopback. Throughput and p99 of saving answers
 * (PATCH) and of submitting, each as a ratio to a bare route on the same server that writes one row.
 * Goals: PATCH ratio ≥ 0.7 (issue 4); submit ≥ 0.3 on PGlite and ≥ 0.5 on PostgreSQL (issue 15); zero
 * errors, every submitted row counted afterwards. Also prints the
 * first-load JavaScript of the questionnaire (goal < 170 KB gzipped).
 */
import autocannon from "autocannon";
import { gzipSync } from "node:zlib";
import { COMPLETE_MANUFACTURING as COMPLETE } from "@/tests/support/fixtures";
import { startAppServer } from "./support/app-server";

let BASE = "";
const DRAFTS = Number(process.env.BENCH_DRAFTS ?? 1500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;

const ENTERPRISE = { name: "压测企业", industryCode: "34", provinceCode: "41", cityCode: "4101", employees: 80, revenueWan: 3500 };

async function json<T>(method: string, url: string, body?: unknown, token?: string): Promise<{ status: number; body: T }> {
  const response = await fetch(BASE + url, {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** When a run of a fixed number of requests got its last response (autocannon ends it at a whole-second tick). */
const lastResponseAt = new WeakMap<autocannon.Result, number>();

/**
 * Requests per second over the run's wall time, not autocannon's requests.average (the mean of
 * whole-second buckets): a run of a fixed number of requests ends at the next whole second and in a
 * part-filled bucket, so 600 submits done in 2.1 s came out as 600 / 3 = 200/s whatever the real speed.
 */
function rate(r: autocannon.Result): number {
  const end = lastResponseAt.get(r) ?? r.finish.getTime();
  return r.requests.total / ((end - r.start.getTime()) / 1000);
}

function line(label: string, r: autocannon.Result, base?: autocannon.Result) {
  const rps = rate(r);
  const ratio = base ? ` ratio ${(rps / rate(base)).toFixed(2)} (p99 ratio ${(base.latency.p99 / Math.max(1, r.latency.p99)).toFixed(2)})` : "";
  console.log(`${label.padEnd(30)} ${rps.toFixed(0).padStart(6)} req/s  p99 ${String(r.latency.p99).padStart(4)} ms  errors ${r.errors + r.non2xx}${ratio}`);
}

async function firstLoadJs(url: string): Promise<number> {
  const html = await (await fetch(BASE + url)).text();
  // Modern browsers skip noModule scripts (Next's legacy polyfills), so they are not counted.
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)].filter((m) => !/noModule/i.test(m[0]));
  const scripts = [...new Set(tags.map((m) => m[1]!))];
  let total = 0;
  for (const src of scripts) total += gzipSync(Buffer.from(await (await fetch(BASE + src)).arrayBuffer())).length;
  return total;
}

async function main() {
  const app = await startAppServer({ SEED_DEMO: "false", BENCH_ROUTES: "true" });
  BASE = app.base;

  console.log(`\nsetting up ${DRAFTS} complete drafts…`);
  const drafts: { id: string; token: string }[] = [];
  for (let i = 0; i < DRAFTS; i++) {
    const created = await json<{ id: string; resumeToken: string }>("POST", "/api/assessments", { enterprise: { ...ENTERPRISE, name: `压测企业${i}` } });
    await json("PATCH", `/api/assessments/${created.body.id}`, { answers: COMPLETE }, created.body.resumeToken);
    drafts.push({ id: created.body.id, token: created.body.resumeToken });
  }

  const common = { url: BASE, connections: CONNECTIONS, duration: SECONDS };
  await run({ ...common, duration: 3, method: "POST", url: `${BASE}/api/bench/write` }); // warm up
  const bare = await run({ ...common, method: "POST", url: `${BASE}/api/bench/write` });

  const patchOptions = ["none", "one", "several", "most", "all"];
  let k = 0;
  const patch = await run({
    ...common,
    requests: [
      {
        setupRequest: (req) => {
          const d = drafts[k % drafts.length]!;
          const option = patchOptions[k % patchOptions.length];
          k++;
          return {
            ...req,
            method: "PATCH",
            path: `/api/assessments/${d.id}`,
            headers: { "content-type": "application/json", authorization: `Bearer ${d.token}` },
            body: JSON.stringify({ answers: { "F.IS": option }, timings: { "F.IS": 3 } }),
          };
        },
      },
    ],
  });

  let next = 0;
  let lastSubmitResponse = 0;
  const submitted = await run({
    url: BASE,
    connections: CONNECTIONS,
    amount: drafts.length,
    requests: [
      {
        setupRequest: (req) => {
          const d = drafts[next++ % drafts.length]!;
          return {
            ...req,
            method: "POST",
            path: `/api/assessments/${d.id}/submit`,
            headers: { "content-type": "application/json", authorization: `Bearer ${d.token}` },
            body: JSON.stringify({ pledge: true }),
          };
        },
        onResponse: () => {
          lastSubmitResponse = Date.now();
        },
      },
    ],
  });
  lastResponseAt.set(submitted, lastSubmitResponse);
  const bareAgain = await run({ ...common, method: "POST", url: `${BASE}/api/bench/write` });
  const counts = await json<{ results: number; probeRows: number }>("GET", "/api/bench/write");
  const questionnaireJs = await firstLoadJs(`/assess/${drafts[0]!.id}`);
  const startJs = await firstLoadJs("/assess");

  console.log(`\n${CONNECTIONS} connections, ${SECONDS} s each, ${process.env.DATABASE_URL ? "PostgreSQL" : "embedded PGlite"}, one server process\n`);
  line("bare one-row write", bare);
  line("bare one-row write (again)", bareAgain);
  const baseline = rate(bare) >= rate(bareAgain) ? bare : bareAgain;
  line("PATCH answers", patch, baseline);
  line(`submit (${drafts.length} drafts)`, submitted, baseline);
  console.log(
    `\nsubmit responses 2xx: ${submitted["2xx"]}, results counted in the database: ${counts.body.results}` +
      (counts.body.results === submitted["2xx"] ? " (all counted)" : " (MISMATCH)"),
  );
  console.log(`first-load JS, questionnaire /assess/[id]: ${(questionnaireJs / 1024).toFixed(1)} KB gzipped (goal < 170 KB)`);
  console.log(`first-load JS, start page /assess:          ${(startJs / 1024).toFixed(1)} KB gzipped`);
  app.stop();
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
