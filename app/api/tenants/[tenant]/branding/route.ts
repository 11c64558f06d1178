import { brandingRequest, updateBranding } from "@/lib/admin/settings";
import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { readJson } from "@/lib/http/body";
import { signedInActor } from "@/lib/http/caller";

export const dynamic = "force-dynamic";

/** Display name and colours (each colour must carry white text at 4.5:1). */
export const PUT = handler(async (request: Request, { params }: { params: Promise<{ tenant: string }> }) => {
  const { tenant } = await params;
  const database = await db();
  const actor = await signedInActor(database, request);
  const body = await readJson(request, brandingRequest);
  return Response.json({ branding: await updateBranding(database, actor, tenant, body) });
});
