import { appUrl } from "@/lib/env";
import { publishReport, publishRequest } from "@/lib/reports/publish";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Publish the reviewed version to the client (its owner reads that version; the contact is told). */
export const POST = route<{ id: string }>(async (ctx) => {
  const { id } = ctx.params;
  const actor = await ctx.actor();
  const body = await ctx.body(publishRequest);
  return Response.json(await publishReport(ctx.db, id, actor, body, appUrl()), { status: 201 });
});
