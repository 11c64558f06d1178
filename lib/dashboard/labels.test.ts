import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { dashboardLabels, pageFilters } from "./labels";

describe("the dashboard page's filters: the API's parser", () => {
  it("applies valid filters and ignores the page's own ?lang", () => {
    expect(pageFilters({ lang: "en", district: "410105", size: "small", segment: "" }, "zh-CN")).toEqual({
      filters: { district: "410105", size: "small" },
      rejected: [],
    });
  });

  it("names a filter the API would refuse, in the reader's language, instead of dropping it silently", () => {
    const bad = pageFilters({ from: "2024-13-45", district: "410105" }, "zh-CN");
    expect(bad.filters).toEqual({});
    expect(bad.rejected.map((i) => i.field)).toEqual(["from"]);
    expect(pageFilters({ surprise: "1" }, "en").rejected.map((i) => i.field)).toEqual(["surprise"]);
  });
});

describe("dashboard labels", () => {
  it("names codes in the reader's language", () => {
    const zh = dashboardLabels("zh-CN", translator("zh-CN"));
    expect(zh.district("410105")).toBe("金水区");
    expect(zh.size("small")).not.toBe("small");
    expect(zh.question("NOPE")).toBe("NOPE");
    const en = dashboardLabels("en", translator("en"));
    expect(en.template("miit-2024-manufacturing")).toMatch(/[A-Za-z]/);
  });
});
