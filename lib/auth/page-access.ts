import "server-only";
import { notFound, redirect } from "next/navigation";
import { isAppError } from "@/lib/errors";
import type { Actor } from "./permissions";
import { currentActor } from "./session";

/** The signed-in actor of a page, or off to sign-in (coming back here afterwards). */
export async function pageActor(returnTo: string): Promise<Actor & { email: string }> {
  const actor = await currentActor();
  if (!actor) redirect(`/signin?returnTo=${encodeURIComponent(returnTo)}`);
  return actor;
}

/** A page's data: a refusal (other tenant, other consultant's client, wrong role) is the 404 page. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isAppError(error) && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
}
