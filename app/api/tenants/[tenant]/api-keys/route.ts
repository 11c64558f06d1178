import { createApiKey, createKeyRequest, listApiKeys } from "@/lib/api/keys";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The portal's API keys (a consultant: its own), with last use and calls. */
export const GET = route<{ tenant: string }>(async (ctx) => {
  const actor = await ctx.actor();
  return Response.json({ keys: await listApiKeys(ctx.db, actor, ctx.params.tenant) }, { headers: { "Cache-Control": "no-store" } });
});

/** A new key: the secret is in this answer only. */
export const POST = route<{ tenant: string }>(async (ctx) => {
  const actor = await ctx.actor();
  const request = await ctx.body(createKeyRequest);
  return Response.json(await createApiKey(ctx.db, actor, ctx.params.tenant, request), { status: 201, headers: { "Cache-Control": "no-store" } });
});
