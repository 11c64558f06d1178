import "server-only";
import { isLoopback } from "@/lib/env";

/**
 * Where Auth.js may send the browser after signing in or out, always on APP_URL. Auth.js builds its
 * redirects from the request's host, which behind `next start` on HOST=0.0.0.0 was the bind address
 * (Location: http://0.0.0.0:3000/account). A same-site path goes to APP_URL; an absolute URL is kept
 * when it is on APP_URL, moved there when it is on the host the request came in by (our own page seen
 * through the bind address), and anything else goes to APP_URL's home (never an open redirect).
 * On this machine, one loopback name is as good as another: a demo opened at 127.0.0.1 stays there
 * (its session cookie is 127.0.0.1's; sent to localhost the person looked signed out).
 */
export function appRedirect(url: string, requestBase: string, appBase: string): string {
  const app = new URL(appBase);
  const request = URL.canParse(requestBase) ? new URL(requestBase) : null;
  const sameMachine =
    request !== null && isLoopback(app.hostname) && isLoopback(request.hostname) && request.port === app.port && request.protocol === app.protocol;
  if (sameMachine) app.host = request.host;
  const base = app.href.replace(/\/+$/, "");
  if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) return `${base}${url}`;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return base;
  }
  if (target.origin === app.origin) return target.href;
  if (target.origin === request?.origin) return `${base}${target.pathname}${target.search}${target.hash}`;
  return base;
}
