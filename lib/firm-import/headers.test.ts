import { describe, expect, it } from "vitest";
import { matchHeaders, missingFields, normaliseHeader } from "./headers";

describe("header matching", () => {
  it("finds the city office's columns however they are written", () => {
    const map = matchHeaders([" 企业名称 ", "统一社会信用代码", "行业", "区县", "人数（人）", "营收（万元）", "联系人", "电话", "邮箱", "备注"]);
    expect(map.columns).toEqual({ name: 0, creditCode: 1, industry: 2, district: 3, employees: 4, revenueWan: 5, contact: 6, phone: 7, email: 8 });
    expect(map.ignored).toEqual(["备注"]);
    expect(missingFields(map)).toEqual([]);
  });

  it("takes full-width text, required markers and English headers", () => {
    expect(normaliseHeader("＊营收（万元）：")).toBe("营收(万元)");
    const map = matchHeaders(["Name", "creditCode", "INDUSTRY", "district", "employees", "revenueWan", "contact", "phone", "E-mail"]);
    expect(Object.keys(map.columns)).toHaveLength(9);
  });

  it("turns a money unit into a factor to 万元, and names what is missing", () => {
    const map = matchHeaders(["名称", "营业收入(元)", "资产总额【亿元】"]);
    expect(map.factors).toEqual({ revenueWan: 1e-4, assetsWan: 1e4 });
    expect(missingFields(map)).toEqual(["industry", "employees"]);
  });

  it("uses the first of two columns with the same meaning", () => {
    const map = matchHeaders(["企业名称", "企业", "行业"]);
    expect(map.columns.name).toBe(0);
    expect(map.repeated).toEqual(["name"]);
  });
});
