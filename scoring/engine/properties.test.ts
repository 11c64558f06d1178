import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CompiledTemplate } from "../model/load";
import { getTemplate, TEMPLATE_IDS } from "../templates";
import { evaluate } from "./evaluate";
import { levelOnly, scoreAnswers } from "./score";
import type { Answers } from "./types";
import { validateAnswers } from "./validate";

function answersFor(t: CompiledTemplate): fc.Arbitrary<Record<string, Answers[string]>> {
  return fc.record(
    Object.fromEntries([
      ...t.questions.map((q) => [
        q.code,
        q.kind === "multi"
          ? fc.oneof(
              fc.constant([q.def.options[q.noneIndex]!.code]),
              fc.subarray(
                q.def.options.filter((_, i) => i !== q.noneIndex).map((o) => o.code),
                { minLength: 1 },
              ),
            )
          : fc.constantFrom(...q.def.options.map((o) => o.code)),
      ]),
      ...t.scenes.map((s) => [s.code, fc.integer({ min: 0, max: 4 })]),
    ]),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, Answers[string]>>;
}

/** A decimal figure as a firm types it: up to 7 digits and up to 3 places. */
const figure = fc.integer({ min: 0, max: 9_999_999 }).chain((n) => fc.integer({ min: 0, max: 3 }).map((k) => n / 10 ** k));

/** Valid figures for some of the band and trend questions. */
function evidenceFor(t: CompiledTemplate): fc.Arbitrary<Record<string, Record<string, number>>> {
  const entries: [string, fc.Arbitrary<Record<string, number>>][] = [];
  for (const q of t.questions) {
    const d = q.def;
    if (d.kind === "band") {
      const { numerator, denominator, allowAbove100 } = d.evidence;
      entries.push([
        q.code,
        fc
          .tuple(
            figure,
            figure.filter((x) => x > 0),
          )
          .map(([a, b]) => ({ [numerator.key]: allowAbove100 ? a : Math.min(a, b), [denominator.key]: b })),
      ]);
    } else if (d.kind === "trend") {
      entries.push([q.code, fc.record({ before: figure, after: figure })]);
    }
  }
  return fc.record(Object.fromEntries(entries), { requiredKeys: [] }) as fc.Arbitrary<Record<string, Record<string, number>>>;
}

/** One answer raised: a better option, one more tick (dropping "none"), or a scene one level up. */
function raise(t: CompiledTemplate, answers: Record<string, Answers[string]>, pick: number): Record<string, Answers[string]> | null {
  const items = [...t.questions.map((q) => q.code), ...t.scenes.map((s) => s.code)];
  const code = items[pick % items.length]!;
  const next = { ...answers };
  const q = t.questionByCode.get(code);
  if (q) {
    const value = answers[code];
    if (q.kind === "multi") {
      const have = new Set(Array.isArray(value) ? (value as string[]) : []);
      const none = q.def.options[q.noneIndex]!.code;
      const candidate = q.def.options.find((o) => o.code !== none && !have.has(o.code));
      if (!candidate) return null;
      next[code] = [...[...have].filter((c) => c !== none), candidate.code];
    } else {
      const i = typeof value === "string" ? (q.optionIndex.get(value) ?? -1) : -1;
      const better = q.def.options[i + 1];
      if (!better) return null;
      next[code] = better.code;
    }
    return next;
  }
  const level = typeof answers[code] === "number" ? (answers[code] as number) : 0;
  if (level >= 4) return null;
  next[code] = level + 1;
  return next;
}

describe.each(TEMPLATE_IDS)("properties of %s", (id) => {
  const t = getTemplate(id);

  it("valid random answers validate, and the total stays within 0–100 and each dimension within its max", () => {
    fc.assert(
      fc.property(answersFor(t), (answers) => {
        expect(validateAnswers(t, answers)).toEqual([]);
        const core = scoreAnswers(t, answers);
        expect(core.totalMilli).toBeGreaterThanOrEqual(0);
        expect(core.totalMilli).toBeLessThanOrEqual(100_000);
        t.def.dimensions.forEach((d, i) => expect(core.dimensionMilli[i]).toBeLessThanOrEqual(d.max * 1000));
        expect(core.dimensionMilli.reduce((a, b) => a + b, 0)).toBe(core.totalMilli);
      }),
      { numRuns: 300 },
    );
  });

  it("scoring never changes an explicit answer, whatever the figures and skip rules say", () => {
    fc.assert(
      fc.property(answersFor(t), evidenceFor(t), (answers, evidence) => {
        const e = evaluate(t, answers, { evidence });
        expect(e.ok).toBe(true);
        if (!e.ok) return;
        for (const q of e.result.questions) {
          const given = answers[q.code];
          if (given === undefined) continue;
          expect(q.answer).toEqual(given);
          expect(e.answers[q.code]).toEqual(given);
          expect(q.source === "answer" || q.source === "evidence").toBe(true);
          const compiled = t.questionByCode.get(q.code)!;
          const options = Array.isArray(given) ? (given as string[]) : [given as string];
          const sum = options.reduce((s, o) => s + (compiled.milliByCode.get(o) ?? 0), 0);
          expect(Math.round(q.points * 1000)).toBe(Math.min(sum, compiled.maxMilli));
        }
        for (const w of e.result.warnings) for (const code of w.questions) expect(t.questionByCode.has(code)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("raising any answer never lowers the total or the level", () => {
    fc.assert(
      fc.property(answersFor(t), fc.nat(), (answers, pick) => {
        const raised = raise(t, answers, pick);
        fc.pre(raised !== null);
        const a = scoreAnswers(t, answers);
        const b = scoreAnswers(t, raised!);
        expect(b.totalMilli).toBeGreaterThanOrEqual(a.totalMilli);
        expect(levelOnly(t, b.totalMilli, b.sceneLevels, t.defaultConstrained)).toBeGreaterThanOrEqual(
          levelOnly(t, a.totalMilli, a.sceneLevels, t.defaultConstrained),
        );
      }),
      { numRuns: 500 },
    );
  });
});
