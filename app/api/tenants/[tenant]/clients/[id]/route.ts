import { clientDetail } from "@/lib/consultants/clients";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** One client: firm, contact, assessments with their reports, and what changed since the last one. */
export const GET = route<{ tenant: string; id: string }>(async (ctx) => {
  const { tenant, id } = ctx.params;
  return Response.json(await clientDetail(ctx.db, await ctx.actor(), tenant, id, ctx.locale), { headers: { "Cache-Control": "no-store" } });
});
