import { inviteFirms, inviteRequest } from "@/lib/firm-import/invite";
import { tenantFor } from "@/lib/auth/guard";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Invites the portal's chosen firms to self-assess: their links as a sheet (shown this once), mailed where there is an address. */
export const POST = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  const actor = await ctx.actor();
  await tenantFor(ctx.db, actor, tenant, "firm.invite");
  const request = await ctx.body(inviteRequest, 160 * 1024);
  return Response.json(await inviteFirms(ctx.db, actor, tenant, request), { headers: { "Cache-Control": "no-store" } });
});
