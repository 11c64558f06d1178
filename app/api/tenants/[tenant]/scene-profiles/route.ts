import { createProfile, createProfileRequest, listProfiles } from "@/lib/admin/scene-profiles";
import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { readJson } from "@/lib/http/body";
import { signedInActor } from "@/lib/http/caller";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ tenant: string }> };

/** The portal's constrained-scene profiles per 细分行业, and the scenes to choose from. */
export const GET = handler(async (request: Request, { params }: Context) => {
  const { tenant } = await params;
  const database = await db();
  return Response.json(await listProfiles(database, await signedInActor(database, request), tenant), { headers: { "Cache-Control": "no-store" } });
});

export const POST = handler(async (request: Request, { params }: Context) => {
  const { tenant } = await params;
  const database = await db();
  const actor = await signedInActor(database, request);
  const body = await readJson(request, createProfileRequest);
  return Response.json(await createProfile(database, actor, tenant, body), { status: 201 });
});
