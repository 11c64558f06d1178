import { memberRolesRequest, setMemberRoles } from "@/lib/auth/invitations";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Set a member's roles in the portal (an empty list removes them). */
export const PUT = route<{ tenant: string; userId: string }>(async (ctx) => {
  const { tenant, userId } = ctx.params;
  const actor = await ctx.actor();
  const body = await ctx.body(memberRolesRequest);
  return Response.json(await setMemberRoles(ctx.db, actor, tenant, userId, body));
});
