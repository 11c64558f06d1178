import { describe, expect, it } from "vitest";
import { getTemplate, purchasable, TEMPLATE_IDS } from "@/scoring";
import { loadSolutionCatalogue, parseSolutions } from "./solutions";

const catalogue = loadSolutionCatalogue();

describe("solution catalogue", () => {
  it("has at least 48 entries, all demo data from fictional providers", () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(48);
    for (const s of catalogue) expect(s.provider.name["zh-CN"]).toMatch(/（演示）$/);
  });

  const t = getTemplate("miit-2024-manufacturing");
  it.each(t.scenes.map((s) => s.code))("%s has options from two or more providers for every step 0→1 … 3→4", (scene) => {
    for (let from = 0; from < 4; from++) {
      const options = catalogue.filter((s) => s.lifts.some((l) => l.scene === scene && l.from === from));
      expect(options.length, `${scene} ${from}→${from + 1}`).toBeGreaterThanOrEqual(2);
    }
    const providers = new Set(catalogue.filter((s) => s.lifts.some((l) => l.scene === scene)).map((s) => s.provider.id));
    expect(providers.size).toBeGreaterThanOrEqual(3);
  });

  it.each(TEMPLATE_IDS)("every question of %s that money can buy has at least one solution, and no outcome indicator has any", (id) => {
    for (const q of getTemplate(id).questions) {
      const offered = catalogue.some((s) => s.improves.some((i) => i.question === q.code));
      expect(offered, q.code).toBe(purchasable(q));
    }
  });

  it("refuses an entry that claims to buy an outcome indicator (成效 trend or 资金保障)", () => {
    for (const question of ["E.ENERGY", "M.FUND"]) {
      const claims = structuredClone(catalogue.slice(0, 1)) as unknown as { improves: { question: string; options: string[] }[] }[];
      claims[0]!.improves = [{ question, options: question === "M.FUND" ? ["p10_20"] : ["better"] }];
      expect(() => parseSolutions(claims)).toThrow(
        question === "M.FUND" ? /M\.FUND\) follows from what the firm spends/ : /outcome indicators \(E\.\*\) are results/,
      );
    }
  });

  it("names only questions, options and scenes that exist in some template", () => {
    const templates = TEMPLATE_IDS.map((id) => getTemplate(id));
    for (const s of catalogue) {
      for (const l of s.lifts)
        expect(
          templates.some((tt) => tt.sceneByCode.has(l.scene)),
          `${s.id} ${l.scene}`,
        ).toBe(true);
      for (const i of s.improves) {
        const known = templates.some((tt) => i.options.every((o) => tt.questionByCode.get(i.question)?.optionIndex.has(o)));
        expect(known, `${s.id} ${i.question} ${i.options.join(",")}`).toBe(true);
      }
    }
  });

  it("rejects a malformed entry with its id and the field at fault", () => {
    const broken = structuredClone(catalogue.slice(0, 2)) as unknown as Record<string, unknown>[];
    (broken[1]!.price as { oneOff: { min: number; max: number } }).oneOff = { min: 5, max: 1 };
    expect(() => parseSolutions(broken)).toThrow(/solution product-design-system: price\.oneOff: max must not be below min/);
    const twoSteps = structuredClone(catalogue.slice(0, 1)) as unknown as { lifts: { from: number; to: number }[] }[];
    twoSteps[0]!.lifts[0] = { ...twoSteps[0]!.lifts[0]!, from: 0, to: 2 };
    expect(() => parseSolutions(twoSteps)).toThrow(/solution product-design-lite: lifts\.0: a lift is one step/);
    expect(() => parseSolutions([...catalogue.slice(0, 1), ...catalogue.slice(0, 1)])).toThrow(/id: used twice/);
  });
});
