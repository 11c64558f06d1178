import { embedOriginsRequest, updateEmbedOrigins } from "@/lib/admin/settings";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The sites allowed to frame the portal's embed routes. */
export const PUT = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  const actor = await ctx.actor();
  const body = await ctx.body(embedOriginsRequest);
  return Response.json({ origins: await updateEmbedOrigins(ctx.db, actor, tenant, body) });
});
