import "server-only";
import { getToken } from "next-auth/jwt";
import type { Db } from "@/db/client";
import { AppError } from "@/lib/errors";
import { messageText } from "@/lib/i18n/translate";
import { sameOriginOrSafe } from "@/lib/http/origin";
import type { Actor } from "./permissions";
import { authSecret } from "./secret";
import { validSessionUser } from "./sessions";
import { actorFor } from "./sign-in";

const SECURE_COOKIE = "__Secure-authjs.session-token";

/**
 * The signed-in account behind a request, read from its session cookie alone (no request context
 * needed, so route handlers stay callable from tests). The session's version is checked and roles are
 * read fresh on every request. A write (POST, PUT, PATCH, DELETE) with the cookie from another site is a
 * 403 (lib/http/origin.ts).
 */
export async function requestActor(db: Db, request: Request): Promise<Actor | null> {
  const cookie = request.headers.get("cookie") ?? "";
  if (!cookie.includes("authjs.session-token")) return null;
  // The one place a cookie session is read for the API: a write with it must come from our own pages.
  if (!sameOriginOrSafe(request)) {
    throw new AppError("forbidden", messageText("error.crossSite"), { issues: [{ field: "origin", message: messageText("error.crossSite.issue") }] });
  }
  // Only the cookie: a Bearer header on our API is a resume token, never a session.
  const headers = new Headers({ cookie });
  const token = await getToken({ req: { headers }, secret: authSecret(), secureCookie: cookie.includes(SECURE_COOKIE) });
  // A token of an ended session (password reset, sign-out, role removed) is no session at all.
  const uid = await validSessionUser(db, token);
  return uid ? actorFor(db, uid) : null;
}
