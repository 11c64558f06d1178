import { getToken } from "next-auth/jwt";
import type { Db } from "@/db/client";
import type { Actor } from "./permissions";
import { authSecret } from "./secret";
import { actorFor } from "./sign-in";

const SECURE_COOKIE = "__Secure-authjs.session-token";

/**
 * The signed-in account behind a request, read from its session cookie alone (no request context
 * needed, so route handlers stay callable from tests). Roles are read fresh on every request.
 */
export async function requestActor(db: Db, request: Request): Promise<Actor | null> {
  const cookie = request.headers.get("cookie") ?? "";
  if (!cookie.includes("authjs.session-token")) return null;
  // Only the cookie: a Bearer header on our API is a resume token, never a session.
  const headers = new Headers({ cookie });
  const token = await getToken({ req: { headers }, secret: authSecret(), secureCookie: cookie.includes(SECURE_COOKIE) });
  const uid = token?.uid;
  return typeof uid === "string" ? actorFor(db, uid) : null;
}
