import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "./secret";

/**
 * Secrets the server must read again later (a webhook's signing secret, a create's answer kept for
 * an idempotent replay with the resume token in it) are kept sealed: AES-256-GCM under a key derived
 * from AUTH_SECRET for one purpose, so a copy of the database alone reveals none of them. Changing
 * AUTH_SECRET makes them unreadable (webhook secrets must then be rotated).
 */

export type SealPurpose = "webhook-secret" | "api-idempotency";

const keys = new Map<SealPurpose, Buffer>();

function keyFor(purpose: SealPurpose): Buffer {
  let key = keys.get(purpose);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", authSecret(), "shuzhen-sealed", purpose, 32));
    keys.set(purpose, key);
  }
  return key;
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
export function seal(plain: string, purpose: SealPurpose): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(purpose), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

/** The plain text, or null when the value was not sealed with this server's key for this purpose. */
export function unseal(sealed: string, purpose: SealPurpose): string | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
