import { updateProfile, updateProfileRequest } from "@/lib/admin/scene-profiles";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Change or retire a profile. */
export const PATCH = route<{ tenant: string; code: string }>(async (ctx) => {
  const { tenant, code } = ctx.params;
  const actor = await ctx.actor();
  const body = await ctx.body(updateProfileRequest);
  return Response.json(await updateProfile(ctx.db, actor, tenant, code, body));
});
