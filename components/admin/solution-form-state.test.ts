import { describe, expect, it } from "vitest";
import { loadSolutionCatalogue, solutionEntry } from "@/db/catalogue/solutions";
import { emptySolutionForm, formToSolution, solutionToForm } from "./solution-form-state";

describe("solution form state", () => {
  it("round-trips every catalogue solution: entry → form → entry", () => {
    for (const s of loadSolutionCatalogue()) expect(solutionEntry.parse(formToSolution(solutionToForm(s)))).toEqual(s);
  });

  it("names the fields an empty form still needs", () => {
    const result = solutionEntry.safeParse(formToSolution(emptySolutionForm("city-solution-1")));
    expect(result.success).toBe(false);
    const paths = new Set(result.error?.issues.map((i) => i.path.slice(0, 2).join(".")));
    expect(paths).toEqual(
      new Set([
        "name.zh-CN",
        "name.en",
        "provider.id",
        "provider.name",
        "description.zh-CN",
        "description.en",
        "price.oneOff",
        "price.yearly",
        "durationWeeks.min",
        "durationWeeks.max",
      ]),
    );
  });

  it("makes each lift one step", () => {
    const form = { ...emptySolutionForm("x-1"), lifts: [{ scene: "S.QUALITY", from: "2" }] };
    expect(formToSolution(form).lifts).toEqual([{ scene: "S.QUALITY", from: 2, to: 3 }]);
  });
});
