import { appUrl } from "@/lib/env";
import { createTenant, createTenantRequest, listTenants } from "@/lib/platform/tenants";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Every portal (the platform operator only). */
export const GET = route(async (ctx) => {
  return Response.json({ tenants: await listTenants(ctx.db, await ctx.actor()) }, { headers: { "Cache-Control": "no-store" } });
});

/** A new city portal, and the invitation of its first administrator when an e-mail is given. */
export const POST = route(async (ctx) => {
  const actor = await ctx.actor();
  const body = await ctx.body(createTenantRequest);
  return Response.json(await createTenant(ctx.db, actor, body, appUrl(), ctx.locale), { status: 201 });
});
