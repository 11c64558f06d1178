import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Db } from "@/db/client";
import { db } from "@/lib/db";
import { currentTranslator } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import type { TenantSummary } from "@/lib/tenants";
import { tenantFor } from "./guard";
import { isAppError } from "@/lib/errors";
import type { Actor, Permission } from "./permissions";
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

/** The database of a page or server action, resolved once per request. */
export const pageDb = cache(() => db());

export interface PageContext {
  db: Db;
  actor: Actor & { email: string };
  locale: Locale;
  t: Translate;
}

/** A signed-in page: the database, the actor (or off to sign-in, coming back to `returnTo`), the reader's language. */
export async function signedInPage(returnTo: string): Promise<PageContext> {
  const [actor, database, { locale, t }] = await Promise.all([pageActor(returnTo), pageDb(), currentTranslator()]);
  return { db: database, actor, locale, t };
}

const AREA_PERMISSION = { admin: "tenant.read", consultant: "client.manage" } as const satisfies Record<string, Permission>;
export type PortalArea = keyof typeof AREA_PERMISSION;

/**
 * The portal of a workspace area (/admin/[tenant], /consultant/[tenant]) for the signed-in account,
 * resolved once per request and shared by the area's layout and its pages: a portal the account may
 * not work in is the 404 page. Signed out, null (the page sends the visitor to sign in).
 */
export const portalAccess = cache(async (area: PortalArea, tenant: string): Promise<TenantSummary | null> => {
  const actor = await currentActor();
  if (!actor) return null;
  return orNotFound(tenantFor(await pageDb(), actor, tenant, AREA_PERMISSION[area]));
});

/** A page of a portal's workspace area: as signedInPage, with the portal checked by the area's layout. */
export async function portalPage(area: PortalArea, tenant: string, returnTo: string): Promise<PageContext & { portal: TenantSummary }> {
  const context = await signedInPage(returnTo);
  const portal = await portalAccess(area, tenant);
  if (!portal) notFound();
  return { ...context, portal };
}
