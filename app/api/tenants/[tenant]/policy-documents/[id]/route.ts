import { policyDocumentView } from "@/lib/admin/policy-documents";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The extracted text beside the draft entry (the model's proposal, or a blank form). */
export const GET = route<{ tenant: string; id: string }>(async (ctx) => {
  const { tenant, id } = ctx.params;
  return Response.json(await policyDocumentView(ctx.db, await ctx.actor(), tenant, id, ctx.locale), { headers: { "Cache-Control": "no-store" } });
});
