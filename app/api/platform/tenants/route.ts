import { createTenant, createTenantRequest, listTenants } from "@/lib/platform/tenants";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Every portal (platform administrators only). */
export const GET = route(async (ctx) => {
  return Response.json({ tenants: await listTenants(ctx.db, await ctx.actor()) }, { headers: { "Cache-Control": "no-store" } });
});

export const POST = route(async (ctx) => {
  const actor = await ctx.actor();
  const body = await ctx.body(createTenantRequest);
  return Response.json(await createTenant(ctx.db, actor, body), { status: 201 });
});
