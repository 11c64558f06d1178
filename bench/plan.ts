/**
 * `npm run bench:plan`: time to compute a full funded plan (costed path to 二级 and to the next level,
 * candidates per step, every policy matched) for one assessment. Goal (issue 5): under 20 ms.
 */
import { loadPolicyCatalogue } from "@/db/catalogue/policies";
import { loadSolutionCatalogue } from "@/db/catalogue/solutions";
import { buildPlan } from "@/lib/recommendations/plan";
import { getTemplate, levelOnly, scoreAnswers, type Answers, type Level } from "@/scoring";

const t = getTemplate("miit-2024-manufacturing");
const catalogue = loadSolutionCatalogue();
const policies = loadPolicyCatalogue();
let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

const samples: Answers[] = [];
while (samples.length < 200) {
  const a: Record<string, Answers[string]> = {};
  for (const q of t.questions) {
    if (q.kind === "multi") {
      const picked = q.def.options.filter((_, i) => i !== q.noneIndex && random() < 0.3).map((o) => o.code);
      a[q.code] = picked.length ? picked : [q.def.options[q.noneIndex]!.code];
    } else a[q.code] = q.def.options[Math.floor(random() * q.def.options.length)]!.code;
  }
  for (const s of t.scenes) a[s.code] = Math.floor(random() * 3);
  samples.push(a);
}
const firm = { provinceCode: "41", cityCode: "4101", districtCode: null, industryCode: "34", industrySegment: null, sizeClass: "small" as const, aboveScale: true };
const times: number[] = [];
for (let round = 0; round < 2; round++) {
  for (const answers of samples) {
    const core = scoreAnswers(t, answers);
    const level = levelOnly(t, core.totalMilli, core.sceneLevels, t.defaultConstrained);
    const start = performance.now();
    buildPlan({ template: t, answers, target: Math.min(4, level + 1) as Level, firm, catalogue, policies, today: "2026-11-29" });
    if (level < 2) buildPlan({ template: t, answers, target: 2, firm, catalogue, policies, today: "2026-11-29" });
    if (round === 1) times.push(performance.now() - start);
  }
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
console.log(`full plan per assessment (next level and 二级, ${catalogue.length} solutions, ${policies.length} policies), ${times.length} random firms:`);
console.log(`median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms   (goal < 20 ms: ${Number(at(1)) < 20 ? "ok" : "MISSED"})`);
