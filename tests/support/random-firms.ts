import type { Answer, Answers, CompiledTemplate } from "@/scoring";

/** A small deterministic generator (mulberry32), so a failing firm can be named by its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random firm's complete answers, mostly at the low end as firms that need a plan are: each
 * question's option and each scene's level drawn with a bias towards the start of the scale.
 */
export function randomAnswers(t: CompiledTemplate, seed: number): Answers {
  const r = rng(seed);
  const skew = 0.5 + r() * 2.5; // per firm: how far along it is
  const low = (n: number) => Math.min(n - 1, Math.floor(n * Math.pow(r(), skew)));
  const answers: Record<string, Answer> = {};
  for (const q of t.questions) {
    const options = q.def.options;
    if (q.kind === "multi") {
      const picked = options.filter((_, i) => i !== q.noneIndex && r() < 0.6 / skew).map((o) => o.code);
      answers[q.code] = picked.length > 0 ? picked : [options[q.noneIndex]!.code];
    } else {
      answers[q.code] = options[low(options.length)]!.code;
    }
  }
  for (const s of t.scenes) answers[s.code] = low(5);
  return answers;
}
