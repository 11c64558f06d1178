import type { Db } from "@/db/client";
import type { Caller } from "@/lib/assessments/access";
import { requestActor } from "@/lib/auth/request-actor";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { bearerToken } from "./body";

function signedOut(): AppError {
  return new AppError("unauthenticated", "session: sign in, or send the resume token as Authorization: Bearer <token>", {
    issues: [{ field: "token", message: "missing: no resume token and no session" }],
  });
}

/** A resume token when the request carries one, else the signed-in account; neither is a 401. */
export async function callerOf(db: Db, request: Request): Promise<Caller> {
  if (request.headers.get("authorization")) return bearerToken(request);
  const actor = await requestActor(db, request);
  if (!actor) throw signedOut();
  return { actor };
}

/** The signed-in account; a 401 naming the session when there is none. */
export async function signedInActor(db: Db, request: Request): Promise<Actor> {
  const actor = await requestActor(db, request);
  if (!actor) throw new AppError("unauthenticated", "session: sign in first", { issues: [{ field: "session", message: "signed out" }] });
  return actor;
}
