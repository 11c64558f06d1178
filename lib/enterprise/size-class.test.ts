import { describe, expect, it } from "vitest";
import { aboveScaleOf, sectorOf, sizeClassOf, type EnterpriseFigures, type SizeClass } from "./size-class";

type Row = [string, EnterpriseFigures, SizeClass];

// Examples built from the thresholds of 工信部联企业〔2011〕300号, including both sides of each edge.
const TABLE: readonly Row[] = [
  // 工业 (C 制造业, code 33 金属制品业)
  ["industry: 1200 staff, 5 亿 revenue → large", { industryCode: "33", employees: 1200, revenueWan: 50000 }, "large"],
  ["industry: 1200 staff but revenue < 4 亿 → SME (medium)", { industryCode: "33", employees: 1200, revenueWan: 39999 }, "medium"],
  ["industry: exactly 300 staff and 2000 万 → medium", { industryCode: "36", employees: 300, revenueWan: 2000 }, "medium"],
  ["industry: 299 staff, 2000 万 → small", { industryCode: "36", employees: 299, revenueWan: 2000 }, "small"],
  ["industry: 20 staff, 300 万 → small", { industryCode: "13", employees: 20, revenueWan: 300 }, "small"],
  ["industry: 19 staff → micro", { industryCode: "13", employees: 19, revenueWan: 5000 }, "micro"],
  ["industry: revenue 299 万 → micro", { industryCode: "13", employees: 150, revenueWan: 299 }, "micro"],
  ["mining (B 06) uses the industry rule", { industryCode: "06", employees: 400, revenueWan: 3000 }, "medium"],
  ["utilities (D 44) use the industry rule", { industryCode: "44", employees: 50, revenueWan: 1000 }, "small"],
  // 农林牧渔 (revenue only)
  ["agriculture: 500 万 → medium", { industryCode: "01", revenueWan: 500 }, "medium"],
  ["agriculture: 49 万 → micro", { industryCode: "03", revenueWan: 49 }, "micro"],
  ["agriculture: 2 亿 → large", { industryCode: "05", revenueWan: 20000 }, "large"],
  // 建筑业 (revenue and assets)
  ["construction: 6000 万 revenue, 5000 万 assets → medium", { industryCode: "47", revenueWan: 6000, assetsWan: 5000 }, "medium"],
  ["construction: assets 299 万 → micro", { industryCode: "48", revenueWan: 1000, assetsWan: 299 }, "micro"],
  ["construction: 8 亿 revenue and 8 亿 assets → large", { industryCode: "50", revenueWan: 80000, assetsWan: 80000 }, "large"],
  // 批发 / 零售
  ["wholesale: 20 staff, 5000 万 → medium", { industryCode: "51", employees: 20, revenueWan: 5000 }, "medium"],
  ["wholesale: 4 staff → micro", { industryCode: "51", employees: 4, revenueWan: 5000 }, "micro"],
  ["retail: 50 staff, 500 万 → medium", { industryCode: "52", employees: 50, revenueWan: 500 }, "medium"],
  ["retail: 10 staff, 100 万 → small", { industryCode: "52", employees: 10, revenueWan: 100 }, "small"],
  // 交通运输 / 仓储 / 邮政
  ["road transport: 300 staff, 3000 万 → medium", { industryCode: "54", employees: 300, revenueWan: 3000 }, "medium"],
  ["warehousing: 100 staff, 1000 万 → medium", { industryCode: "59", employees: 100, revenueWan: 1000 }, "medium"],
  ["warehousing: 250 staff, 3.5 亿 → large", { industryCode: "59", employees: 250, revenueWan: 35000 }, "large"],
  ["postal: 20 staff, 100 万 → small", { industryCode: "60", employees: 20, revenueWan: 100 }, "small"],
  // 住宿 / 餐饮
  ["catering: 100 staff, 2000 万 → medium", { industryCode: "62", employees: 100, revenueWan: 2000 }, "medium"],
  ["accommodation: 9 staff → micro", { industryCode: "61", employees: 9, revenueWan: 500 }, "micro"],
  // 信息传输 / 软件
  ["internet: 2000 staff, 10 亿 → large", { industryCode: "64", employees: 2000, revenueWan: 100000 }, "large"],
  ["software: 10 staff, 50 万 → small", { industryCode: "65", employees: 10, revenueWan: 50 }, "small"],
  ["software: 10 staff, 49 万 → micro", { industryCode: "65", employees: 10, revenueWan: 49 }, "micro"],
  // 房地产 (by 中类)
  ["real estate development: 1000 万, assets 5000 万 → medium", { industryCode: "70", industrySubCode: "701", revenueWan: 1000, assetsWan: 5000 }, "medium"],
  ["real estate development: assets 1999 万 → micro", { industryCode: "70", industrySubCode: "701", revenueWan: 5000, assetsWan: 1999 }, "micro"],
  ["property management: 300 staff, 1000 万 → medium", { industryCode: "70", industrySubCode: "702", employees: 300, revenueWan: 1000 }, "medium"],
  ["property management: 99 staff → micro", { industryCode: "70", industrySubCode: "702", employees: 99, revenueWan: 900 }, "micro"],
  ["real estate agency (703) falls under other: 120 staff → medium", { industryCode: "70", industrySubCode: "703", employees: 120 }, "medium"],
  // 租赁和商务服务 (staff and assets)
  ["business services: 100 staff, assets 8000 万 → medium", { industryCode: "72", employees: 100, assetsWan: 8000 }, "medium"],
  ["leasing: 300 staff, assets 12 亿 → large", { industryCode: "71", employees: 300, assetsWan: 120000 }, "large"],
  // 其他未列明行业 (staff only)
  ["R&D (73): 100 staff → medium", { industryCode: "73", employees: 100 }, "medium"],
  ["education (83): 10 staff → small", { industryCode: "83", employees: 10 }, "small"],
  ["repair (81): 300 staff → large", { industryCode: "81", employees: 300 }, "large"],
];

describe("SME size class (工信部联企业〔2011〕300号)", () => {
  it.each(TABLE)("%s", (_name, figures, expected) => {
    const result = sizeClassOf(figures);
    expect(result).toMatchObject({ ok: true, sizeClass: expected });
  });

  it("names the missing figures", () => {
    expect(sizeClassOf({ industryCode: "33", employees: 50 })).toEqual({ ok: false, reason: "missing_figures", missing: ["revenueWan"] });
    expect(sizeClassOf({ industryCode: "47", revenueWan: 100 })).toEqual({ ok: false, reason: "missing_figures", missing: ["assetsWan"] });
  });

  it("needs the 中类 for 房地产业", () => {
    expect(sizeClassOf({ industryCode: "70", employees: 10, revenueWan: 100, assetsWan: 100 })).toEqual({ ok: false, reason: "needs_sub_code" });
  });

  it("leaves 铁路运输业 (53) out of 交通运输业, as the 2011 rules do", () => {
    expect(sectorOf("53")).toEqual({ ok: false, reason: "not_covered" });
    expect(sizeClassOf({ industryCode: "53", employees: 300, revenueWan: 3000 })).toEqual({ ok: false, reason: "not_covered" });
    for (const code of ["54", "55", "56", "57", "58"]) expect(sectorOf(code)).toEqual({ ok: true, sector: "transport" });
  });

  it("counts 装卸搬运 (591) as 交通运输业 and the rest of 59 as 仓储业", () => {
    expect(sizeClassOf({ industryCode: "59", industrySubCode: "591", employees: 250, revenueWan: 3000 })).toMatchObject({
      ok: true,
      sector: "transport",
      sizeClass: "small",
    });
    expect(sizeClassOf({ industryCode: "59", industrySubCode: "594", employees: 250, revenueWan: 3000 })).toMatchObject({
      ok: true,
      sector: "warehousing",
      sizeClass: "medium",
    });
  });

  it("does not classify finance, public administration or unknown codes", () => {
    expect(sectorOf("66")).toEqual({ ok: false, reason: "not_covered" });
    expect(sectorOf("92")).toEqual({ ok: false, reason: "not_covered" });
    expect(sectorOf("00")).toEqual({ ok: false, reason: "invalid_industry" });
    expect(sectorOf("3")).toEqual({ ok: false, reason: "invalid_industry" });
    expect(sectorOf("C33")).toEqual({ ok: false, reason: "invalid_industry" });
  });
});

describe("规上 (National Bureau of Statistics thresholds)", () => {
  it.each([
    ["manufacturing at 2000 万", { industryCode: "33", revenueWan: 2000 }, true, 2000],
    ["manufacturing below 2000 万", { industryCode: "33", revenueWan: 1999.99 }, false, 2000],
    ["retail at 500 万", { industryCode: "52", revenueWan: 500 }, true, 500],
    ["catering at 200 万", { industryCode: "62", revenueWan: 200 }, true, 200],
    ["software below 2000 万", { industryCode: "65", revenueWan: 1500 }, false, 2000],
    ["business services at 1000 万", { industryCode: "72", revenueWan: 1000 }, true, 1000],
    ["resident services at 500 万", { industryCode: "80", revenueWan: 600 }, true, 500],
    ["property management at 500 万", { industryCode: "70", industrySubCode: "702", revenueWan: 500 }, true, 500],
  ] as const)("%s", (_name, figures, above, threshold) => {
    expect(aboveScaleOf(figures)).toEqual({ known: true, aboveScale: above, thresholdWan: threshold });
  });

  it("asks construction, agriculture, finance and real-estate development firms to declare", () => {
    for (const industryCode of ["47", "01", "66"]) expect(aboveScaleOf({ industryCode, revenueWan: 99999 })).toEqual({ known: false, reason: "declare" });
    expect(aboveScaleOf({ industryCode: "70", industrySubCode: "701", revenueWan: 99999 })).toEqual({ known: false, reason: "declare" });
  });

  it("says when revenue is missing", () => {
    expect(aboveScaleOf({ industryCode: "33" })).toEqual({ known: false, reason: "missing_revenue" });
  });
});
