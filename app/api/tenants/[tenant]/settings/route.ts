import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { signedInActor } from "@/lib/http/caller";
import { tenantSettings } from "@/lib/admin/settings";

export const dynamic = "force-dynamic";

/** Branding and allowed embed origins of the portal. */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ tenant: string }> }) => {
  const { tenant } = await params;
  const database = await db();
  return Response.json(await tenantSettings(database, await signedInActor(database, request), tenant), { headers: { "Cache-Control": "no-store" } });
});
