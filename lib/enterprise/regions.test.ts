import { describe, expect, it } from "vitest";
import { divisionName, firmRegion, listCities, listDistricts, listProvinces, regionName } from "./regions";
import { PILOT_SEGMENTS, segmentName } from "./segments";

const ENGLISH = /^[A-Za-z][A-Za-z' ,()-]*$/;
const latin = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");

describe("division names in English", () => {
  const all = listProvinces("en").flatMap((p) => [p, ...listCities(p.code, "en").flatMap((c) => [c, ...listDistricts(c.code, "en")])]);

  it("names every province, city and district in Latin letters", () => {
    expect(all.length).toBeGreaterThan(3000);
    const bad = all.filter((d) => !ENGLISH.test(latin(d.name)));
    expect(bad).toEqual([]);
  });

  it("uses the usual English for provinces and prefectures named from other languages", () => {
    expect(divisionName("15", "en")).toBe("Inner Mongolia");
    expect(divisionName("61", "en")).toBe("Shaanxi");
    expect(divisionName("14", "en")).toBe("Shanxi");
    expect(divisionName("1501", "en")).toBe("Hohhot");
    expect(divisionName("6501", "en")).toBe("Urumqi");
    expect(divisionName("5132", "en")).toBe("Ngawa Tibetan and Qiang Autonomous Prefecture");
    // A municipality's one city entry is the municipality.
    expect(divisionName("1101", "en")).toBe("Beijing");
  });

  it("writes pinyin with the generic part translated, apostrophes and place readings", () => {
    expect(divisionName("4101", "en")).toBe("Zhengzhou");
    expect(divisionName("410105", "en")).toBe("Jinshui District");
    expect(divisionName("410104", "en")).toBe("Guancheng Hui District");
    expect(divisionName("410122", "en")).toBe("Zhongmou County");
    expect(divisionName("410182", "en")).toBe("Xingyang City");
    expect(divisionName("410171", "en")).toBe("Zhengzhou Economic and Technological Development Zone");
    expect(divisionName("6101", "en")).toBe("Xi'an");
    expect(divisionName("3415", "en")).toBe("Lu'an");
    expect(divisionName("3502", "en")).toBe("Xiamen");
    // 园区 ends a district's name without making it a park (codes 71–80 are the functional zones).
    expect(divisionName("130706", "en")).toBe("Xiahuayuan District");
    expect(divisionName("130272", "en")).toBe("Tangshan Hangu Administrative Zone");
    // 都 reads du in place names, 蚌 beng; some names are read another way or known in English.
    expect(divisionName("440114", "en")).toBe("Huadu District");
    expect(divisionName("510114", "en")).toBe("Xindu District");
    expect(divisionName("421303", "en")).toBe("Zengdu District");
    expect(divisionName("340303", "en")).toBe("Bengshan District");
    expect(divisionName("320116", "en")).toBe("Luhe District");
    expect(divisionName("510682", "en")).toBe("Shifang City");
    expect(divisionName("2301", "en")).toBe("Harbin");
    // An ending that is part of the name: 碑林 and 清新 are districts, not a forestry district or a new area.
    expect(divisionName("610103", "en")).toBe("Beilin District");
    expect(divisionName("441803", "en")).toBe("Qingxin District");
    expect(divisionName("429021", "en")).toBe("Shennongjia Forestry District");
    expect(divisionName("310115", "en")).toBe("Pudong New Area");
    expect(divisionName("371471", "en")).toBe("Dezhou Tianqu New Area");
    // 兴安 is Hinggan for the league only.
    expect(divisionName("1522", "en")).toBe("Hinggan League");
    expect(divisionName("450325", "en")).toBe("Xing'an County");
    // Banners, scenic areas, zones: their words translated.
    expect(divisionName("150521", "en")).toBe("Horqin Left Middle Banner");
    expect(divisionName("140971", "en")).toBe("Wutaishan Scenic Area");
    expect(divisionName("341271", "en")).toBe("Fuyang Hefei Modern Industry Park");
    expect(divisionName("632857", "en")).toBe("Dachaidan Administrative Committee");
  });

  it("tells 重庆's districts from its counties", () => {
    expect(listCities("50").map((c) => c.name)).toEqual(["重庆市", "重庆市（县）"]);
    expect(listCities("50", "en").map((c) => c.name)).toEqual(["Chongqing", "Chongqing (counties)"]);
  });

  it("keeps the Chinese names for Chinese readers", () => {
    expect(divisionName("410105")).toBe("金水区");
    expect(listProvinces().find((p) => p.code === "41")?.name).toBe("河南省");
  });

  it("orders a region from small to large in English", () => {
    expect(regionName({ provinceCode: "41", cityCode: "4101", districtCode: "410105" })).toBe("河南省 郑州市 金水区");
    expect(regionName({ provinceCode: "41", cityCode: "4101", districtCode: "410105" }, "en")).toBe("Jinshui District, Zhengzhou, Henan");
    expect(regionName({ provinceCode: "11", cityCode: "1101" }, "en")).toBe("Beijing");
    expect(regionName({ provinceCode: "50", cityCode: "5002", districtCode: "500229" })).toBe("重庆市 城口县");
    expect(regionName({ provinceCode: "50", cityCode: "5002", districtCode: "500229" }, "en")).toBe("Chengkou County, Chongqing");
  });

  it("falls back to the stored name for a firm without codes", () => {
    expect(firmRegion({ provinceCode: null, cityCode: null, districtCode: null, regionName: "河南省郑州市" }, "en")).toBe("河南省郑州市");
    expect(firmRegion({ provinceCode: "41", cityCode: "4101", districtCode: null, regionName: "河南省 郑州市" }, "en")).toBe("Zhengzhou, Henan");
  });
});

describe("segment names", () => {
  it("has an English name for every pilot segment and keeps unknown names as written", () => {
    for (const s of PILOT_SEGMENTS) expect(segmentName(s.name, "en")).toMatch(/^[A-Za-z][A-Za-z ,.()-]*$/);
    expect(segmentName("汽车零部件及配件", "zh-CN")).toBe("汽车零部件及配件");
    expect(segmentName("汽车零部件及配件", "en")).toBe("Auto parts and accessories");
    expect(segmentName("某市自定细分行业", "en")).toBe("某市自定细分行业");
    expect(segmentName("新材料（合成）", "en")).toBe("New materials (synthetic)");
    expect(segmentName("新材料（合成）", "zh-CN")).toBe("新材料（合成）");
  });
});
