import { applyDocumentRequest, applyPolicyDocument } from "@/lib/admin/policy-documents";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Put the reviewed entry into the portal's catalogue. */
export const POST = route<{ tenant: string; id: string }>(async (ctx) => {
  const { tenant, id } = ctx.params;
  const actor = await ctx.actor();
  const body = await ctx.body(applyDocumentRequest, 256 * 1024);
  return Response.json(await applyPolicyDocument(ctx.db, actor, tenant, id, body), { status: 201 });
});
