import { formTemplatesFor } from "@/lib/projects/form-service";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The portal's project forms as asked now (its own latest versions, else the built-in ones). */
export const GET = route<{ tenant: string }>(async (ctx) => {
  return Response.json({ forms: await formTemplatesFor(ctx.db, await ctx.actor(), ctx.params.tenant) }, { headers: { "Cache-Control": "no-store" } });
});
