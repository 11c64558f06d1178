import { createHash, randomBytes } from "node:crypto";

/** Resume links carry a 256-bit secret; only its hash is stored. */
export function newResumeToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Days a resume link stays valid after the last activity. */
export const RESUME_TOKEN_DAYS = 90;
