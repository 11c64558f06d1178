import { describe, expect, it } from "vitest";
import { allowedHostOrigin, embedRequest, type EmbedConfig } from "./embed";
import { frameAncestors } from "./frame-ancestors";

const config: EmbedConfig = {
  slug: "zhengzhou",
  platform: false,
  name: { "zh-CN": "郑州", en: "Zhengzhou" },
  origins: ["https://sme.zhengzhou.gov.cn", "http://localhost:3001"],
  brand: { primaryColor: null, accentColor: null, logoUrl: null },
};

describe("embed context", () => {
  it("keeps the host origin only when the portal allows it", () => {
    expect(allowedHostOrigin(config, "https://sme.zhengzhou.gov.cn")).toBe("https://sme.zhengzhou.gov.cn");
    expect(allowedHostOrigin(config, "https://evil.example.cn")).toBeNull();
    expect(allowedHostOrigin(config, undefined)).toBeNull();
    expect(allowedHostOrigin(null, "https://sme.zhengzhou.gov.cn")).toBeNull();
  });

  it("reads prefill, language and theme from the loader's query, dropping what is malformed", () => {
    const r = embedRequest(config, {
      origin: "http://localhost:3001",
      lang: "en",
      region: "410105",
      industry: "34",
      name: " 郑州精工 ",
      creditCode: "91350100M000100Y43",
      theme: "#7c2d12",
    });
    expect(r.ctx).toEqual({ tenant: "zhengzhou", origin: "http://localhost:3001", lang: "en" });
    expect(r.prefill).toEqual({
      name: "郑州精工",
      creditCode: "91350100M000100Y43",
      industryCode: "34",
      provinceCode: "41",
      cityCode: "4101",
      districtCode: "410105",
    });
    expect(r.theme).toBe("#7c2d12");
    const bad = embedRequest(config, { lang: "fr", region: "41x", industry: "3", theme: "#ffee00", origin: ["a", "b"] });
    expect(bad.ctx).toEqual({ tenant: "zhengzhou", origin: null, lang: "zh-CN" });
    expect(bad.prefill).toMatchObject({ industryCode: undefined, provinceCode: undefined });
    expect(bad.theme).toBeNull();
  });
});

describe("frameAncestors", () => {
  it("lists the allowed origins, or 'none', and never passes through anything but an origin", () => {
    expect(frameAncestors(["https://a.gov.cn", "http://localhost:3001"])).toBe("frame-ancestors https://a.gov.cn http://localhost:3001");
    expect(frameAncestors([])).toBe("frame-ancestors 'none'");
    expect(frameAncestors(["https://a.gov.cn; script-src *"])).toBe("frame-ancestors 'none'");
  });
});
