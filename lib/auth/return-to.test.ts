import { describe, expect, it } from "vitest";
import { returnToQuery, safeReturnTo } from "./return-to";

describe("safeReturnTo", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeReturnTo("/assess/0b4c/result")).toBe("/assess/0b4c/result");
    expect(safeReturnTo("/t/zhengzhou/assess?lang=en")).toBe("/t/zhengzhou/assess?lang=en");
    expect(safeReturnTo("/")).toBe("/");
  });

  it("refuses other hosts, schemes and odd characters", () => {
    for (const bad of [
      "//evil.example",
      "/\\evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "evil",
      "",
      "/a b",
      "/a\nb",
      "/a\tb",
      undefined,
      null,
      42,
    ])
      expect(safeReturnTo(bad), String(bad)).toBeUndefined();
    expect(safeReturnTo("/" + "a".repeat(1000))).toBeUndefined();
  });

  it("builds the query only for a safe path", () => {
    expect(returnToQuery("/assess/x/result")).toBe("?returnTo=%2Fassess%2Fx%2Fresult");
    expect(returnToQuery("/x", "&")).toBe("&returnTo=%2Fx");
    expect(returnToQuery("//evil")).toBe("");
  });
});
