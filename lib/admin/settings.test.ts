import { describe, expect, it } from "vitest";
import { issuesFromZod } from "@/lib/http/errors";
import { frameAncestors, isFrameableOrigin } from "@/lib/tenants/frame-ancestors";
import { embedOriginsRequest } from "./settings";

function fieldsOf(origins: string[]): string[] {
  const parsed = embedOriginsRequest.safeParse({ origins });
  return parsed.success ? [] : issuesFromZod(parsed.error).map((i) => i.field);
}

describe("embed origins", () => {
  it("refuses each origin a frame-ancestors list cannot carry, naming origins.N (they were stored, then silently dropped)", () => {
    const bad = [
      "https://*.gov.cn",
      "https://a.gov.cn;script-src",
      "https://a.gov.cn'",
      "https://a_b.gov.cn",
      "https://a..cn",
      "https://-a.cn",
      "https://a.cn.",
    ];
    for (const origin of bad) {
      expect(fieldsOf(["https://ok.gov.cn", origin]), origin).toEqual(["origins.1"]);
      expect(frameAncestors([origin]), origin).toBe("frame-ancestors 'none'");
    }
    expect(fieldsOf(["https://a.gov.cn/path", "ftp://a.gov.cn", "https://ok.gov.cn", "https://*.b.cn"])).toEqual(["origins.0", "origins.1", "origins.3"]);
    expect(embedOriginsRequest.safeParse({ origins: ["https://*.gov.cn"] }).error?.issues[0]?.message).toMatch(/no wildcards/);
  });

  it("keeps what browsers send as an origin, normalised, each one carried into frame-ancestors", () => {
    const parsed = embedOriginsRequest.parse({
      origins: ["https://SME.Example.gov.cn:443", "https://例子.中国", "http://localhost:3001", "https://1.2.3.4:8443", " https://a-b.cn "],
    });
    expect(parsed.origins).toEqual([
      "https://sme.example.gov.cn",
      "https://xn--fsqu00a.xn--fiqs8s",
      "http://localhost:3001",
      "https://1.2.3.4:8443",
      "https://a-b.cn",
    ]);
    expect(parsed.origins.every(isFrameableOrigin)).toBe(true);
    expect(frameAncestors(parsed.origins)).toBe(`frame-ancestors ${parsed.origins.join(" ")}`);
  });
});
