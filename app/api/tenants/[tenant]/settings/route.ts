import { tenantSettings } from "@/lib/admin/settings";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Branding and allowed embed origins of the portal. */
export const GET = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  return Response.json(await tenantSettings(ctx.db, await ctx.actor(), tenant), { headers: { "Cache-Control": "no-store" } });
});
