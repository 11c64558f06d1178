import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { readJson } from "@/lib/http/body";
import { signedInActor } from "@/lib/http/caller";
import { updateTenant, updateTenantRequest } from "@/lib/platform/tenants";

export const dynamic = "force-dynamic";

/** Rename a portal or retire it. */
export const PATCH = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const database = await db();
  const actor = await signedInActor(database, request);
  const body = await readJson(request, updateTenantRequest);
  return Response.json(await updateTenant(database, actor, id, body));
});
