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

describe("numerals of units only, and figures after a currency", () => {
  const scaled = (text: string) => numbersIn(text).map((n) => n.value * (n.scale ?? 1));

  it("reads a numeral of units only as one of the unit before money or a measure, or after a money word", () => {
    const cases: [string, number][] = [
      ["十万元", 100_000],
      ["百万元", 1_000_000],
      ["千万元", 10_000_000],
      ["拾万元", 100_000],
      ["佰万元", 1_000_000],
      ["奖励万元", 10_000],
      ["一千万元", 10_000_000],
      ["两百万元", 2_000_000],
      ["十二万元", 120_000],
      ["百万美元", 1_000_000],
      ["补贴百万。", 1_000_000],
      ["投资约千万的项目", 10_000_000],
      ["数十万元", 100_000],
      ["十年", 10],
      ["百人", 100],
      ["十项", 10],
      ["1百万元", 1_000_000],
      ["3百元", 300],
    ];
    for (const [text, value] of cases) expect(scaled(text), text).toEqual([value]);
  });

  it("leaves numerals of units only alone where they are words", () => {
    for (const text of [
      "千万不要一次铺开",
      "千万注意",
      "资金千万不要挪用",
      "万万没想到",
      "十分重要",
      "万分感谢",
      "百分之",
      "千人千面",
      "千家万户",
      "百年老店",
      "十月",
      "万物互联",
      "百花齐放",
      "千方百计",
    ]) {
      expect(scaled(text), text).toEqual([]);
    }
    // A scale word after a figure is its scale, not a figure of its own.
    expect(scaled("15万元，1.5亿元，一点五亿元，fifteen 万元，100千克")).toEqual([150_000, 150_000_000, 100, 150_000_000, 150_000]);
  });

  it("reads a figure after a currency code, and not one glued to a code or standard", () => {
    expect(scaled("RMB200万元")).toEqual([2_000_000]);
    expect(scaled("CNY2000000")).toEqual([2_000_000]);
    expect(scaled("USD 5,000")).toEqual([5000]);
    expect(scaled("USD5,000")).toEqual([5000]);
    expect(scaled("rmb 300")).toEqual([300]);
    expect(scaled("￥300，¥400，$500")).toEqual([300, 400, 500]);
    expect(scaled("ISO9001、ISO 9001:2015、GB/T 23001-2017、IATF 16949、MES2、OEE85、ERP2、v2、L1、5G、4G网络、3D打印")).toEqual([]);
  });

  it("says where each figure is, with its scale and unit", () => {
    expect(numbersIn("补贴15万元。")[0]).toMatchObject({ at: 2, end: 6 });
    expect(numbersIn("约CNY2000000")[0]).toMatchObject({ at: 4, end: 11 });
  });
});
