import { describe, expect, it } from "vitest";
import { getTemplate } from "../templates";
import { deriveFromEvidence, resolveAnswers } from "./evidence";

const t = getTemplate("miit-2024-manufacturing");
const band = (digital: number, total: number) => deriveFromEvidence(t, { "F.EQDIG": { digital, total } }).answers["F.EQDIG"];

describe("bands from figures, edges (min, max] as the document states", () => {
  it.each([
    [0, 100, "p0_10"],
    [10, 100, "p0_10"],
    [11, 100, "p10_20"],
    [20, 100, "p10_20"],
    [1, 5, "p10_20"], // 20% exactly, computed without float error
    [21, 100, "p20_40"],
    [40, 100, "p20_40"],
    [41, 100, "p40_60"],
    [60, 100, "p40_60"],
    [61, 100, "p60_100"],
    [100, 100, "p60_100"],
    [7, 35, "p10_20"],
    [1, 3, "p20_40"],
  ])("%i of %i → %s", (digital, total, expected) => {
    expect(band(digital, total)).toBe(expected);
  });

  it("keeps the figures and explains the derivation", () => {
    const d = deriveFromEvidence(t, { "F.EQNET": { networked: 30, total: 120 } }).derivations[0];
    expect(d).toMatchObject({ code: "F.EQNET", inputs: { networked: 30, total: 120 }, value: 25, option: "p20_40" });
    expect(d?.explanation["zh-CN"]).toContain("25%");
    expect(d?.explanation.en).toContain("over 20% to 40%");
  });

  it("lets investment exceed revenue for 资金保障, but not networked exceed total equipment", () => {
    expect(deriveFromEvidence(t, { "M.FUND": { investment: 300, revenue: 200 } }).answers["M.FUND"]).toBe("p60_100");
    expect(deriveFromEvidence(t, { "M.FUND": { investment: 15, revenue: 100 } }).answers["M.FUND"]).toBe("p10_20");
    const bad = deriveFromEvidence(t, { "F.EQNET": { networked: 130, total: 120 } });
    expect(bad.problems.map((p) => `${p.code}:${p.kind}`)).toEqual(["F.EQNET:evidence_invalid"]);
  });

  it.each([
    [{ "F.EQDIG": { digital: 5, total: 0 } }, "F.EQDIG:evidence_invalid"],
    [{ "F.EQDIG": { digital: -1, total: 10 } }, "F.EQDIG:evidence_invalid"],
    [{ "F.EQDIG": { total: 10 } }, "F.EQDIG:evidence_invalid"],
    [{ "F.IS": { count: 3 } }, "F.IS:evidence_invalid"],
    [{ "F.NOPE": { a: 1 } }, "F.NOPE:unknown_code"],
    [{ "E.COST": { before: 10 } }, "E.COST:evidence_invalid"],
  ])("rejects bad evidence %j", (evidence, expected) => {
    expect(deriveFromEvidence(t, evidence).problems.map((p) => `${p.code}:${p.kind}`)).toEqual([expected]);
  });
});

describe("trends from before and after", () => {
  it.each([
    ["E.QUALITY", 95, 97, "better"], // higher is better
    ["E.QUALITY", 95, 93, "worse"],
    ["E.QUALITY", 95, 95.5, "flat"], // within ±1%
    ["E.ENERGY", 10, 8, "better"], // lower is better
    ["E.ENERGY", 10, 12, "worse"],
    ["E.ENERGY", 10, 10.1, "flat"], // exactly 1% counts as flat
    ["E.COST", 80, 70, "better"],
    ["E.REVENUE", 50, 60, "better"],
    ["E.REVENUE", 0, 0, "flat"],
    ["E.REVENUE", 0, 5, "better"],
  ])("%s %d → %d is %s", (code, before, after, option) => {
    const r = deriveFromEvidence(t, { [code]: { before, after } });
    expect(r.problems).toEqual([]);
    expect(r.answers[code]).toBe(option);
  });
});

describe("resolveAnswers", () => {
  it("fills in derived answers where none was given and keeps a contradicting explicit answer", () => {
    const ok = resolveAnswers(t, { "F.IS": "one" }, { "F.EQDIG": { digital: 50, total: 100 } });
    expect(ok.answers).toEqual({ "F.IS": "one", "F.EQDIG": "p40_60" });
    const clash = resolveAnswers(t, { "F.EQDIG": "p60_100" }, { "F.EQDIG": { digital: 50, total: 100 } });
    expect(clash.problems).toEqual([]);
    expect(clash.answers["F.EQDIG"]).toBe("p60_100");
    expect(clash.derivations.map((d) => d.option)).toEqual(["p40_60"]);
  });
});
