import { createTenant, createTenantRequest, listTenants } from "@/lib/platform/tenants";
import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { readJson } from "@/lib/http/body";
import { signedInActor } from "@/lib/http/caller";

export const dynamic = "force-dynamic";

/** Every portal (platform administrators only). */
export const GET = handler(async (request: Request) => {
  const database = await db();
  return Response.json({ tenants: await listTenants(database, await signedInActor(database, request)) }, { headers: { "Cache-Control": "no-store" } });
});

export const POST = handler(async (request: Request) => {
  const database = await db();
  const actor = await signedInActor(database, request);
  const body = await readJson(request, createTenantRequest);
  return Response.json(await createTenant(database, actor, body), { status: 201 });
});
