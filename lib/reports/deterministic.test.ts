import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SECTION_KEYS, SECTION_PROMPTS } from "@/prompts/report";
import { getTemplate, type Answers } from "@/scoring";
import { POLICY_CATALOGUE, reportInputs, SOLUTION_CATALOGUE } from "@/tests/support/report-inputs";
import { writeDeterministic } from "./deterministic";
import { buildReportFacts, sectionFacts } from "./facts";
import { checkGrounding } from "./grounding";
import { knownEntities } from "./known-entities";

const catalogue = knownEntities(SOLUTION_CATALOGUE, POLICY_CATALOGUE);
const t = getTemplate("miit-2024-manufacturing");

function completeAnswers(): fc.Arbitrary<Answers> {
  return fc.record(
    Object.fromEntries([
      ...t.questions.map((q) => [
        q.code,
        q.kind === "multi"
          ? fc.subarray(
              q.def.options.filter((_, i) => i !== q.noneIndex).map((o) => o.code),
              { minLength: 1 },
            )
          : fc.constantFrom(...q.def.options.map((o) => o.code)),
      ]),
      ...t.scenes.map((s) => [s.code, fc.integer({ min: 0, max: 4 })]),
    ]),
  ) as fc.Arbitrary<Answers>;
}

describe("deterministic writer", () => {
  for (const language of ["zh-CN", "en"] as const) {
    it(`writes every section in ${language}, each grounded in its own facts and valid for the output schema`, () => {
      const facts = buildReportFacts(reportInputs({ language }));
      for (const key of SECTION_KEYS) {
        const out = writeDeterministic(key, facts);
        expect(SECTION_PROMPTS[key].schema.safeParse(out).success, key).toBe(true);
        expect(checkGrounding(out, { facts: sectionFacts(key, facts), currentLevel: facts.level.current, catalogue }), key).toEqual([]);
      }
    });
  }

  it("reads as English in English: counts in words, sentences spaced", () => {
    const facts = buildReportFacts(reportInputs({ language: "en" }));
    for (const key of SECTION_KEYS) {
      const out = writeDeterministic(key, facts);
      const text = [out.headline, ...out.paragraphs, ...out.bullets].join("\n");
      expect(text, key).not.toMatch(/[a-z]\(s\)/);
      expect(text, key).not.toMatch(/[a-z)][.;][A-Z“]/);
    }
  });

  it("states the computed level, the firm and its figures", () => {
    const facts = buildReportFacts(reportInputs());
    const summary = writeDeterministic("summary", facts);
    const text = [summary.headline, ...summary.paragraphs].join("\n");
    expect(text).toContain("郑州精工机械有限公司");
    expect(text).toContain("37.22分");
    expect(text).toContain("一级");
    expect(summary.statedLevel).toBe(1);
    const plan = writeDeterministic("plan", facts);
    expect(plan.bullets.length).toBe(facts.plans.next?.stepCount);
  });

  it("stays grounded for any complete set of answers, with and without peers", () => {
    fc.assert(
      fc.property(completeAnswers(), fc.boolean(), fc.constantFrom("zh-CN" as const, "en" as const), (answers, withPeers, language) => {
        let inputs;
        try {
          inputs = reportInputs({ answers, withPeers, language });
        } catch {
          fc.pre(false); // inconsistent figures are refused at submission
          return;
        }
        const facts = buildReportFacts(inputs);
        for (const key of SECTION_KEYS) {
          const problems = checkGrounding(writeDeterministic(key, facts), { facts: sectionFacts(key, facts), currentLevel: facts.level.current, catalogue });
          expect(problems, `${key} ${language}`).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000); // each run solves its three plans exactly (HiGHS), tens of milliseconds apiece
});
