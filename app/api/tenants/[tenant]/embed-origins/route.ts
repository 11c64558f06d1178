import { db } from "@/lib/db";
import { embedOriginsRequest, updateEmbedOrigins } from "@/lib/admin/settings";
import { handler } from "@/lib/http/errors";
import { readJson } from "@/lib/http/body";
import { signedInActor } from "@/lib/http/caller";

export const dynamic = "force-dynamic";

/** The sites allowed to frame the portal's embed routes. */
export const PUT = handler(async (request: Request, { params }: { params: Promise<{ tenant: string }> }) => {
  const { tenant } = await params;
  const database = await db();
  const actor = await signedInActor(database, request);
  const body = await readJson(request, embedOriginsRequest);
  return Response.json({ origins: await updateEmbedOrigins(database, actor, tenant, body) });
});
