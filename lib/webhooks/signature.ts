import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Webhook signatures: `Shuzhen-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, one
 * v1 per secret in use (two for a day after a rotation). A receiver recomputes the HMAC over the raw
 * body with its secret, compares in constant time, and refuses a timestamp older than five minutes.
 */
export const SIGNATURE_HEADER = "Shuzhen-Signature";
export const TOLERANCE_S = 300;

export function signatureOf(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

export function signatureHeader(secrets: readonly string[], timestamp: number, body: string): string {
  return [`t=${timestamp}`, ...secrets.map((s) => `v1=${signatureOf(s, timestamp, body)}`)].join(",");
}

/** What a receiver does (and our tests, as one): true when one v1 matches and the time is recent. */
export function verifySignature(header: string, body: string, secret: string, nowS = Math.floor(Date.now() / 1000)): boolean {
  const parts = header.split(",").map((p) => p.trim().split("=") as [string, string]);
  const t = Number(parts.find(([k]) => k === "t")?.[1]);
  if (!Number.isInteger(t) || Math.abs(nowS - t) > TOLERANCE_S) return false;
  const expected = Buffer.from(signatureOf(secret, t, body), "hex");
  return parts
    .filter(([k, v]) => k === "v1" && typeof v === "string" && /^[0-9a-f]{64}$/.test(v))
    .some(([, v]) => timingSafeEqual(Buffer.from(v, "hex"), expected));
}

/** What a receiver does, in Node.js, as /developers shows it (tested: signature.test.ts runs it). */
export const VERIFY_EXAMPLE = `import { createHmac, timingSafeEqual } from "node:crypto";

// rawBody: the request body exactly as received (a string); header: Shuzhen-Signature
function verify(header, rawBody, secret) {
  const parts = header.split(",").map((p) => p.trim().split("="));
  const t = Number(parts.find(([k]) => k === "t")?.[1]);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > 300) return false;
  const expected = createHmac("sha256", secret).update(\`\${t}.\${rawBody}\`).digest();
  return parts.some(([k, v]) => k === "v1" && /^[0-9a-f]{64}$/.test(v) && timingSafeEqual(Buffer.from(v, "hex"), expected));
}`;
