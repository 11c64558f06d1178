import { describe, expect, it } from "vitest";
import { loadPolicyCatalogue } from "@/db/catalogue/policies";
import { pilotSegment, segmentFit, segmentsOfClass, unknownSegmentCodes } from "./segments";

describe("pilot segments and the codes they cover (our reading)", () => {
  it("has a reading for every segment a policy names, with codes that exist", () => {
    for (const p of loadPolicyCatalogue()) for (const name of p.industries.value?.segments ?? []) expect(pilotSegment(name), `${p.id}: ${name}`).toBeDefined();
    expect(unknownSegmentCodes()).toEqual([]);
  });

  it("places classes in, maybe or out of a segment", () => {
    const parts = pilotSegment("汽车零部件及配件")!;
    expect(segmentFit(parts, "3670")).toBe("in");
    expect(segmentFit(parts, "36")).toBe("maybe");
    expect(segmentFit(parts, "3612")).toBe("out");
    expect(segmentFit(parts, "65")).toBe("out");
    const refractory = pilotSegment("新型耐火材料")!;
    expect(segmentFit(refractory, "3089")).toBe("in");
    expect(segmentFit(refractory, "3011")).toBe("out");
    const equipment = pilotSegment("新型高端装备")!;
    expect(segmentFit(equipment, "3421")).toBe("maybe");
    expect(segmentFit(equipment, "1311")).toBe("out");
    expect(segmentFit(pilotSegment("纺织服装加工")!, "17")).toBe("in");
  });

  it("preselects the segments a class is surely in", () => {
    expect(segmentsOfClass(["汽车零部件及配件", "新型高端装备", "新型耐火材料", "铝基新材料"], "3670")).toEqual(["汽车零部件及配件"]);
    expect(segmentsOfClass(["汽车零部件及配件", "新型高端装备"], "3421")).toEqual([]);
  });
});
