import { describe, expect, it } from "vitest";
import { creditCodeCheckCharacter } from "@/lib/enterprise/credit-code";
import { matchHeaders } from "./headers";
import { cellText, checkRows, parseAmount, resolveDistrict, resolveIndustry, type Cell } from "./rows";

const ZHENGZHOU = { provinceCode: "41", cityCode: "4101" };
const code = (n: number) => {
  const first = `91410100MA${String(n).padStart(7, "0")}`;
  return first + creditCodeCheckCharacter(first);
};
const HEADER = ["企业名称", "统一社会信用代码", "行业", "区县", "人数", "营收（万元）", "联系人", "电话", "邮箱"];
const map = matchHeaders(HEADER);
const good = (n: number, over: Partial<Record<string, Cell>> = {}): Cell[] => {
  const row: Record<string, Cell> = {
    name: `测试制造${n}有限公司`,
    code: code(n),
    industry: "34",
    district: "金水区",
    employees: 80,
    revenue: 3000,
    contact: "王经理",
    phone: "0371-6000000",
    email: "",
  };
  Object.assign(row, over);
  return [row.name!, row.code!, row.industry!, row.district!, row.employees!, row.revenue!, row.contact!, row.phone!, row.email!];
};
const reasons = (cells: Cell[]) => checkRows([cells], map, ZHENGZHOU)[0]!.problems.map((p) => p["zh-CN"]);

describe("cells and figures", () => {
  it("reads amounts as people type them", () => {
    expect(parseAmount("1,200")).toEqual({ ok: true, value: 1200 });
    expect(parseAmount("１２０人")).toEqual({ ok: true, value: 120 });
    expect(parseAmount("1.2亿")).toEqual({ ok: true, value: 12000 });
    expect(parseAmount("356.5万元")).toEqual({ ok: true, value: 356.5 });
    expect(parseAmount(5_000_000, 1e-4)).toEqual({ ok: true, value: 500 });
    expect(parseAmount("")).toEqual({ ok: true, value: undefined });
    expect(parseAmount("-3").ok).toBe(false);
    expect(parseAmount("约100").ok).toBe(false);
  });

  it("unwraps Excel's keep-as-text idiom and drops invisible characters", () => {
    expect(cellText('="0371-600"')).toBe("0371-600");
    expect(cellText("\u200b甲 ")).toBe("甲");
  });
});

describe("industries and districts", () => {
  it("takes a GB/T 4754 code or a name", () => {
    expect(resolveIndustry("34")).toEqual({ ok: true, industryCode: "34" });
    expect(resolveIndustry("C3411")).toMatchObject({ ok: true, industryCode: "34", industrySubCode: "3411" });
    expect(resolveIndustry("3411 金属切削机床制造")).toMatchObject({ ok: true, industrySubCode: "3411" });
    expect(resolveIndustry("通用设备制造业")).toEqual({ ok: true, industryCode: "34" });
    expect(resolveIndustry("通用设备制造")).toEqual({ ok: true, industryCode: "34" });
    expect(resolveIndustry("7010")).toEqual({ ok: true, industryCode: "70", industrySubCode: "701" });
  });

  it("names the candidates of an ambiguous industry, and refuses an unknown one", () => {
    expect(resolveIndustry("制造业")).toMatchObject({ ok: false, problem: "ambiguous" });
    expect(resolveIndustry("99")).toMatchObject({ ok: false, problem: "unknown" });
    expect(resolveIndustry("魔法")).toMatchObject({ ok: false, problem: "unknown" });
  });

  it("finds a district of the city by name, short name, full name or code", () => {
    for (const name of ["金水区", "金水", "郑州市金水区", "河南省郑州市金水区", "410105"])
      expect(resolveDistrict(name, "4101"), name).toEqual({ ok: true, code: "410105" });
    expect(resolveDistrict("", "4101")).toEqual({ ok: true, code: undefined });
    expect(resolveDistrict("朝阳区", "4101")).toEqual({ ok: false });
  });
});

describe("rows", () => {
  it("a good row becomes a profile in the portal's city with its contact", () => {
    const [row] = checkRows([good(1)], map, ZHENGZHOU);
    expect(row!.problems).toEqual([]);
    expect(row!.input).toMatchObject({
      name: "测试制造1有限公司",
      industryCode: "34",
      provinceCode: "41",
      cityCode: "4101",
      districtCode: "410105",
      employees: 80,
    });
    expect(row!.contact).toMatchObject({ name: "王经理", phone: "0371-6000000", email: null });
  });

  it("names each problem", () => {
    const bad = code(2).slice(0, 17) + (code(2).endsWith("0") ? "1" : "0");
    expect(reasons(good(2, { code: bad }))).toEqual(["统一社会信用代码校验位不符，请核对"]);
    expect(reasons(good(3, { code: Number("914101001234567890") }))[0]).toMatch(/存成了数字/);
    expect(reasons(good(4, { district: "朝阳区" }))[0]).toMatch(/区县“朝阳区”不在郑州市/);
    expect(reasons(good(5, { industry: "制造业" }))[0]).toMatch(/行业“制造业”不明确/);
    expect(reasons(good(6, { industry: "魔法" }))[0]).toMatch(/未知的行业/);
    expect(reasons(good(7, { employees: "很多" }))).toEqual(["人数应为不小于 0 的整数"]);
    expect(reasons(good(8, { revenue: "" }))).toEqual(["缺少营收（万元）"]);
    expect(reasons(good(9, { name: "" }))).toContain("缺少企业名称");
    expect(reasons(good(10, { email: "not-mail" }))[0]).toMatch(/^邮箱：/);
    expect(reasons(good(11, { phone: "电话0371" }))[0]).toMatch(/^电话：/);
  });

  it("repeats within the sheet are problems from the second on; blank rows are skipped", () => {
    const rows = checkRows(
      [good(1), [null, "", null], good(1, { name: "另一个名字" }), good(20, { code: "" }), good(21, { code: "", name: "测试制造20有限公司" })],
      map,
      ZHENGZHOU,
    );
    expect(rows.map((r) => r.row)).toEqual([2, 4, 5, 6]);
    expect(rows[1]!.problems[0]!["zh-CN"]).toBe("与第 2 行重复（统一社会信用代码相同）");
    expect(rows[3]!.problems[0]!["zh-CN"]).toBe("与第 5 行重复（企业名称相同）");
    expect(rows.filter((r) => r.input)).toHaveLength(2);
  });

  it("a size rule needing assets the list lacks leaves the size open instead of refusing the row", () => {
    const [row] = checkRows([good(30, { industry: "47" })], map, ZHENGZHOU);
    expect(row!.problems).toEqual([]);
    expect(row!.input?.assetsWan).toBeUndefined();
  });
});
