import { describe, expect, it } from "vitest";
import { getTemplate, TEMPLATE_IDS } from "../templates";
import { COMPLETE_MANUFACTURING } from "@/tests/support/fixtures";
import { evaluate, type Result } from "./evaluate";
import { applySkipRules } from "./skip";

const t = getTemplate("miit-2024-manufacturing");

function result(answers: object, evidence?: object): Result {
  const e = evaluate(t, answers, { evidence });
  if (!e.ok) throw new Error(e.problems.map((p) => `${p.code}: ${p.message}`).join("\n"));
  return e.result;
}
const question = (r: Result, code: string) => r.questions.find((q) => q.code === code)!;
const kinds = (r: Result) => r.warnings.map((w) => `${w.code}:${w.questions.join(",")}`);

describe("skip rules fill only what the firm left unanswered", () => {
  it("fills an unanswered 设备联网率 and says why", () => {
    const r = result({ "F.EQDIG": "p0_10" });
    expect(question(r, "F.EQNET")).toMatchObject({ answer: "p0_10", source: "skipped", answered: true });
    expect(question(r, "F.EQNET").skipReason?.["zh-CN"]).toContain("无需作答");
  });

  it("keeps an explicit answer, with its points, however the rule would have it", () => {
    for (const option of ["p10_20", "p20_40", "p40_60", "p60_100"]) {
      const r = result({ "F.EQDIG": "p0_10", "F.EQNET": option });
      const q = question(r, "F.EQNET");
      expect(q).toMatchObject({ answer: option, source: "answer", points: t.questionByCode.get("F.EQNET")!.milliByCode.get(option)! / 1000 });
      expect(q.skipReason).toBeUndefined();
      expect(kinds(r)).toEqual(["share_above_reference:F.EQNET,F.EQDIG"]);
    }
  });

  it("keeps an answer derived from the firm's figures", () => {
    const r = result({ "F.EQDIG": "p0_10" }, { "F.EQNET": { networked: 70, total: 100 } });
    expect(question(r, "F.EQNET")).toMatchObject({ answer: "p60_100", source: "evidence", points: 6 });
    expect(kinds(r)).toEqual(["share_above_reference:F.EQNET,F.EQDIG"]);
  });

  it("does not fill when the rule does not apply, and never touches the answers object it is given", () => {
    const given = Object.freeze({ "F.EQDIG": "p10_20" });
    expect(applySkipRules(t, given)).toEqual({ answers: given, skipped: [] });
    const explicit = Object.freeze({ "F.EQDIG": "p0_10", "F.EQNET": "p20_40" });
    expect(applySkipRules(t, explicit)).toEqual({ answers: explicit, skipped: [] });
  });
});

describe("contradictions are scored as given and reported", () => {
  it("设备联网率 above 设备数字化率: both scored, one warning naming both", () => {
    const r = result({ "F.EQDIG": "p10_20", "F.EQNET": "p60_100" });
    expect(question(r, "F.EQNET").points).toBe(6);
    expect(question(r, "F.EQDIG").points).toBe(1.5);
    expect(r.warnings).toHaveLength(1);
    const [w] = r.warnings;
    expect(w).toMatchObject({ code: "share_above_reference", questions: ["F.EQNET", "F.EQDIG"] });
    expect(w!.message["zh-CN"]).toBe(
      "设备联网率“60%以上”高于设备数字化率“10%以上至20%”：联网设备应为数字化设备，联网率不应高于数字化率。两题均按所填计分，请核对。",
    );
    expect(w!.message.en).toMatch(/^Networked equipment share “over 60%” is above digital equipment share “over 10% to 20%”/);
  });

  it("figures: more networked than digital units in the same band", () => {
    const r = result({}, { "F.EQDIG": { digital: 12, total: 100 }, "F.EQNET": { networked: 15, total: 100 } });
    expect(r.questions.filter((q) => q.code.startsWith("F.EQ")).map((q) => q.answer)).toEqual(["p10_20", "p10_20"]);
    expect(kinds(r)).toEqual(["share_above_reference:F.EQNET,F.EQDIG"]);
    expect(r.warnings[0]!.message["zh-CN"]).toContain("按填报的数据，设备联网率（15%）高于设备数字化率（12%）");
  });

  it("figures: the two equipment shares on different totals", () => {
    const r = result({}, { "F.EQDIG": { digital: 50, total: 100 }, "F.EQNET": { networked: 30, total: 120 } });
    expect(kinds(r)).toEqual(["figures_base_differs:F.EQDIG,F.EQNET"]);
    expect(r.warnings[0]!.message["zh-CN"]).toContain("“生产设备总台（套）数”不同（100 与 120）");
  });

  it("an explicit answer against its own figures: the answer is scored", () => {
    const r = result({ "F.EQDIG": "p60_100" }, { "F.EQDIG": { digital: 50, total: 100 } });
    expect(question(r, "F.EQDIG")).toMatchObject({ answer: "p60_100", source: "answer", points: 6 });
    expect(kinds(r)).toEqual(["answer_contradicts_figures:F.EQDIG"]);
    expect(r.warnings[0]!.message["zh-CN"]).toBe(
      "设备数字化率：所选“60%以上”与填报的数据不符（50 ÷ 100 = 50%，属于“40%以上至60%”档，应为“40%以上至60%”）。按所选答案计分，请核对答案或数据。",
    );
    const trend = result({ "E.QUALITY": "better" }, { "E.QUALITY": { before: 90, after: 90.9 } });
    expect(question(trend, "E.QUALITY")).toMatchObject({ answer: "better", points: 7 });
    expect(kinds(trend)).toEqual(["answer_contradicts_figures:E.QUALITY"]);
  });

  it("gives no warning to consistent answers", () => {
    expect(result(COMPLETE_MANUFACTURING).warnings).toEqual([]);
    expect(result({ "F.EQDIG": "p40_60", "F.EQNET": "p40_60" }).warnings).toEqual([]);
    expect(result({ "F.EQDIG": "p0_10", "F.EQNET": "p0_10" }).warnings).toEqual([]);
    expect(result({ "F.EQDIG": "p60_100" }, { "F.EQDIG": { digital: 70, total: 100 }, "F.EQNET": { networked: 70, total: 100 } }).warnings).toEqual([]);
    for (const id of TEMPLATE_IDS) {
      const e = evaluate(getTemplate(id), {});
      expect(e.ok && e.result.warnings).toEqual([]);
    }
  });
});
