import type { Db } from "@/db/client";
import type { Caller } from "@/lib/assessments/access";
import { requestActor } from "@/lib/auth/request-actor";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { messageText } from "@/lib/i18n/translate";
import { bearerToken } from "./body";

function signedOut(): AppError {
  return new AppError("unauthenticated", messageText("error.signedOut"), {
    issues: [{ field: "token", message: messageText("error.signedOut.issue") }],
  });
}

/**
 * The resume token and/or the signed-in account of a request; neither is a 401. A token alone costs no
 * query (the anonymous firm's hot path); a session is read only when its cookie is there.
 */
export async function callerOf(db: Db, request: Request): Promise<Caller> {
  const token = request.headers.get("authorization") ? bearerToken(request) : undefined;
  const actor = await requestActor(db, request);
  if (actor) return token ? { actor, token } : { actor };
  if (token) return token;
  throw signedOut();
}

/** The signed-in account; a 401 naming the session when there is none. */
export async function signedInActor(db: Db, request: Request): Promise<Actor> {
  const actor = await requestActor(db, request);
  if (!actor)
    throw new AppError("unauthenticated", messageText("error.signIn"), { issues: [{ field: "session", message: messageText("error.signIn.issue") }] });
  return actor;
}
