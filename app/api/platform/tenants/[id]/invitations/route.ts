import { appUrl } from "@/lib/env";
import { inviteAdminRequest, invitePortalAdmin } from "@/lib/platform/tenants";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The platform operator invites an administrator of this portal (the link is mailed, never returned). */
export const POST = route<{ id: string }>(async (ctx) => {
  const actor = await ctx.actor();
  const body = await ctx.body(inviteAdminRequest);
  const { id, resent } = await invitePortalAdmin(ctx.db, actor, ctx.params.id, body, appUrl(), ctx.locale);
  return Response.json({ id, resent }, { status: 201 });
});
