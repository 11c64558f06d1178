import "server-only";
import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { assessments, tenants } from "@/db/schema";
import { isUuid } from "@/lib/shared/ids";
import { db } from "@/lib/db";
import { embedConfig, type EmbedConfig } from "./embed";
import { SITE_HEADER, sitePath } from "./site-path";

/** The portal whose public pages this request is under (/t/<portal>/…, marked by proxy.ts), if any. */
export const currentSite = cache(async (): Promise<EmbedConfig | null> => {
  const slug = (await headers()).get(SITE_HEADER);
  if (!slug) return null;
  const config = await embedConfig(await db(), slug);
  return config && !config.platform ? config : null;
});

/**
 * An assessment's pages show its portal's brand: under another portal's prefix (or none), go to the
 * same page under the right one, query kept (the resume token's #fragment survives the redirect).
 * Only the portal is read here, for the brand; the page's data is authorised when the page asks.
 */
export async function keepUnderPortal(assessmentId: string, page: string, query: Record<string, string | string[] | undefined>): Promise<void> {
  if (!isUuid(assessmentId)) return;
  const [tenant] = await (
    await db()
  )
    .select({ slug: tenants.slug, platform: tenants.isDefault })
    .from(assessments)
    .innerJoin(tenants, eq(tenants.id, assessments.tenantId))
    .where(eq(assessments.id, assessmentId));
  if (!tenant) return;
  const site = await currentSite();
  const wanted = tenant.platform ? null : tenant.slug;
  if ((site?.slug ?? null) === wanted) return;
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) search.append(k, one);
  const qs = search.toString();
  redirect(`${sitePath(wanted, page)}${qs ? `?${qs}` : ""}`);
}
