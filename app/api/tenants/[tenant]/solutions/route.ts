import { createEntry, listCatalogue, saveEntryRequest } from "@/lib/admin/catalogue";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The portal's own solutions (editable) and the platform's shared ones (read only). */
export const GET = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  return Response.json({ entries: await listCatalogue(ctx.db, await ctx.actor(), tenant, "solution") }, { headers: { "Cache-Control": "no-store" } });
});

/** Add an entry, validated whole by the catalogue schema. */
export const POST = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  const actor = await ctx.actor();
  const body = await ctx.body(saveEntryRequest, 256 * 1024);
  return Response.json(await createEntry(ctx.db, actor, tenant, "solution", body), { status: 201 });
});
