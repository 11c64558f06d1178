/**
 * A portal's public pages: /t/<portal>/… serves our public pages (home, start, questionnaire, result,
 * report, policies) under the portal's brand. Pure, shared by proxy.ts, pages and links.
 */

export const SITE_HEADER = "x-shuzhen-site";

const PUBLIC_PAGE = /^\/(?:assess(?:\/.*)?|policies\/[^/]+)?$/;
const UNDER_PORTAL = /^\/t\/([a-z0-9-]{2,40})(\/.*)?$/;

/** The portal and the page a /t/<portal>/… path asks for, or null when it is not one. */
export function sitePathOf(pathname: string): { slug: string; page: string } | null {
  const m = UNDER_PORTAL.exec(pathname);
  if (!m) return null;
  const page = m[2] && m[2] !== "/" ? m[2].replace(/\/$/, "") : "/";
  return PUBLIC_PAGE.test(page) ? { slug: m[1]!, page } : null;
}

/** A public page's path under a portal (or as is, for the platform's own site). */
export function sitePath(slug: string | null, page: string): string {
  if (!slug) return page;
  return page === "/" ? `/t/${slug}` : `/t/${slug}${page}`;
}

/** The portal a browser path is under, or null (the platform's own pages, embed routes). */
export function portalOfPath(pathname: string): string | null {
  return UNDER_PORTAL.exec(pathname)?.[1] ?? null;
}

/** In the browser: a public page's path under the portal the current page is under, if any. */
export function inCurrentPortal(page: string): string {
  return typeof window === "undefined" ? page : sitePath(portalOfPath(window.location.pathname), page);
}
