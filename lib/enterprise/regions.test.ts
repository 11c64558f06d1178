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
  });

  it("keeps the Chinese names for Chinese readers", () => {
    expect(divisionName("410105")).toBe("金水区");
    expect(listProvinces().find((p) => p.code === "41")?.name).toBe("河南省");
  });

  it("orders a region from small to large in English", () => {
    expect(regionName({ provinceCode: "41", cityCode: "4101", districtCode: "410105" })).toBe("河南省 郑州市 金水区");
    expect(regionName({ provinceCode: "41", cityCode: "4101", districtCode: "410105" }, "en")).toBe("Jinshui District, Zhengzhou, Henan");
    expect(regionName({ provinceCode: "11", cityCode: "1101" }, "en")).toBe("Beijing");
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
  });
});
