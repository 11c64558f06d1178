import "server-only";
import { appUrl, env } from "@/lib/env";

/**
 * Cross-site request forgery: a browser sends our session cookie with a form or a fetch from any other
 * site, so a write authenticated by that cookie must come from our own pages. Browsers say where a
 * request comes from in `Origin` (every POST/PUT/PATCH/DELETE) and `Sec-Fetch-Site`; "ours" is the
 * public origin (APP_URL) or the server's own (SHUZHEN_INTERNAL_URL), never whatever `Host` claims.
 * A resume token (Authorization: Bearer) is not sent by the browser on its own, so needs no check.
 */

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** The origins our own pages are served from. */
export function ownOrigins(): string[] {
  const config = env();
  return [originOf(appUrl(config)), originOf(config.SHUZHEN_INTERNAL_URL)].filter((o): o is string => o !== null);
}

/** Whether a request may act with the session cookie it carries: safe methods always, writes only from our origin. */
export function sameOriginOrSafe(request: Pick<Request, "method" | "headers">, origins: readonly string[] = ownOrigins()): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return true;
  const origin = request.headers.get("origin");
  if (origin !== null) return origins.includes(origin);
  // No Origin (older browsers on same-origin requests): the fetch metadata must say it is ours.
  const site = request.headers.get("sec-fetch-site");
  return site === "same-origin" || site === "none";
}
