import { startClientAssessment, startClientAssessmentRequest } from "@/lib/consultants/clients";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Start a visit: a new assessment of the client, prefilled with its last answers. */
export const POST = route<{ tenant: string; id: string }>(async (ctx) => {
  const { tenant, id } = ctx.params;
  const actor = await ctx.actor();
  const body = await ctx.body(startClientAssessmentRequest);
  return Response.json(await startClientAssessment(ctx.db, actor, tenant, id, body), { status: 201 });
});
