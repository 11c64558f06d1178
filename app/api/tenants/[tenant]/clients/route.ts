import { addClient, addClientRequest, listClients } from "@/lib/consultants/clients";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The signed-in consultant's clients in this portal, with their latest assessment. */
export const GET = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  return Response.json({ clients: await listClients(ctx.db, await ctx.actor(), tenant) }, { headers: { "Cache-Control": "no-store" } });
});

/** Add a client firm. */
export const POST = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  const actor = await ctx.actor();
  const body = await ctx.body(addClientRequest);
  return Response.json(await addClient(ctx.db, actor, tenant, body), { status: 201 });
});
