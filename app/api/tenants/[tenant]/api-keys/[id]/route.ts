import { revokeApiKey } from "@/lib/api/keys";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Revoke a key: calls with it are refused from now on. */
export const DELETE = route<{ tenant: string; id: string }>(async (ctx) => {
  const actor = await ctx.actor();
  return Response.json(await revokeApiKey(ctx.db, actor, ctx.params.tenant, ctx.params.id));
});
