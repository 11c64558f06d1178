import { describe, expect, it } from "vitest";
import { MANUFACTURING } from "../templates/manufacturing";
import { OTHER, SERVICES } from "../templates/non-manufacturing";
import { compileTemplate, constrainedFlags, TemplateError } from "./load";
import type { TemplateInput } from "./schema";

const clone = (): TemplateInput => structuredClone(MANUFACTURING);

function problemsOf(mutate: (t: TemplateInput) => void): string {
  const raw = clone();
  mutate(raw);
  try {
    compileTemplate(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    return (error as TemplateError).message;
  }
  throw new Error("the broken template was accepted");
}

const question = (t: TemplateInput, code: string) => {
  const q = t.questions.find((x) => x.code === code);
  if (!q) throw new Error(code);
  return q;
};

describe("template loading", () => {
  it.each([MANUFACTURING, SERVICES, OTHER])("compiles $id", (raw) => {
    const t = compileTemplate(raw);
    expect(t.questions).toHaveLength(15);
    expect(t.scenes).toHaveLength(16);
    expect(t.defaultConstrained.filter(Boolean)).toHaveLength(10);
  });

  it("marks only the non-manufacturing templates as reference levels", () => {
    expect(compileTemplate(MANUFACTURING).def.isReference).toBe(false);
    expect(compileTemplate(SERVICES).def.isReference).toBe(true);
    expect(compileTemplate(OTHER).def.isReference).toBe(true);
  });

  it.each([
    ["a duplicate question code", (t: TemplateInput) => void (question(t, "F.EQNET").code = "F.EQDIG"), /duplicate question\/scene code F.EQDIG/],
    ["a duplicate option code", (t: TemplateInput) => void (question(t, "F.IS").options[1]!.code = "none"), /F.IS: duplicate option none/],
    [
      "an option above the question max",
      (t: TemplateInput) => void (question(t, "F.IS").options[4]!.points = 11),
      /F.IS: option all gives 11 points, above the question max 10/,
    ],
    ["indicators not adding up", (t: TemplateInput) => void (question(t, "F.IS").max = 9), /indicator F.INFOSYS: its questions add up to 9, not its max 10/],
    [
      "dimensions not adding up to 100",
      (t: TemplateInput) => void (t.dimensions[0]!.max = 45),
      /dimension FOUNDATION: its indicators add up to 50, not its max 45|add up to 95, not 100/,
    ],
    ["a none option worth points", (t: TemplateInput) => void (question(t, "F.NET").options[0]!.points = 1), /F.NET: the none option must be worth 0/],
    [
      "a gap between bands",
      (t: TemplateInput) => void ((question(t, "F.EQDIG").options[2] as { min: number }).min = 25),
      /band p20_40 does not start where the previous one ends/,
    ],
    ["an unknown scene in a profile", (t: TemplateInput) => void t.profiles[0]!.scenes.push("S.NOPE"), /profile miit-default: unknown scene S.NOPE/],
    ["points that are not thousandths", (t: TemplateInput) => void (question(t, "F.IS").options[1]!.points = 2.5001), /points must be multiples of 0.001/],
    ["a missing level text", (t: TemplateInput) => void delete (t.levelNames as Record<number, unknown>)[2], /levelNames.2/],
    ["a skip rule implying an unknown option", (t: TemplateInput) => void (t.skipRules![0]!.implies = "p0_5"), /implied answer p0_5 is not one of its options/],
    ["a rule needing more scenes than exist", (t: TemplateInput) => void (t.levelRule[0]!.minScenes = 17), /level 4: needs 17 scenes, the template has 16/],
  ])("rejects %s, naming it", (_name, mutate, message) => {
    expect(problemsOf(mutate)).toMatch(message);
  });

  it("accepts a city's own constrained list and rejects unknown scenes in it", () => {
    const t = compileTemplate(MANUFACTURING);
    expect(constrainedFlags(t, ["S.QUALITY", "S.FINANCE"]).filter(Boolean)).toHaveLength(2);
    expect(constrainedFlags(t, "pilot-9-no-warehousing").filter(Boolean)).toHaveLength(9);
    expect(() => constrainedFlags(t, ["S.QUALITY", "S.UNKNOWN"])).toThrow(/unknown scene S.UNKNOWN/);
    expect(() => constrainedFlags(t, "no-such-profile")).toThrow(/unknown scene profile/);
  });
});
