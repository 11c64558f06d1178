import { listMembers } from "@/lib/auth/invitations";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Members with their roles, and pending invitations. */
export const GET = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  return Response.json(await listMembers(ctx.db, await ctx.actor(), tenant), { headers: { "Cache-Control": "no-store" } });
});
