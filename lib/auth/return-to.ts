import { z } from "zod";

/**
 * Where to go after sign-in, sign-up or an invitation: only a path of this site. A leading "//" or "/\"
 * (which browsers read as another host), an absolute URL, a control character or whitespace is refused,
 * so no link can send someone signing in to another site (an open redirect).
 */
const SAME_SITE_PATH = /^\/(?![/\\])[^\s\\\u0000-\u001f\u007f]*$/;

export const returnToPath = z.string().max(1000).regex(SAME_SITE_PATH);

/** The path when it is a same-site one, else undefined (the caller picks its default). */
export function safeReturnTo(value: unknown): string | undefined {
  const parsed = returnToPath.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** `?returnTo=…` (or `&returnTo=…` after other parameters) for a safe path, else "". */
export function returnToQuery(value: unknown, separator: "?" | "&" = "?"): string {
  const path = safeReturnTo(value);
  return path ? `${separator}returnTo=${encodeURIComponent(path)}` : "";
}
