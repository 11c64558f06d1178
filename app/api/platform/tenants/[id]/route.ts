import { updateTenant, updateTenantRequest } from "@/lib/platform/tenants";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Rename a portal, retire it (with its name typed again) or bring it back. */
export const PATCH = route<{ id: string }>(async (ctx) => {
  const { id } = ctx.params;
  const actor = await ctx.actor();
  const body = await ctx.body(updateTenantRequest);
  return Response.json(await updateTenant(ctx.db, actor, id, body));
});
