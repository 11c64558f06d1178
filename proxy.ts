import { NextResponse, type NextRequest } from "next/server";
import { frameAncestors } from "@/lib/tenants/frame-ancestors";
import { createPortalCache } from "@/lib/tenants/portal-cache";
import { SITE_HEADER, sitePathOf } from "@/lib/tenants/site-path";

/**
 * Runs before every page. Embed routes may be framed only by their portal's allowed origins
 * (frame-ancestors per tenant); every other route refuses framing (next.config.js). A portal's public
 * pages live under /t/<portal>/… (app/t/[portal], the same pages), told the portal by a header. What
 * a portal is comes from the public embed config route, cached here for 30 s, so a change applies
 * within half a minute. Headers a client sends under our names are dropped first.
 */

const TTL_MS = 30_000;
// Set by npm start / npm run dev. Not the request's Host: a forged one must not fill the cache.
const INTERNAL_URL = process.env.SHUZHEN_INTERNAL_URL ?? `http://127.0.0.1:${process.env.PORT ?? "3000"}`;
const OURS = ["x-shuzhen-embed", "x-shuzhen-embed-lang", SITE_HEADER];

interface Portal {
  exists: boolean;
  platform: boolean;
  origins: string[];
}
// Bounded: any slug a visitor sends is looked up, so unknown ones share a small cache of their own.
const cache = createPortalCache<Portal>({ ttlMs: TTL_MS, maxKnown: 500, maxUnknown: 100 });
const UNKNOWN: Portal = { exists: false, platform: false, origins: [] };

async function portalOf(slug: string): Promise<Portal> {
  const hit = cache.get(slug);
  if (hit) return hit;
  let portal = UNKNOWN;
  try {
    const response = await fetch(`${INTERNAL_URL}/api/embed/${encodeURIComponent(slug)}`, { cache: "no-store" });
    // Only a definite answer is cached: a 503 (database down) must not make a portal unknown for 30 s.
    if (!response.ok && response.status !== 404) return UNKNOWN;
    if (response.ok) {
      const body = (await response.json()) as { origins?: string[]; platform?: boolean };
      portal = { exists: true, platform: body.platform === true, origins: body.origins ?? [] };
    }
  } catch {
    // Unreachable: refuse framing and serve no portal (fail closed), retry on the next request.
    return UNKNOWN;
  }
  cache.set(slug, portal);
  return portal;
}

export async function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  for (const name of OURS) headers.delete(name);
  const path = request.nextUrl.pathname;

  const embed = /^\/embed\/([a-z0-9-]{2,40})(?:\/|$)/.exec(path)?.[1];
  if (embed) {
    headers.set("x-shuzhen-embed", embed);
    headers.set("x-shuzhen-embed-lang", request.nextUrl.searchParams.get("lang") === "en" ? "en" : "zh-CN");
    const response = NextResponse.next({ request: { headers } });
    const portal = await portalOf(embed);
    response.headers.set("Content-Security-Policy", frameAncestors(portal.origins));
    response.headers.set("X-Content-Type-Options", "nosniff");
    response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
    return response;
  }

  const site = sitePathOf(path);
  if (site) {
    const portal = await portalOf(site.slug);
    // The platform's own pages have no prefix (Next makes the Location relative when it can).
    if (portal.platform) {
      const url = request.nextUrl.clone();
      url.pathname = site.page;
      return NextResponse.redirect(url, 308);
    }
    // The pages under /t/[portal] are routes of their own: mark the portal, never rewrite the URL (a
    // rewrite whose host differs from the one Next listens on is proxied over HTTP, losing this header:
    // the page then redirected to itself). An unknown portal gets no mark, and its layout a 404.
    if (portal.exists) headers.set(SITE_HEADER, site.slug);
  }
  return NextResponse.next({ request: { headers } });
}

// Every page (the layout reads our headers), not the API, static files or Next's own assets.
export const config = { matcher: ["/((?!api/|_next/|embed/v1/|favicon\\.ico|icon\\.svg).*)"] };
