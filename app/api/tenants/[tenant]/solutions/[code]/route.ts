import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { readJson } from "@/lib/http/body";
import { signedInActor } from "@/lib/http/caller";
import { updateEntry, updateEntryRequest } from "@/lib/admin/catalogue";

export const dynamic = "force-dynamic";

/** Edit an entry of the portal, or retire it (status). */
export const PATCH = handler(async (request: Request, { params }: { params: Promise<{ tenant: string; code: string }> }) => {
  const { tenant, code } = await params;
  const database = await db();
  const actor = await signedInActor(database, request);
  const body = await readJson(request, updateEntryRequest, 256 * 1024);
  return Response.json(await updateEntry(database, actor, tenant, "solution", code, body));
});
