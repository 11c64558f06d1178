import { deriveEnterpriseFacts } from "@/lib/enterprise/profile";
import { listDistricts } from "@/lib/enterprise/regions";
import { evaluate, getTemplate, type Answers } from "@/scoring";

/**
 * Realistic synthetic firms and results for the dashboard at scale (`npm run seed:synthetic`): a
 * maturity per firm skews its answers, firm size follows a long tail, a quarter were assessed twice,
 * submissions spread over 18 months. Deterministic for a seed. Pure: the script writes the rows.
 */

/** Deterministic pseudo-random numbers (mulberry32): the same seed, the same data. */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const T = getTemplate("miit-2024-manufacturing");
const SEGMENTS: Record<string, string[]> = {
  "4101": ["装备制造（合成）", "电子信息（合成）", "食品加工（合成）", "新材料（合成）"],
  "1401": ["煤机装备（合成）", "特钢材料（合成）", "光电信息（合成）"],
};
const INDUSTRIES = ["13", "14", "17", "18", "22", "26", "27", "29", "30", "31", "33", "34", "35", "36", "38", "39"];

export interface SyntheticResult {
  answers: Answers;
  level: number;
  total: number;
  dimensions: Record<string, number>;
  scenes: Record<string, number>;
}

export interface SyntheticFirm {
  name: string;
  industryCode: string;
  industrySegment: string | null;
  provinceCode: string;
  cityCode: string;
  districtCode: string | null;
  employees: number;
  revenueWan: number;
  sizeClass: "large" | "medium" | "small" | "micro" | null;
  aboveScale: boolean | null;
  /** Oldest first; one or two submitted results. */
  results: (SyntheticResult & { submittedAt: Date })[];
}

function answersFor(maturity: number, random: () => number): Answers {
  const answers: Record<string, Answers[string]> = {};
  const jitter = () => (random() - 0.5) * 0.5;
  for (const q of T.questions) {
    if (q.kind === "multi") {
      const picked = q.def.options.filter((_, i) => i !== q.noneIndex && random() < maturity * 0.9).map((o) => o.code);
      answers[q.code] = picked.length > 0 ? picked : [q.def.options[q.noneIndex]!.code];
    } else {
      const n = q.def.options.length;
      const index = Math.max(0, Math.min(n - 1, Math.round((maturity + jitter()) * (n - 1))));
      answers[q.code] = q.def.options[index]!.code;
    }
  }
  for (const s of T.scenes) answers[s.code] = Math.max(0, Math.min(4, Math.round((maturity + jitter()) * 3.2)));
  return answers;
}

function score(answers: Answers): SyntheticResult | null {
  const e = evaluate(T, answers, { complete: true });
  if (!e.ok) return null;
  const r = e.result;
  return { answers: e.answers, level: r.level, total: r.total, dimensions: r.dimensions, scenes: Object.fromEntries(r.scenes.map((s) => [s.code, s.level])) };
}

export function syntheticFirm(index: number, cityCode: string, random: () => number, now = Date.now()): SyntheticFirm {
  const districts = listDistricts(cityCode);
  const district = districts.length > 0 && random() < 0.95 ? districts[Math.floor(random() * districts.length)]!.code : null;
  const segments = SEGMENTS[cityCode] ?? [];
  const segment = segments.length > 0 && random() < 0.7 ? segments[Math.floor(random() * segments.length)]! : null;
  // Long tail: most firms are small.
  const employees = Math.max(3, Math.round(Math.exp(2.5 + random() * 4.2)));
  const revenueWan = Math.round(employees * (40 + random() * 160));
  const industryCode = INDUSTRIES[Math.floor(random() * INDUSTRIES.length)]!;
  const facts = deriveEnterpriseFacts({ name: "x", creditCode: undefined, industryCode, provinceCode: cityCode.slice(0, 2), cityCode, employees, revenueWan });
  const base = Math.min(
    0.95,
    Math.max(0.02, (random() + random() + random()) / 3 - 0.15 + (facts.sizeClass === "large" || facts.sizeClass === "medium" ? 0.15 : 0)),
  );
  const results: SyntheticFirm["results"] = [];
  const twice = random() < 0.25;
  const firstAt = now - Math.floor(random() * 540) * 86_400_000 - Math.floor(random() * 86_400_000);
  for (const [i, m] of (twice ? [Math.max(0, base - 0.1 - random() * 0.1), base] : [base]).entries()) {
    let result: SyntheticResult | null = null;
    for (let tries = 0; !result && tries < 5; tries++) result = score(answersFor(m, random));
    if (!result) continue;
    const at = i === 0 ? firstAt : Math.min(now - 86_400_000, firstAt + (60 + Math.floor(random() * 240)) * 86_400_000);
    results.push({ ...result, submittedAt: new Date(at) });
  }
  return {
    name: `合成企业${String(index).padStart(6, "0")}有限公司`,
    industryCode,
    industrySegment: segment,
    provinceCode: cityCode.slice(0, 2),
    cityCode,
    districtCode: district,
    employees,
    revenueWan,
    sizeClass: facts.sizeClass,
    aboveScale: facts.aboveScale,
    results,
  };
}
