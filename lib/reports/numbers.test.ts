import { describe, expect, it } from "vitest";
import { matchesFact, numbersIn, numbersOf, parseChineseNumeral } from "./numbers";

const values = (text: string) => numbersIn(text).map((n) => n.value);

describe("numbers in report text", () => {
  it("parses Chinese numerals with units and decimals", () => {
    expect(parseChineseNumeral("六十二点五")).toBe(62.5);
    expect(parseChineseNumeral("十五")).toBe(15);
    expect(parseChineseNumeral("两万")).toBe(20_000);
    expect(parseChineseNumeral("一百零五")).toBe(105);
    expect(parseChineseNumeral("三千二百万")).toBe(32_000_000);
  });

  it("finds Arabic figures with separators and decimals", () => {
    expect(values("总分62.5分，投入150,000元，排名75%")).toEqual([62.5, 150000, 75]);
    expect(numbersIn("1.50万元")[0]).toMatchObject({ value: 1.5, decimals: 2 });
  });

  it("finds written-out Chinese figures and skips words that only look numeric", () => {
    expect(values("总分六十二点五分，需两项改进")).toEqual([62.5, 2]);
    expect(values("统一规划，进一步推进一体化，引入第三方，万一超支，十分重要，一一落实，千万注意")).toEqual([]);
    expect(values("目前为二级，距三级还差")).toEqual([]);
  });

  it("skips digits inside codes", () => {
    expect(values("场景S.QUALITY与v2")).toEqual([]);
  });

  it("collects numbers from facts, also inside their strings", () => {
    expect(numbersOf({ a: 1, b: ["x 2.5", { c: "《指标（2024年版）》" }] })).toEqual([1, 2.5, 2024]);
  });

  it("accepts a fact rounded as written, or a yuan amount in 万, and nothing else", () => {
    const facts = [62.375, 150_000];
    const check = (text: string) => numbersIn(text).every((n) => matchesFact(n, facts));
    expect(check("62.375分")).toBe(true);
    expect(check("约62.4分")).toBe(true);
    expect(check("15万元")).toBe(true);
    expect(check("150,000 yuan")).toBe(true);
    expect(check("六十二点四分")).toBe(true);
    expect(check("71.3分")).toBe(false);
    expect(check("16万元")).toBe(false);
  });
});
