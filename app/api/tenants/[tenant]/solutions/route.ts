import { createEntry, listCatalogue, saveEntryRequest } from "@/lib/admin/catalogue";
import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { readJson } from "@/lib/http/body";
import { signedInActor } from "@/lib/http/caller";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ tenant: string }> };

/** The portal's own solutions (editable) and the platform's shared ones (read only). */
export const GET = handler(async (request: Request, { params }: Context) => {
  const { tenant } = await params;
  const database = await db();
  return Response.json({ entries: await listCatalogue(database, await signedInActor(database, request), tenant, "solution") }, { headers: { "Cache-Control": "no-store" } });
});

/** Add an entry, validated whole by the catalogue schema. */
export const POST = handler(async (request: Request, { params }: Context) => {
  const { tenant } = await params;
  const database = await db();
  const actor = await signedInActor(database, request);
  const body = await readJson(request, saveEntryRequest, 256 * 1024);
  return Response.json(await createEntry(database, actor, tenant, "solution", body), { status: 201 });
});
