import { createProfile, createProfileRequest, listProfiles } from "@/lib/admin/scene-profiles";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The portal's constrained-scene profiles per 细分行业, and the scenes to choose from. */
export const GET = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  return Response.json(await listProfiles(ctx.db, await ctx.actor(), tenant), { headers: { "Cache-Control": "no-store" } });
});

export const POST = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  const actor = await ctx.actor();
  const body = await ctx.body(createProfileRequest);
  return Response.json(await createProfile(ctx.db, actor, tenant, body), { status: 201 });
});
