import { describe, expect, it } from "vitest";
import { matchesFact, normaliseText, numbersIn, numbersOf, parseChineseNumeral } from "./numbers";

const values = (text: string) => numbersIn(text).map((n) => n.value);
const fits = (facts: readonly number[]) => (text: string) => numbersIn(text).every((n) => matchesFact(n, facts));

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
    const check = fits([62.375, 150_000]);
    expect(check("62.375分")).toBe(true);
    expect(check("约62.4分")).toBe(true);
    expect(check("15万元")).toBe(true);
    expect(check("150,000 yuan")).toBe(true);
    expect(check("六十二点四分")).toBe(true);
    expect(check("71.3分")).toBe(false);
    expect(check("16万元")).toBe(false);
  });
});

describe("numbers written another way", () => {
  const scaled = (text: string) => numbersIn(text).map((n) => n.value * (n.scale ?? 1));

  it("normalises full-width digits and financial numerals", () => {
    expect(normaliseText("１００万元，壹佰贰拾叁，肆级，兩萬")).toBe("100万元，一百二十三，四级，两万");
    expect(scaled("投入１００万元")).toEqual([1_000_000]);
    expect(scaled("投入壹佰万元")).toEqual([1_000_000]);
    expect(scaled("共叁项")).toEqual([3]);
  });

  it("composes 万 and 亿 and reads 〇/零/两", () => {
    expect(parseChineseNumeral("一百二十三万")).toBe(1_230_000);
    expect(parseChineseNumeral("一亿二千万")).toBe(120_000_000);
    expect(parseChineseNumeral("两千〇五")).toBe(2005);
    expect(scaled("1.5亿元")).toEqual([150_000_000]);
    expect(scaled("一点五亿元")).toEqual([150_000_000]);
  });

  it("reads English number words and scales, and leaves the word 'one' alone", () => {
    expect(scaled("one million yuan")).toEqual([1_000_000]);
    expect(scaled("twenty-five points")).toEqual([25]);
    expect(scaled("one hundred and twenty-three thousand yuan")).toEqual([123_000]);
    expect(scaled("1.5 million yuan")).toEqual([1_500_000]);
    expect(scaled("three points and seven points")).toEqual([3, 7]);
    expect(scaled("one of the three dimensions, a one-off cost, no one")).toEqual([]);
  });

  it("matches a scaled figure against the fact in yuan, and 万 against the fact in 万", () => {
    const ok = fits([150_000, 15]);
    for (const text of ["0.15 million yuan", "十五万元", "15万元"]) expect(ok(text), text).toBe(true);
    for (const text of ["1.5亿元", "15 million yuan"]) expect(ok(text), text).toBe(false);
  });
});
