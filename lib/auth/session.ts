import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { auth } from "./next-auth";
import type { Actor } from "./permissions";
import { actorFor } from "./sign-in";

/** The signed-in caller with their roles, resolved once per request; null when signed out. */
export const currentActor = cache(async (): Promise<(Actor & { email: string }) | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const actor = await actorFor(await db(), userId);
  return actor ? { ...actor, email: session.user?.email ?? "" } : null;
});
