import { brandingRequest, updateBranding } from "@/lib/admin/settings";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Display name and colours (each colour must carry white text at 4.5:1). */
export const PUT = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  const actor = await ctx.actor();
  const body = await ctx.body(brandingRequest);
  return Response.json({ branding: await updateBranding(ctx.db, actor, tenant, body) });
});
