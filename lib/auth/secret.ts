import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * The key that signs session tokens: AUTH_SECRET, or one generated on first use and kept in
 * .data/auth-secret (readable by this user only), so that a fresh machine needs no configuration and
 * sessions survive restarts. Several app servers must share AUTH_SECRET instead.
 */
export const SECRET_FILE = path.join(process.cwd(), ".data", "auth-secret");

let cached: string | undefined;

export function authSecret(): string {
  if (cached) return cached;
  const configured = env().AUTH_SECRET;
  if (configured) return (cached = configured);
  if (existsSync(SECRET_FILE)) return (cached = readFileSync(SECRET_FILE, "utf8").trim());
  mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(SECRET_FILE, secret, { mode: 0o600, flag: "wx" });
  return (cached = secret);
}
