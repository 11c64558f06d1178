import { describe, expect, it } from "vitest";
import { createHmac, timingSafeEqual } from "node:crypto";
import { signatureHeader, signatureOf, VERIFY_EXAMPLE, verifySignature } from "./signature";

describe("webhook signatures", () => {
  const body = JSON.stringify({ id: "e1", type: "report.ready" });
  const now = 1_800_000_000;
  it("verifies with the secret, refuses another secret, another body or an old timestamp", () => {
    const header = signatureHeader(["whsec_a"], now, body);
    expect(verifySignature(header, body, "whsec_a", now)).toBe(true);
    expect(verifySignature(header, body, "whsec_b", now)).toBe(false);
    expect(verifySignature(header, `${body} `, "whsec_a", now)).toBe(false);
    expect(verifySignature(header, body, "whsec_a", now + 301)).toBe(false);
    expect(verifySignature("t=abc,v1=zz", body, "whsec_a", now)).toBe(false);
  });
  it("signs with both secrets during a rotation: either verifies", () => {
    const header = signatureHeader(["whsec_new", "whsec_old"], now, body);
    expect(verifySignature(header, body, "whsec_new", now)).toBe(true);
    expect(verifySignature(header, body, "whsec_old", now)).toBe(true);
  });
  it("is HMAC-SHA256 over timestamp, a dot and the raw body", () => {
    // Known answer computed independently: printf '1800000000.{}' | openssl dgst -sha256 -hmac k
    expect(signatureOf("k", now, "{}")).toBe("cdd93e246b17200236861b3061e5be1099fa09298de6cebf58e528db933f5c62");
  });
});

describe("the verification example on /developers", () => {
  it("works as written", () => {
    const source = `${VERIFY_EXAMPLE.replace(/^import .*$/m, "")}\nreturn verify;`;
    const verify = new Function("createHmac", "timingSafeEqual", source)(createHmac, timingSafeEqual) as (h: string, b: string, s: string) => boolean;
    const body = '{"id":"e1","type":"report.ready"}';
    const now = Math.floor(Date.now() / 1000);
    expect(verify(signatureHeader(["whsec_x", "whsec_old"], now, body), body, "whsec_x")).toBe(true);
    expect(verify(signatureHeader(["whsec_x"], now, body), body, "whsec_y")).toBe(false);
    expect(verify(signatureHeader(["whsec_x"], now - 600, body), body, "whsec_x")).toBe(false);
  });
});
