import { acceptInvitationAs, acceptRequest } from "@/lib/auth/invitations";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Accept an invitation: with the session of the invited e-mail, or by choosing a password for a new account. */
export const POST = route<{ token: string }>(async (ctx) => {
  const body = await ctx.body(acceptRequest);
  const outcome = await acceptInvitationAs(ctx.db, ctx.params.token, body, await ctx.optionalActor());
  return Response.json(outcome, { status: outcome.created ? 201 : 200 });
});
