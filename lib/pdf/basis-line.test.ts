import { describe, expect, it } from "vitest";
import { basisLine } from "./report-document";

const level = (isReference: boolean) => ({ name: "二级", total: 61, description: null, isReference, atTop: false });

describe("what the PDF says the level rests on", () => {
  it("names the official indicators only for an official level", () => {
    expect(basisLine({ locale: "zh-CN", level: level(false) })).toBe("依据《中小企业数字化水平评测指标（2024年版）》");
  });
  it("says a reference level follows their framework in our reference template, in both languages", () => {
    expect(basisLine({ locale: "zh-CN", level: level(true) })).toBe("参照《中小企业数字化水平评测指标（2024年版）》框架（数诊参考模板）");
    expect(basisLine({ locale: "zh-CN", level: level(true) })).not.toContain("依据");
    expect(basisLine({ locale: "en", level: level(true) })).toContain("reference template");
  });
});
