import { describe, expect, it } from "vitest";
import { INDUSTRIES } from "./industries";
import {
  CLASS_COVERAGE,
  classesOf,
  divisionHasClasses,
  INDUSTRY_CLASSES,
  INDUSTRY_GROUPS,
  INDUSTRY_SYNONYMS,
  industryClassByCode,
  searchIndustries,
} from "./industry-classes";

describe("GB/T 4754-2017 classes we carry", () => {
  it("has every 中类 and 小类 of sections A to R, as the standard counts them", () => {
    const count = (lo: number, hi: number, list: typeof INDUSTRY_CLASSES) => list.filter((c) => Number(c.division) >= lo && Number(c.division) <= hi).length;
    // Manufacturing: 179 中类 and 609 小类. With S (34 小类, 16 中类) and T (1 and 1), left out here as
    // not enterprises, the whole standard has 473 中类 and 1381 小类 (as amended in 2019).
    expect([count(13, 43, INDUSTRY_GROUPS), count(13, 43, INDUSTRY_CLASSES)]).toEqual([179, 609]);
    expect([count(1, 5, INDUSTRY_GROUPS), count(1, 5, INDUSTRY_CLASSES)]).toEqual([24, 72]);
    expect([count(6, 12, INDUSTRY_GROUPS), count(6, 12, INDUSTRY_CLASSES)]).toEqual([19, 39]);
    expect([INDUSTRY_GROUPS.length + 16 + 1, INDUSTRY_CLASSES.length + 34 + 1]).toEqual([473, 1381]);
    for (const d of INDUSTRIES) expect(divisionHasClasses(d.code), d.code).toBe(true);
    expect(CLASS_COVERAGE["zh-CN"]).toContain("门类 A 至 R 的全部 1346 个小类");
  });

  it("nests: every 小类 under a 中类 we carry, every 中类 under a 大类, codes unique and names whole", () => {
    const divisions = new Set(INDUSTRIES.map((d) => d.code));
    const codes = [...INDUSTRY_GROUPS, ...INDUSTRY_CLASSES].map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of INDUSTRY_CLASSES) expect(industryClassByCode(c.code.slice(0, 3)), c.code).toBeDefined();
    for (const g of INDUSTRY_GROUPS) expect(divisions.has(g.division), g.code).toBe(true);
    for (const c of [...INDUSTRY_GROUPS, ...INDUSTRY_CLASSES]) expect(c.zh, c.code).toMatch(/^[\u4e00-\u9fa5（）、，]+$|^三维（3D）打印技术推广服务$/);
    expect(industryClassByCode("3670")?.zh).toBe("汽车零部件及配件制造");
    expect(industryClassByCode("3531")?.zh).toBe("食品、酒、饮料及茶生产专用设备制造");
  });

  it("lists the classes of a division in order", () => {
    expect(classesOf("36").map((c) => c.code)).toEqual(["3611", "3612", "3620", "3630", "3640", "3650", "3660", "3670"]);
    expect(classesOf("65").map((c) => c.code)).toEqual([
      "6511",
      "6512",
      "6513",
      "6519",
      "6520",
      "6531",
      "6532",
      "6540",
      "6550",
      "6560",
      "6571",
      "6572",
      "6579",
      "6591",
      "6599",
    ]);
    expect(divisionHasClasses("91")).toBe(false);
  });

  it("points every common word at codes that exist", () => {
    const divisions = new Set(INDUSTRIES.map((d) => d.code));
    for (const [word, codes] of Object.entries(INDUSTRY_SYNONYMS)) {
      for (const code of codes) expect(code.length === 2 ? divisions.has(code) : industryClassByCode(code) !== undefined, `${word} → ${code}`).toBe(true);
    }
  });
});

describe("industry search", () => {
  it("finds 汽车零部件 by its standard name, first", () => {
    expect(searchIndustries("汽车零部件")[0]).toMatchObject({ code: "3670", zh: "汽车零部件及配件制造" });
  });
  it("finds 冲压 through the common words, with the word that led there", () => {
    const hits = searchIndustries("冲压");
    expect(hits.map((h) => h.code)).toContain("3670");
    expect(hits.find((h) => h.code === "3670")?.via).toBe("冲压");
  });
  it("finds by code prefix and by names in every section", () => {
    expect(searchIndustries("367").map((h) => h.code)).toEqual(["367", "3670", "36"]);
    expect(searchIndustries("软件").map((h) => h.code)).toEqual(expect.arrayContaining(["6513", "651", "65"]));
    expect(searchIndustries("互联网零售")[0]?.code).toBe("5292");
  });
  it("finds nothing for nothing", () => {
    expect(searchIndustries("  ")).toEqual([]);
    expect(searchIndustries("量子引力波")).toEqual([]);
  });
});
