import { NextResponse, type NextRequest } from "next/server";
import { frameAncestors } from "@/lib/tenants/frame-ancestors";

/**
 * Embed routes may be framed only by their portal's allowed origins (frame-ancestors per tenant);
 * every other route refuses framing (next.config.js). The origins come from the public embed config
 * route, cached here for 30 s, so a changed list applies within half a minute.
 */

const TTL_MS = 30_000;
// Set by npm start / npm run dev. Not the request's Host: a forged one must not fill the cache.
const INTERNAL_URL = process.env.SHUZHEN_INTERNAL_URL ?? `http://127.0.0.1:${process.env.PORT ?? "3000"}`;
const cache = new Map<string, { origins: string[]; at: number }>();

async function originsOf(slug: string): Promise<string[]> {
  const hit = cache.get(slug);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.origins;
  let origins: string[] = [];
  try {
    const response = await fetch(`${INTERNAL_URL}/api/embed/${encodeURIComponent(slug)}`, { cache: "no-store" });
    if (response.ok) origins = ((await response.json()) as { origins?: string[] }).origins ?? [];
  } catch {
    // Unknown or unreachable: refuse framing (fail closed), retry on the next request.
    return [];
  }
  cache.set(slug, { origins, at: Date.now() });
  return origins;
}

export async function proxy(request: NextRequest) {
  const slug = /^\/embed\/([a-z0-9-]{2,40})(?:\/|$)/.exec(request.nextUrl.pathname)?.[1];
  const headers = new Headers(request.headers);
  headers.set("x-shuzhen-embed", slug ?? "");
  headers.set("x-shuzhen-embed-lang", request.nextUrl.searchParams.get("lang") === "en" ? "en" : "zh-CN");
  const response = NextResponse.next({ request: { headers } });
  const origins = slug ? await originsOf(slug) : [];
  response.headers.set("Content-Security-Policy", frameAncestors(origins));
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  return response;
}

export const config = { matcher: ["/embed/:path*"] };
