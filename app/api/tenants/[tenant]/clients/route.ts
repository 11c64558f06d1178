import { addClient, addClientRequest, listClients } from "@/lib/consultants/clients";
import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { readJson } from "@/lib/http/body";
import { signedInActor } from "@/lib/http/caller";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ tenant: string }> };

/** The signed-in consultant's clients in this portal, with their latest assessment. */
export const GET = handler(async (request: Request, { params }: Context) => {
  const { tenant } = await params;
  const database = await db();
  return Response.json({ clients: await listClients(database, await signedInActor(database, request), tenant) }, { headers: { "Cache-Control": "no-store" } });
});

/** Add a client firm. */
export const POST = handler(async (request: Request, { params }: Context) => {
  const { tenant } = await params;
  const database = await db();
  const actor = await signedInActor(database, request);
  const body = await readJson(request, addClientRequest);
  return Response.json(await addClient(database, actor, tenant, body), { status: 201 });
});
