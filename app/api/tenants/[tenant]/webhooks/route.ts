import { route } from "@/lib/http/route";
import { createEndpoint, createEndpointRequest, listEndpoints } from "@/lib/webhooks/service";

export const dynamic = "force-dynamic";

/** The portal's webhook endpoints (a consultant: its own), with 30 days of delivery counts. */
export const GET = route<{ tenant: string }>(async (ctx) => {
  const actor = await ctx.actor();
  return Response.json({ endpoints: await listEndpoints(ctx.db, actor, ctx.params.tenant) }, { headers: { "Cache-Control": "no-store" } });
});

/** A new endpoint: its signing secret is in this answer only. */
export const POST = route<{ tenant: string }>(async (ctx) => {
  const actor = await ctx.actor();
  const request = await ctx.body(createEndpointRequest);
  return Response.json(await createEndpoint(ctx.db, actor, ctx.params.tenant, request), { status: 201, headers: { "Cache-Control": "no-store" } });
});
