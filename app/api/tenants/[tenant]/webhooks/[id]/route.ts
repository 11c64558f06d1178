import { route } from "@/lib/http/route";
import { deleteEndpoint, updateEndpoint, updateEndpointRequest } from "@/lib/webhooks/service";

export const dynamic = "force-dynamic";

/** Change the URL, description or events, or switch the endpoint on or off. */
export const PATCH = route<{ tenant: string; id: string }>(async (ctx) => {
  const actor = await ctx.actor();
  const request = await ctx.body(updateEndpointRequest);
  return Response.json(await updateEndpoint(ctx.db, actor, ctx.params.tenant, ctx.params.id, request));
});

export const DELETE = route<{ tenant: string; id: string }>(async (ctx) => {
  const actor = await ctx.actor();
  await deleteEndpoint(ctx.db, actor, ctx.params.tenant, ctx.params.id);
  return new Response(null, { status: 204 });
});
