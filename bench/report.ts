/**
 * `npm run bench:report`: one report generated through a scripted OpenAI-compatible fake with a fixed
 * delay per call. Prints the wall time as a ratio to the slowest single call (goal ≤ 1.3: sections run
 * in parallel) and the number of calls when the same report is generated again (goal 0: the cache).
 */
import { eq } from "drizzle-orm";
import { MEMORY, openDatabase } from "@/db/client";
import { reports, reportSectionCache } from "@/db/schema";
import { createAssessment, patchAssessment, submitAssessment } from "@/lib/assessments/service";
import { prepareDatabase } from "@/lib/db/prepare";
import { Limiter } from "@/lib/llm/limiter";
import { createStructuredModel, type StructuredModel } from "@/lib/llm/structured";
import { writeDeterministic } from "@/lib/reports/deterministic";
import { buildReportFacts } from "@/lib/reports/facts";
import { generateReport } from "@/lib/reports/generate";
import { loadReportInputs } from "@/lib/reports/inputs";
import { SECTION_KEYS } from "@/prompts/report";
import { closeHeavyWork } from "@/lib/workers/pool";
import { startFakeLlm } from "@/tests/support/fake-llm";
import { groundedReply, sectionRequest } from "@/tests/support/fake-writer";
import { COMPLETE_MANUFACTURING, ZHENGZHOU_ENTERPRISE } from "@/tests/support/fixtures";

const DELAY_MS = Number(process.env.BENCH_LLM_DELAY_MS ?? 400);
const RUNS = 5;

const fake = await startFakeLlm((req) => ({ ...groundedReply(sectionRequest(req)), delayMs: DELAY_MS }));
const handle = await openDatabase({ driver: "pglite", dir: MEMORY });
await prepareDatabase(handle, { demo: true });
const db = handle.db;

/** The model, with every call timed from the caller's side. */
function timedModel(durations: number[]): StructuredModel {
  const inner = createStructuredModel(
    {
      baseUrl: fake.url,
      apiKey: "bench",
      model: "fake-bench",
      method: "functionCalling",
      timeoutMs: 30_000,
      maxRetries: 0,
      retryBaseMs: 1,
      concurrency: 10,
      temperature: 0.2,
    },
    new Limiter(10),
  );
  return {
    model: inner.model,
    async call(request) {
      const started = performance.now();
      try {
        return await inner.call(request);
      } finally {
        durations.push(performance.now() - started);
      }
    },
  };
}

async function newReport(n: number): Promise<string> {
  const a = await createAssessment(db, { enterprise: { ...ZHENGZHOU_ENTERPRISE, name: `基准测试企业${n}` }, language: "zh-CN", tenant: "zhengzhou" });
  await patchAssessment(db, a.id, a.resumeToken, { answers: { ...COMPLETE_MANUFACTURING } });
  await submitAssessment(db, a.id, a.resumeToken);
  const [row] = await db.select({ id: reports.id }).from(reports).where(eq(reports.assessmentId, a.id));
  return row!.id;
}

const ratios: number[] = [];
let secondRunCalls = 0;
console.log(`report generation through a fake OpenAI-compatible server, ${DELAY_MS} ms per call, ${SECTION_KEYS.length} sections, cap 10 in flight:`);
for (let run = 1; run <= RUNS; run++) {
  const reportId = await newReport(run);
  // Sections of firms with the same answers share cache entries: every first run starts cold.
  await db.delete(reportSectionCache);
  const durations: number[] = [];
  const started = performance.now();
  const first = await generateReport(db, reportId, timedModel(durations));
  const wall = performance.now() - started;
  const slowest = Math.max(...durations);
  ratios.push(wall / slowest);
  fake.requests.length = 0;
  const again = await generateReport(db, reportId, timedModel([]));
  secondRunCalls += again.requests + fake.requests.length;
  console.log(
    `  run ${run}: ${first.requests} calls, wall ${wall.toFixed(0)} ms, slowest call ${slowest.toFixed(0)} ms, ratio ${(wall / slowest).toFixed(2)}; identical second run: ${again.requests} calls`,
  );
}
ratios.sort((a, b) => a - b);
const median = ratios[Math.floor(ratios.length / 2)]!;
console.log(`median ratio wall / slowest call: ${median.toFixed(2)}   (goal ≤ 1.3: ${median <= 1.3 ? "ok" : "MISSED"})`);
console.log(`calls on identical second runs: ${secondRunCalls}   (goal 0: ${secondRunCalls === 0 ? "ok" : "MISSED"})`);

// Without a model: the writer alone (every section from the facts), and the whole job (inputs read,
// plans from the store, facts built, the version saved), each the median of several reports.
const writerTimes: number[] = [];
const jobTimes: number[] = [];
for (let n = 0; n < 7; n++) {
  const reportId = await newReport(100 + n);
  const [row] = await db.select({ assessmentId: reports.assessmentId }).from(reports).where(eq(reports.id, reportId));
  const { inputs } = await loadReportInputs(db, row!.assessmentId, "zh-CN");
  const facts = buildReportFacts(inputs);
  const started = performance.now();
  for (const key of SECTION_KEYS) writeDeterministic(key, facts);
  writerTimes.push(performance.now() - started);
  const job = performance.now();
  await generateReport(db, reportId, null);
  jobTimes.push(performance.now() - job);
}
const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`deterministic writer, every section of one report: ${middle(writerTimes).toFixed(1)} ms (goal < 30 ms)`);
console.log(`whole report job without a model (inputs, facts, save): ${middle(jobTimes).toFixed(0)} ms`);

await fake.close();
await handle.close();
// The plans of the report facts ran in heavy-work threads: stop them, or they keep the process alive until idle (5 min).
await closeHeavyWork();
