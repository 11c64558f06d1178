import { describe, expect, it } from "vitest";
import { portalOfPath, sitePath, sitePathOf } from "./site-path";

describe("portal page paths", () => {
  it("maps /t/<portal>/… to the public page it asks for, and nothing else", () => {
    expect(sitePathOf("/t/zhengzhou")).toEqual({ slug: "zhengzhou", page: "/" });
    expect(sitePathOf("/t/zhengzhou/")).toEqual({ slug: "zhengzhou", page: "/" });
    expect(sitePathOf("/t/zhengzhou/assess")).toEqual({ slug: "zhengzhou", page: "/assess" });
    expect(sitePathOf("/t/zhengzhou/assess/abc/result/")).toEqual({ slug: "zhengzhou", page: "/assess/abc/result" });
    expect(sitePathOf("/t/zhengzhou/policies/zhengzhou-2024-10")).toEqual({ slug: "zhengzhou", page: "/policies/zhengzhou-2024-10" });
    for (const path of ["/t/zhengzhou/admin", "/t/zhengzhou/api/health", "/t/zhengzhou/policies", "/t/Zhengzhou", "/t/x", "/assess", "/tx/zhengzhou"]) {
      expect(sitePathOf(path), path).toBeNull();
    }
  });

  it("builds a page's path under a portal and reads the portal back", () => {
    expect(sitePath("taiyuan", "/")).toBe("/t/taiyuan");
    expect(sitePath("taiyuan", "/assess/abc")).toBe("/t/taiyuan/assess/abc");
    expect(sitePath(null, "/assess/abc")).toBe("/assess/abc");
    expect(portalOfPath("/t/taiyuan/assess/abc")).toBe("taiyuan");
    expect(portalOfPath("/t/taiyuan")).toBe("taiyuan");
    expect(portalOfPath("/embed/taiyuan/a/abc")).toBeNull();
    expect(portalOfPath("/assess/abc")).toBeNull();
  });
});
