import { describe, expect, it } from "vitest";
import { loadPolicyCatalogue } from "@/db/catalogue/policies";
import { policiesForPlace } from "./portal-policies";

const policies = loadPolicyCatalogue();

describe("policiesForPlace: what a portal's home page lists", () => {
  it("lists the city's own policies and national ones, real before demo, subsidies before criteria", () => {
    const zz = policiesForPlace(policies, { provinceCode: "41", cityCode: "4101" }, "2026-11-30");
    expect(zz.map((p) => p.id)).toEqual(["zhengzhou-2024-10", "national-zjtx-digital-level", "demo-zhengzhou-transformation"]);
    // A tiered cap shows its highest tier ("up to").
    const demo = zz.find((p) => p.id === "demo-zhengzhou-transformation")!;
    expect(demo).toMatchObject({ demo: true, kind: "subsidy", percent: 30, capYuan: 600_000, until: "2027-06-30" });
  });

  it("leaves out other cities, other provinces and policies whose window has closed", () => {
    const zhongshan = policiesForPlace(policies, { provinceCode: "44", cityCode: "4420" }, "2026-11-30").map((p) => p.id);
    expect(zhongshan).toEqual(expect.arrayContaining(["zhongshan-2024-5", "gd-provincial-pilots"]));
    expect(zhongshan).not.toContain("foshan-2026-rules");
    expect(zhongshan).not.toContain("zhengzhou-2024-10");
    const later = policiesForPlace(policies, { provinceCode: "44", cityCode: "4420" }, "2027-01-01").map((p) => p.id);
    expect(later).not.toContain("zhongshan-2024-5");
    expect(later).toContain("national-zjtx-digital-level");
  });
});
