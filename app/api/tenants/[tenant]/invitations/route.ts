import { appUrl } from "@/lib/env";
import { inviteRequest, inviteUser } from "@/lib/auth/invitations";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Invite a consultant or administrator by e-mail (the link is mailed, never returned). */
export const POST = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  const actor = await ctx.actor();
  const body = await ctx.body(inviteRequest);
  const { id } = await inviteUser(ctx.db, actor, tenant, body, appUrl(), ctx.locale);
  return Response.json({ id }, { status: 201 });
});
