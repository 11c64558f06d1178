import { revokeInvitation } from "@/lib/auth/invitations";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Revoke a pending invitation. */
export const DELETE = route<{ tenant: string; id: string }>(async (ctx) => {
  const { tenant, id } = ctx.params;
  await revokeInvitation(ctx.db, await ctx.actor(), tenant, id);
  return new Response(null, { status: 204 });
});
