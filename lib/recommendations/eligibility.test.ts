import { describe, expect, it } from "vitest";
import { loadPolicyCatalogue, parsePolicies } from "@/db/catalogue/policies";
import { checkRegion as regionExists } from "@/lib/enterprise/regions";
import { capFor, matchPolicy, type FirmFacts } from "./eligibility";

const policies = new Map(loadPolicyCatalogue().map((p) => [p.id, p]));
const policy = (id: string) => {
  const p = policies.get(id);
  if (!p) throw new Error(id);
  return p;
};

/** A small manufacturer in 郑州 金水区, level 1 now, a plan to 二级 spending ¥120k on software and ¥80k on hardware. */
const FIRM: FirmFacts = {
  provinceCode: "41",
  cityCode: "4101",
  districtCode: "410105",
  industryCode: "36",
  industrySegment: "汽车零部件及配件",
  sizeClass: "small",
  aboveScale: true,
  levelNow: 1,
  levelAfter: 2,
  spend: { software: 120_000, hardware: 80_000 },
  today: "2026-11-29",
};
const firm = (over: Partial<FirmFacts>): FirmFacts => ({ ...FIRM, ...over });
const statusOf = (id: string, f: FirmFacts, condition: string) => matchPolicy(policy(id), f).checks.find((c) => c.condition === condition)?.status;

describe("policy data", () => {
  it("uses region codes that exist", () => {
    for (const p of policies.values()) {
      const r = p.region.value;
      if (!r?.provinceCode) continue;
      for (const city of r.cityCodes ?? []) expect(regionExists({ provinceCode: r.provinceCode, cityCode: city }), `${p.id} ${city}`).toBeNull();
    }
  });

  it("rejects a malformed policy with its id and field", () => {
    const broken = structuredClone([policy("zhongshan-2024-5")]) as unknown as { percent: { value: number } }[];
    broken[0]!.percent.value = 140;
    expect(() => parsePolicies(broken)).toThrow(/policy zhongshan-2024-5: percent\.value/);
  });
});

describe("eligibility against each seeded real policy", () => {
  it.each([
    ["hz-xiaoshan-2024-pilot-projects", { provinceCode: "33", cityCode: "3301", districtCode: "330109", industrySegment: "汽车零部件" }],
    ["zhongshan-2024-5", { provinceCode: "44", cityCode: "4420", districtCode: null }],
    ["gd-provincial-pilots", { provinceCode: "44", cityCode: "4406", districtCode: null }],
    ["foshan-2026-rules", { provinceCode: "44", cityCode: "4406", districtCode: null }],
    ["changzhi-2025-118", { provinceCode: "14", cityCode: "1404", districtCode: null }],
    ["zhengzhou-2024-10", { provinceCode: "41", cityCode: "4101", districtCode: null }],
    ["hohhot-2025", { provinceCode: "15", cityCode: "1501", districtCode: null, industrySegment: "新材料制造" }],
    ["fuzhou-2024", { provinceCode: "35", cityCode: "3501", districtCode: null, industrySegment: "汽车零部件及配件" }],
  ] as const)("%s: in its region the region is met; elsewhere not eligible", (id, inRegion) => {
    expect(statusOf(id, firm(inRegion), "region")).toBe("met");
    const outside = matchPolicy(policy(id), firm({ provinceCode: "11", cityCode: "1101", districtCode: "110101" }));
    expect(outside.verdict).toBe("not_eligible");
    expect(outside.checks.find((c) => c.condition === "region")?.clause?.quote.length).toBeGreaterThan(0);
  });

  it("keeps what the sources leave unknown unknown: possibly eligible, never eligible by guess", () => {
    const m = matchPolicy(policy("zhengzhou-2024-10"), FIRM);
    expect(m.verdict).toBe("possibly_eligible");
    expect(m.missing).toContain("source");
    expect(m.subsidy).toEqual({ eligibleSpend: null, percent: null, capYuan: null, amountYuan: null, upToYuan: null, itemIds: null, itemRule: null });
  });

  it("level below the policy's level after: not eligible; at or above: the level condition is met", () => {
    for (const id of ["hz-xiaoshan-2024-pilot-projects", "zhongshan-2024-5", "gd-provincial-pilots", "demo-zhengzhou-transformation"]) {
      expect(statusOf(id, firm({ levelAfter: 1 }), "levelAfter"), id).toBe("unmet");
      expect(statusOf(id, firm({ levelAfter: 2 }), "levelAfter"), id).toBe("met");
    }
    expect(statusOf("demo-zhengzhou-transformation", firm({ levelNow: 2, levelAfter: 3 }), "levelBefore")).toBe("unmet");
  });

  it("missing revenue (no size class) → possibly eligible, naming the fact", () => {
    const m = matchPolicy(
      policy("hz-xiaoshan-2024-pilot-projects"),
      firm({ provinceCode: "33", cityCode: "3301", districtCode: "330109", industrySegment: "汽车零部件", sizeClass: null }),
    );
    expect(m.verdict).toBe("possibly_eligible");
    expect(m.missing).toContain("sizeClass");
    expect(m.checks.find((c) => c.condition === "sizeClasses")?.reason["zh-CN"]).toContain("营业收入");
  });

  it("a segment-only industry list asks for the firm's 细分行业", () => {
    const m = matchPolicy(policy("zhengzhou-2024-10"), firm({ industrySegment: null }));
    expect(m.missing).toContain("industrySegment");
    expect(statusOf("zhengzhou-2024-10", firm({ industrySegment: "铝基新材料" }), "industries")).toBe("met");
    expect(statusOf("zhengzhou-2024-10", firm({ industrySegment: "食品加工" }), "industries")).toBe("unmet");
  });

  it("an expired window makes a policy not eligible", () => {
    const open = firm({ provinceCode: "44", cityCode: "4420", districtCode: null, today: "2026-12-31" });
    expect(statusOf("zhongshan-2024-5", open, "window")).toBe("met");
    const closed = matchPolicy(policy("zhongshan-2024-5"), { ...open, today: "2027-01-01" });
    expect(closed.verdict).toBe("not_eligible");
    expect(closed.checks.find((c) => c.condition === "window")?.reason["zh-CN"]).toContain("2026-12-31");
  });
});

describe("amounts", () => {
  it("tiered caps follow the level reached", () => {
    const cap = policy("zhongshan-2024-5").cap.value;
    expect([1, 2, 3, 4].map((l) => capFor(cap, l))).toEqual([0, 300_000, 600_000, 1_000_000]);
    expect(capFor({ kind: "flat", yuan: 100_000 }, 2)).toBe(100_000);
    expect(capFor(null, 3)).toBeNull();
  });

  it("a known cap without a percentage gives an 'up to' amount", () => {
    const m = matchPolicy(policy("zhongshan-2024-5"), firm({ provinceCode: "44", cityCode: "4420", districtCode: null, levelAfter: 3 }));
    expect(m.subsidy).toMatchObject({ amountYuan: null, upToYuan: 600_000 });
  });

  it("min(percentage × eligible spend, cap): the 郑州 demo policy", () => {
    const m = matchPolicy(policy("demo-zhengzhou-transformation"), FIRM);
    expect(m.verdict).toBe("eligible");
    expect(m.subsidy).toMatchObject({ eligibleSpend: 200_000, percent: 30, capYuan: 200_000, amountYuan: 60_000 });
    const big = matchPolicy(policy("demo-zhengzhou-transformation"), firm({ spend: { software: 900_000 } }));
    expect(big.subsidy?.amountYuan).toBe(200_000);
  });

  it("counts only the cost types a policy covers (太原 demo: software and cloud)", () => {
    const m = matchPolicy(
      policy("demo-taiyuan-xkqz"),
      firm({ provinceCode: "14", cityCode: "1401", districtCode: null, spend: { software: 60_000, cloud: 20_000, hardware: 500_000 } }),
    );
    expect(m.verdict).toBe("eligible");
    expect(m.subsidy).toMatchObject({ eligibleSpend: 80_000, amountYuan: 40_000 });
    const notAbove = matchPolicy(policy("demo-taiyuan-xkqz"), firm({ provinceCode: "14", cityCode: "1401", districtCode: null, aboveScale: false }));
    expect(notAbove.verdict).toBe("not_eligible");
  });

  it("gives 专精特新 points for the level reached", () => {
    expect(matchPolicy(policy("national-zjtx-digital-level"), firm({ levelAfter: 3 })).points).toBe(5);
    expect(matchPolicy(policy("national-zjtx-digital-level"), firm({ levelAfter: 2 })).verdict).toBe("eligible");
  });
});

describe("strict industry checks against pilot segments", () => {
  const zz = { provinceCode: "41", cityCode: "4101", districtCode: "410105" };
  const industry = (f: Partial<FirmFacts>) => matchPolicy(policy("zhengzhou-2024-10"), firm({ ...zz, ...f })).checks.find((c) => c.condition === "industries")!;

  it("in a named segment, chosen or by its class: met", () => {
    expect(industry({ industryCode: "36", industrySegment: "汽车零部件及配件" }).status).toBe("met");
    const byClass = industry({ industryCode: "36", industrySubCode: "3670", industrySegment: null });
    expect(byClass.status).toBe("met");
    expect(byClass.reason["zh-CN"]).toContain("汽车零部件及配件");
  });

  it("outside every named segment: not eligible, with the reason", () => {
    const software = matchPolicy(policy("zhengzhou-2024-10"), firm({ ...zz, industryCode: "65", industrySegment: null }));
    expect(software.verdict).toBe("not_eligible");
    const check = software.checks.find((c) => c.condition === "industries")!;
    expect(check.status).toBe("unmet");
    expect(check.reason["zh-CN"]).toContain("不属于政策列明的试点细分行业");
    expect(industry({ industryCode: "36", industrySubCode: "3612", industrySegment: null }).status).toBe("unmet");
    expect(industry({ industryCode: "13", industrySubCode: "1311", industrySegment: null }).status).toBe("unmet");
    const otherSegment = industry({ industryCode: "17", industrySegment: "纺织服装加工" });
    expect(otherSegment.status).toBe("unmet");
    expect(otherSegment.reason["zh-CN"]).toContain("纺织服装加工");
  });

  it("possibly in one and not said: to confirm, naming the segments", () => {
    const machinery = industry({ industryCode: "34", industrySubCode: "3421", industrySegment: null });
    expect(machinery.status).toBe("unknown");
    expect(machinery.missing).toBe("industrySegment");
    expect(industry({ industryCode: "36", industrySegment: null }).status).toBe("unknown");
  });

  it("in segment, the verdict rests on the other terms: eligible or to confirm, never not eligible", () => {
    const inSegment = matchPolicy(policy("zhengzhou-2024-10"), firm({ ...zz, industryCode: "36", industrySubCode: "3670", industrySegment: null }));
    expect(inSegment.checks.find((c) => c.condition === "industries")?.status).toBe("met");
    expect(["eligible", "possibly_eligible"]).toContain(inSegment.verdict);
  });
});

describe("subsidy rules as the pilots write them", () => {
  const items = [
    { id: "xkqz-cloud", costType: "cloud" as const, yuan: 30_000, xiaokuaiqingzhun: true, provider: "yunqi" },
    { id: "big-software", costType: "software" as const, yuan: 100_000, xiaokuaiqingzhun: false, provider: "hengzhun" },
    { id: "gateway", costType: "hardware" as const, yuan: 50_000, xiaokuaiqingzhun: true, provider: "lianchuang" },
  ];
  const taiyuanFirm = firm({
    provinceCode: "14",
    cityCode: "1401",
    districtCode: null,
    industrySegment: null,
    spend: { cloud: 30_000, software: 100_000, hardware: 50_000 },
    items,
  });

  it("counts only eligible items: 太原 funds 小快轻准 software and cloud subscriptions, not other software nor hardware", () => {
    const m = matchPolicy(policy("demo-taiyuan-xkqz"), taiyuanFirm);
    expect(m.subsidy?.itemIds).toEqual(["xkqz-cloud"]);
    expect(m.subsidy?.eligibleSpend).toBe(30_000);
    expect(m.subsidy?.amountYuan).toBe(15_000); // 50 %, under the 10万 cap
    expect(m.subsidy?.itemRule?.["zh-CN"]).toContain("小快轻准");
    // Without the item rule the same cost types would count the big software too.
    expect(matchPolicy({ ...policy("demo-taiyuan-xkqz"), eligibleItems: { value: null, clause: null } }, taiyuanFirm).subsidy?.eligibleSpend).toBe(130_000);
    // Listed providers only (a city's 资源池).
    const pool = { ...policy("demo-taiyuan-xkqz"), eligibleItems: { value: { xiaokuaiqingzhunOnly: false, providers: ["hengzhun"] }, clause: null } };
    expect(matchPolicy(pool, taiyuanFirm).subsidy?.itemIds).toEqual(["big-software"]);
  });

  it("asks about exclusions instead of assuming: 萧山 excludes 小巨人 and the 2022 pilot firms", () => {
    const xiaoshan = policy("hz-xiaoshan-2024-pilot-projects");
    expect(xiaoshan.exclusions.length).toBe(2);
    const m = matchPolicy(xiaoshan, firm({ provinceCode: "33", cityCode: "3301", districtCode: "330109" }));
    const check = m.checks.find((c) => c.condition === "exclusions");
    expect(check).toMatchObject({ status: "unknown", missing: "exclusions" });
    expect(check?.reason["zh-CN"]).toContain("小巨人");
    expect(m.verdict).not.toBe("eligible");
    expect(m.missing).toContain("exclusions");
  });

  it("says when the money comes after acceptance (先建后补), with the clause", () => {
    const m = matchPolicy(policy("demo-zhengzhou-transformation"), firm({}));
    expect(m.payment?.value).toBe("after_acceptance");
    expect(m.payment?.clause?.quote).toContain("先建后补");
    expect(matchPolicy(policy("zhengzhou-2024-10"), firm({})).payment).toBeNull(); // the source does not say
  });

  it("warns when the window closes before the plan can be finished, and not otherwise", () => {
    const late = matchPolicy(policy("demo-zhengzhou-transformation"), firm({ today: "2027-05-01", finishBy: "2027-08-21" }));
    expect(late.checks.find((c) => c.condition === "window")?.status).toBe("met");
    expect(late.warnings).toHaveLength(1);
    expect(late.warnings[0]!["zh-CN"]).toContain("2027-06-30");
    expect(matchPolicy(policy("demo-zhengzhou-transformation"), firm({ today: "2027-05-01", finishBy: "2027-06-30" })).warnings).toEqual([]);
  });
});

describe("criteria on a reference level", () => {
  it("gives the 专精特新 digital criterion no points and no verdict on a reference level", () => {
    const official = matchPolicy(policy("national-zjtx-digital-level"), firm({ levelAfter: 2 }));
    expect(official.points).toBe(3);
    const reference = matchPolicy(policy("national-zjtx-digital-level"), firm({ levelAfter: 3, levelIsReference: true }));
    expect(reference.points).toBeNull();
    expect(reference.verdict).not.toBe("eligible");
    expect(reference.checks.find((c) => c.condition === "levelAfter")?.reason["zh-CN"]).toContain("参考等级");
  });
});
