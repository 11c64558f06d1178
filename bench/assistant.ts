/**
 * `npm run bench:assistant`: 小镝客服 on the evaluation set (bench/assistant-eval.ts, questions written
 * as users type them, each with the citations that answer it). Prints retrieval recall@5 (goal ≥ 0.9)
 * by language and kind, the answer latency without a model (p50/p95; goal p95 < 150 ms), and with a
 * scripted model that waits before its first token, the time to the first sentence as a ratio of that
 * wait (goal close to 1: the check adds little). Misses are listed, to tune synonyms and the FAQ.
 */
import { MEMORY, openDatabase } from "@/db/client";
import { answerOf, ask } from "@/lib/assistant/service";
import { buildScope } from "@/lib/assistant/service";
import { retrieve } from "@/lib/assistant/retrieve";
import { prepareDatabase } from "@/lib/db/prepare";
import { Limiter } from "@/lib/llm/limiter";
import { createTextStreamModel } from "@/lib/llm/stream";
import { resolveTenant } from "@/lib/tenants";
import { startFakeLlm } from "@/tests/support/fake-llm";
import { EVAL_SET } from "./assistant-eval";

const MODEL_DELAY_MS = Number(process.env.BENCH_LLM_DELAY_MS ?? 300);
const MODEL_RUNS = Number(process.env.BENCH_ASSISTANT_MODEL_RUNS ?? 10);

const handle = await openDatabase({ driver: "pglite", dir: MEMORY });
await prepareDatabase(handle, { demo: true });
const db = handle.db;
const tenant = await resolveTenant(db, "zhengzhou");

let started = performance.now();
await buildScope(db, tenant, "zh-CN", null, "zh-CN");
console.log(`index built from the data in ${Math.round(performance.now() - started)} ms (first question of a new database)`);

// Recall@5: retrieval alone, scoped as the route scopes an anonymous caller on this portal.
const scopes = { "zh-CN": (await buildScope(db, tenant, "zh-CN", null, "zh-CN")).scope, en: (await buildScope(db, tenant, "en", null, "en")).scope };
const groups = new Map<string, { found: number; total: number }>();
const misses: string[] = [];
for (const item of EVAL_SET) {
  const hits = await retrieve(db, item.q, scopes[item.lang], 5);
  const found = item.expect.some((e) => hits.some((h) => h.kind === e.kind && h.refId === e.id));
  for (const key of [item.lang, `${item.lang} ${item.expect[0]!.kind}`]) {
    const g = groups.get(key) ?? { found: 0, total: 0 };
    g.total += 1;
    if (found) g.found += 1;
    groups.set(key, g);
  }
  if (!found)
    misses.push(`  ${item.q} → wanted ${item.expect.map((e) => `${e.kind}:${e.id}`).join(" | ")}; got ${hits.map((h) => `${h.kind}:${h.refId}`).join(", ")}`);
}
const all = [...groups]
  .filter(([k]) => !k.includes(" "))
  .reduce((s, [, g]) => ({ found: s.found + g.found, total: s.total + g.total }), { found: 0, total: 0 });
console.log(`recall@5: ${(all.found / all.total).toFixed(3)} (${all.found}/${all.total}; goal ≥ 0.9)`);
for (const [key, g] of [...groups].sort()) console.log(`  ${key.padEnd(20)} ${(g.found / g.total).toFixed(3)} (${g.found}/${g.total})`);
if (misses.length) console.log(`missed:\n${misses.join("\n")}`);

// Whole answers without a model, as the route gives them (scope, retrieval, answer, the question counted).
const times: number[] = [];
for (let round = 0; round < 2; round++) {
  for (const item of EVAL_SET) {
    started = performance.now();
    await answerOf(
      await ask(
        db,
        { message: item.q, tenant: "zhengzhou", lang: item.lang, history: [] },
        { caller: null, kind: "anonymous" },
        { locale: item.lang, model: null },
      ),
    );
    times.push(performance.now() - started);
  }
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
console.log(`answer without a model: p50 ${pct(0.5).toFixed(1)} ms, p95 ${pct(0.95).toFixed(1)} ms over ${times.length} questions (goal p95 < 150 ms)`);

// With a model: time to the first checked sentence, over the model's own wait before its first token.
const fake = await startFakeLlm(() => ({ delayMs: MODEL_DELAY_MS, chunks: ["根据资料", "，等级同时看总分和业务场景[1]。", "详见所列来源[1]。"] }));
const model = createTextStreamModel(
  {
    baseUrl: fake.url,
    apiKey: "bench",
    model: "fake",
    method: "functionCalling",
    timeoutMs: 10_000,
    maxRetries: 0,
    retryBaseMs: 1,
    concurrency: 4,
    temperature: 0,
  },
  new Limiter(4),
);
const ratios: number[] = [];
for (let i = 0; i < MODEL_RUNS; i++) {
  started = performance.now();
  const asked = await ask(
    db,
    { message: "等级是怎么评定的？", tenant: "zhengzhou", history: [] },
    { caller: null, kind: "anonymous" },
    { locale: "zh-CN", model },
  );
  for await (const event of asked.events) {
    if (event.type === "delta") {
      ratios.push((performance.now() - started) / MODEL_DELAY_MS);
      break;
    }
  }
  await asked.events.return(undefined);
}
ratios.sort((a, b) => a - b);
console.log(
  `first sentence with a model: median ${(ratios[Math.floor(ratios.length / 2)]! * MODEL_DELAY_MS).toFixed(0)} ms for a model that waits ${MODEL_DELAY_MS} ms (ratio ${ratios[Math.floor(ratios.length / 2)]!.toFixed(2)})`,
);
await fake.close();
await handle.close();
