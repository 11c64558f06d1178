import { updateEntry, updateEntryRequest } from "@/lib/admin/catalogue";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Edit an entry of the portal, or retire it (status). */
export const PATCH = route<{ tenant: string; code: string }>(async (ctx) => {
  const { tenant, code } = ctx.params;
  const actor = await ctx.actor();
  const body = await ctx.body(updateEntryRequest, 256 * 1024);
  return Response.json(await updateEntry(ctx.db, actor, tenant, "policy", code, body));
});
