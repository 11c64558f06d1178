import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { readJson } from "@/lib/http/body";
import { signedInActor } from "@/lib/http/caller";
import { updateProfile, updateProfileRequest } from "@/lib/admin/scene-profiles";

export const dynamic = "force-dynamic";

/** Change or retire a profile. */
export const PATCH = handler(async (request: Request, { params }: { params: Promise<{ tenant: string; code: string }> }) => {
  const { tenant, code } = await params;
  const database = await db();
  const actor = await signedInActor(database, request);
  const body = await readJson(request, updateProfileRequest);
  return Response.json(await updateProfile(database, actor, tenant, code, body));
});
