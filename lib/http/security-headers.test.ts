import { buildCustomRoute } from "next/dist/lib/build-custom-route";
import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config.js";
import { DOWNLOAD_CSP, fileResponse } from "./download";

/**
 * next.config.js headers() replace a route's own header of the same name: its global
 * `frame-ancestors 'none'` replaced the downloads' sandbox CSP. The rules are matched here the way
 * `next build` compiles them (buildCustomRoute).
 */
async function headersFor(pathname: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const rule of (await nextConfig.headers?.()) ?? []) {
    const { regex } = buildCustomRoute("header", rule);
    if (new RegExp(regex).test(pathname)) for (const h of rule.headers) out[h.key] = h.value;
  }
  return out;
}

const ID = "0b8e1a52-3c1e-4a53-9a57-7d7b2f0d3c11";

describe("security headers of next.config.js", () => {
  it("leave the downloads' own CSP in place (sandbox), still refusing framing", async () => {
    for (const path of [`/api/assessments/${ID}/evidence/${ID}`, `/api/assessments/${ID}/report/pdf`, `/api/exports/${ID}/download`]) {
      const headers = await headersFor(path);
      expect(headers["Content-Security-Policy"], path).toBeUndefined();
      expect(headers).toMatchObject({ "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff" });
    }
    const response = fileResponse(Buffer.from("%PDF-"), "application/pdf", "证据.pdf", "evidence");
    expect(response.headers.get("Content-Security-Policy")).toBe(DOWNLOAD_CSP);
    expect(DOWNLOAD_CSP).toMatch(/^sandbox;.*frame-ancestors 'none'/);
  });

  it("send frame-ancestors 'none' on every other route but the embed routes", async () => {
    for (const path of [
      "/",
      "/signin",
      `/assess/${ID}/report`,
      `/api/assessments/${ID}/evidence`,
      `/api/assessments/${ID}/report`,
      `/api/exports/${ID}`,
      `/t/zhengzhou/assess`,
      "/admin/zhengzhou/dashboard",
    ]) {
      expect((await headersFor(path))["Content-Security-Policy"], path).toBe("frame-ancestors 'none'");
    }
    expect(await headersFor("/embed/zhengzhou")).toEqual({});
  });
});
