/**
 * Where Auth.js may send the browser after signing in or out, always on APP_URL. Auth.js builds its
 * redirects from the request's host, which behind `next start` on HOST=0.0.0.0 was the bind address
 * (Location: http://0.0.0.0:3000/account). A same-site path goes to APP_URL; an absolute URL is kept
 * when it is on APP_URL, moved there when it is on the host the request came in by (our own page seen
 * through the bind address), and anything else goes to APP_URL's home (never an open redirect).
 */
export function appRedirect(url: string, requestBase: string, appBase: string): string {
  const app = new URL(appBase);
  const base = app.href.replace(/\/+$/, "");
  if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) return `${base}${url}`;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return base;
  }
  if (target.origin === app.origin) return target.href;
  const request = URL.canParse(requestBase) ? new URL(requestBase).origin : null;
  if (target.origin === request) return `${base}${target.pathname}${target.search}${target.hash}`;
  return base;
}
