import { z } from "zod";
import { listFirmFiles } from "@/lib/firm-file/service";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const query = z.object({ q: z.string().max(60).optional() });

/** The firms whose file (一企一档) the caller may open: all of the portal's for its administrators (`?q=` searches names). */
export const GET = route<{ tenant: string }>(async (ctx) => {
  const { q } = ctx.query(query);
  return Response.json({ firms: await listFirmFiles(ctx.db, await ctx.actor(), ctx.params.tenant, q) }, { headers: { "Cache-Control": "no-store" } });
});
