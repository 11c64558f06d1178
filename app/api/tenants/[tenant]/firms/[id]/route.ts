import { firmFile, firmFileFor, updateFirmFile, updateFirmFileRequest } from "@/lib/firm-file/service";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The firm's file: profile, contacts, inventory, assessments and reports, projects, subsidy applications, history. */
export const GET = route<{ tenant: string; id: string }>(async (ctx) => {
  return Response.json(await firmFile(ctx.db, await ctx.actor(), ctx.params.tenant, ctx.params.id), { headers: { "Cache-Control": "no-store" } });
});

/** Edit the file (the firm's owner or its consultant): `{profile?, contacts?, inventory?, revision?}`, each list replaced whole. */
export const PUT = route<{ tenant: string; id: string }>(async (ctx) => {
  const actor = await ctx.actor();
  await firmFileFor(ctx.db, actor, ctx.params.tenant, ctx.params.id, true);
  const body = await ctx.body(updateFirmFileRequest);
  return Response.json(await updateFirmFile(ctx.db, actor, ctx.params.tenant, ctx.params.id, body));
});
