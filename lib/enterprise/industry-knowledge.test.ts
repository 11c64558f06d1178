import { describe, expect, it } from "vitest";
import { GENERAL_ID, INDUSTRY_KNOWLEDGE } from "@/db/catalogue/industry-knowledge";
import { industryByCode } from "./industries";
import { industryClassByCode } from "./industry-classes";
import { generalIndustryKnowledge, industryKnowledgeById, industryKnowledgeFor } from "./industry-knowledge";
import { PILOT_SEGMENTS } from "./segments";

const idFor = (q: Parameters<typeof industryKnowledgeFor>[0]) => industryKnowledgeFor(q).entry.id;

describe("industry knowledge codes", () => {
  it("names only 大类 and 中类 of GB/T 4754-2017", () => {
    for (const e of INDUSTRY_KNOWLEDGE) {
      for (const d of e.match.divisions) expect(industryByCode(d), `${e.id} ${d}`).toBeDefined();
      for (const g of e.match.groups) expect(industryClassByCode(g)?.code, `${e.id} ${g}`).toBe(g);
    }
  });
});

describe("industryKnowledgeFor", () => {
  it.each([
    ["36", "auto-parts"],
    ["34", "machinery"],
    ["35", "machinery"],
    ["17", "textiles-apparel"],
    ["18", "textiles-apparel"],
    ["13", "food"],
    ["14", "food"],
    ["15", "food"],
    ["26", "chemicals"],
    ["39", "electronic-components"],
    ["21", "furniture"],
    ["30", "building-materials"],
    ["32", "nonferrous"],
    ["29", "plastics"],
    ["33", "metal-products"],
    ["27", "pharma"],
  ])("大类 %s → %s", (industryCode, id) => {
    expect(industryKnowledgeFor({ industryCode })).toMatchObject({ matched: true, by: "division", entry: { id } });
  });

  it.each([
    ["36", "3670", "auto-parts"],
    ["39", "3971", "electronic-components"],
    ["39", "398", "electronic-components"],
    ["30", "3081", "refractories"],
    ["30", "308", "refractories"],
    ["30", "3011", "building-materials"],
    ["30", "3041", "building-materials"],
    ["29", "2921", "plastics"],
  ])("大类 %s with 中类/小类 %s → %s (by 中类)", (industryCode, industrySubCode, id) => {
    expect(industryKnowledgeFor({ industryCode, industrySubCode })).toMatchObject({ matched: true, by: "group", entry: { id } });
  });

  it("resolves a shared 大类 to its broadest entry, but never gives a 中类 knowledge of another 中类", () => {
    // Only the 大类 known: 建材 (four 中类) is broader than 耐火材料 (one).
    expect(industryKnowledgeFor({ industryCode: "30" })).toMatchObject({ by: "division", entry: { id: "building-materials" } });
    // A 中类 the entries of its 大类 do not list gets general guidance, not another trade's pains:
    // 陶瓷 (307), rubber (291) and whole vehicles (361) are not 建材, 塑料制品 or 汽车零部件.
    for (const sub of ["3071", "2911", "3611"])
      expect(industryKnowledgeFor({ industryCode: sub.slice(0, 2), industrySubCode: sub })).toMatchObject({ matched: false, by: "none" });
  });

  it.each([
    ["汽车零部件及配件", "auto-parts"],
    ["汽车零部件", "auto-parts"],
    ["汽配", "auto-parts"],
    ["智能网联新能源汽车及零部件制造", "auto-parts"],
    ["新型高端装备", "machinery"],
    ["农矿专用设备制造", "machinery"],
    ["高效动力传动装备", "machinery"],
    ["特色装备零部件加工制造", "machinery"],
    ["新型耐火材料", "refractories"],
    ["新型建材及陶瓷琉璃制品", "building-materials"],
    ["铝基新材料", "nonferrous"],
    ["生物医药及健康(含医疗仪器设备及器械)", "pharma"],
    ["生物医药制造", "pharma"],
    ["化学药品制剂制造", "pharma"],
    ["通信设备制造", "electronic-components"],
    ["电子器件制造及配套", "electronic-components"],
    ["特色食品加工", "food"],
    ["食品及健康产品制造", "food"],
    ["纺织服装加工", "textiles-apparel"],
    ["针织或钩针编织物", "textiles-apparel"],
    ["棉纺织/化纤纺织及印染精加工", "textiles-apparel"],
    ["结构性金属制品制造", "metal-products"],
    ["先进化工材料及制品制造", "chemicals"],
    ["特色化工新材料制造", "chemicals"],
    ["定制家居", "furniture"],
    ["塑料制品", "plastics"],
  ])("segment %s → %s", (industrySegment, id) => {
    expect(industryKnowledgeFor({ industrySegment })).toMatchObject({ matched: true, by: "segment", entry: { id } });
  });

  it("knows every precise pilot segment we list, by name or by its codes", () => {
    for (const s of PILOT_SEGMENTS) {
      const byName = industryKnowledgeFor({ industrySegment: s.name });
      const byCodes = s.scope.map((code) => industryKnowledgeFor({ industryCode: code }));
      expect(byName.matched || byCodes.some((m) => m.matched), s.name).toBe(true);
    }
  });

  it("puts the segment's name before the codes", () => {
    // A firm coded in 30 that names 新型耐火材料 as its segment gets refractories, even with a 建材 中类.
    expect(industryKnowledgeFor({ industryCode: "30", industrySubCode: "3011", industrySegment: "新型耐火材料" })).toMatchObject({
      by: "segment",
      entry: { id: "refractories" },
    });
    // 中类 before 大类.
    expect(industryKnowledgeFor({ industryCode: "30", industrySubCode: "3081" }).by).toBe("group");
  });

  it("falls back to the codes when the segment names no industry", () => {
    expect(industryKnowledgeFor({ industryCode: "26", industrySegment: "新材料制造" })).toMatchObject({ by: "division", entry: { id: "chemicals" } });
    expect(industryKnowledgeFor({ industryCode: "32", industrySegment: "先进金属材料" })).toMatchObject({ by: "division", entry: { id: "nonferrous" } });
  });

  it("returns the general entry, unmatched, for firms outside the listed industries", () => {
    for (const q of [{ industryCode: "52" }, { industryCode: "65", industrySubCode: "6511" }, { industryCode: "31" }, { industrySegment: "新材料制造" }, {}]) {
      const m = industryKnowledgeFor(q);
      expect(m, JSON.stringify(q)).toMatchObject({ matched: false, by: "none", entry: { id: GENERAL_ID } });
    }
    expect(industryKnowledgeFor({ industryCode: null, industrySubCode: null, industrySegment: null }).entry).toBe(generalIndustryKnowledge());
  });

  it("ignores blanks, whitespace and malformed codes", () => {
    expect(idFor({ industryCode: " 36 " })).toBe("auto-parts");
    expect(idFor({ industryCode: "", industrySubCode: "3670" })).toBe("auto-parts");
    expect(idFor({ industryCode: "3", industrySubCode: "x" })).toBe(GENERAL_ID);
    expect(idFor({ industryCode: "36", industrySegment: "   " })).toBe("auto-parts");
    // A 中类 that is not under the stated 大类 is not used as a 中类.
    expect(industryKnowledgeFor({ industryCode: "30", industrySubCode: "3670" })).toMatchObject({ by: "division", entry: { id: "building-materials" } });
  });

  it("finds entries by id", () => {
    expect(industryKnowledgeById("pharma")?.name["zh-CN"]).toBe("医药");
    expect(industryKnowledgeById("nope")).toBeUndefined();
  });
});
