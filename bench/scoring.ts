/**
 * `npm run bench:scoring`: scoring throughput on one core, and the cost of scoring as a ratio of
 * JSON.parse of the same answers. Goals (issue 3): scoring ≤ 1× parse, validation + scoring ≤ 5×,
 * cheapest path to 二级 under 5 ms.
 */
import { rng } from "@/lib/dashboard/synthetic";
import { cheapestPath, evaluate, getTemplate, levelOnly, scoreAnswers, validateAnswers, type Answers, type CompiledTemplate } from "@/scoring";

const t = getTemplate("miit-2024-manufacturing");

function randomAnswers(template: CompiledTemplate, random: () => number): Answers {
  const answers: Record<string, Answers[string]> = {};
  for (const q of template.questions) {
    if (q.kind === "multi") {
      const picked = q.def.options.filter((_, i) => i !== q.noneIndex && random() < 0.4).map((o) => o.code);
      answers[q.code] = picked.length > 0 ? picked : [q.def.options[q.noneIndex]!.code];
    } else {
      answers[q.code] = q.def.options[Math.floor(random() * q.def.options.length)]!.code;
    }
  }
  for (const s of template.scenes) answers[s.code] = Math.floor(random() * 4);
  return answers;
}

const random = rng(2024);
const N = 2000;
const samples = Array.from({ length: N }, () => randomAnswers(t, random));
const texts = samples.map((s) => JSON.stringify(s));
let sink = 0;

/**
 * Nanoseconds per item for each variant. Rounds alternate between the variants so that drift on a
 * busy machine hits them alike; each keeps its best round (the one with the least interference).
 */
function measureAll(variants: { label: string; fn: (i: number) => void; repeat: number }[], rounds = 9): number[] {
  for (const v of variants) for (let i = 0; i < N; i++) v.fn(i); // warm up
  const best = variants.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    variants.forEach((v, k) => {
      const start = process.hrtime.bigint();
      for (let rep = 0; rep < v.repeat; rep++) for (let i = 0; i < N; i++) v.fn(i);
      best[k] = Math.min(best[k]!, Number(process.hrtime.bigint() - start) / (N * v.repeat));
    });
  }
  variants.forEach((v, k) => console.log(`${v.label.padEnd(48)} ${(best[k]! / 1000).toFixed(2).padStart(8)} µs`));
  return best;
}

console.log(
  `miit-2024-manufacturing, ${N} random complete assessments (${Math.round(texts.reduce((s, x) => s + x.length, 0) / N)} bytes of JSON each), one core\n`,
);
const [parse, score, validated, full] = measureAll([
  { label: "JSON.parse of the answers", repeat: 5, fn: (i) => void (sink += (JSON.parse(texts[i]!) as object) ? 1 : 0) },
  {
    label: "score (points, scenes, level)",
    repeat: 5,
    fn: (i) => {
      const core = scoreAnswers(t, samples[i]!);
      sink += levelOnly(t, core.totalMilli, core.sceneLevels, t.defaultConstrained);
    },
  },
  {
    label: "validate + score",
    repeat: 5,
    fn: (i) => {
      sink += validateAnswers(t, samples[i]!).length;
      const core = scoreAnswers(t, samples[i]!);
      sink += levelOnly(t, core.totalMilli, core.sceneLevels, t.defaultConstrained);
    },
  },
  {
    label: "evaluate (validate, score, explain every point)",
    repeat: 1,
    fn: (i) => {
      const e = evaluate(t, samples[i]!);
      sink += e.ok ? e.result.level : 0;
    },
  },
]) as [number, number, number, number];

const below2 = samples.filter((s) => {
  const c = scoreAnswers(t, s);
  return levelOnly(t, c.totalMilli, c.sceneLevels, t.defaultConstrained) < 2;
});
// Per firm the fastest of five runs (the algorithm's own cost), and separately every run (with GC).
const pathTimes: number[] = [];
const allRuns: number[] = [];
for (const s of below2.slice(0, 300)) sink += cheapestPath(t, s, { target: 2 }).steps.length; // warm up
for (const s of below2.slice(0, 300)) {
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const start = process.hrtime.bigint();
    sink += cheapestPath(t, s, { target: 2 }).steps.length;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    allRuns.push(ms);
    best = Math.min(best, ms);
  }
  pathTimes.push(best);
}
allRuns.sort((a, b) => a - b);
pathTimes.sort((a, b) => a - b);
const p = (q: number) => pathTimes[Math.min(pathTimes.length - 1, Math.floor(q * pathTimes.length))] ?? 0;
const start4 = process.hrtime.bigint();
sink += cheapestPath(t, {}, { target: 4 }).steps.length;
const empty4 = Number(process.hrtime.bigint() - start4) / 1e6;

const ok = (cond: boolean) => (cond ? "ok" : "MISSED");
console.log(`\nassessments scored per second, one core:   ${Math.round(1e9 / score).toLocaleString("en")}`);
console.log(`score / JSON.parse:                         ${(score / parse).toFixed(2)}×   (goal ≤ 1×: ${ok(score <= parse)})`);
console.log(`validate + score / JSON.parse:              ${(validated / parse).toFixed(2)}×   (goal ≤ 5×: ${ok(validated <= 5 * parse)})`);
console.log(`evaluate with explanations / JSON.parse:    ${(full / parse).toFixed(2)}×   (no goal; the result page's call)`);
console.log(
  `cheapest path to 二级 (${pathTimes.length} firms below it): median ${p(0.5).toFixed(3)} ms, p99 ${p(0.99).toFixed(3)} ms, slowest firm ${p(1).toFixed(3)} ms   (goal < 5 ms: ${ok(p(1) < 5)})`,
);
console.log(
  `  every run, garbage collection included:   p99 ${(allRuns[Math.floor(0.99 * allRuns.length)] ?? 0).toFixed(3)} ms, max ${(allRuns[allRuns.length - 1] ?? 0).toFixed(3)} ms`,
);
console.log(`cheapest path from nothing to 四级:         ${empty4.toFixed(3)} ms`);
if (sink === -1) console.log("");
