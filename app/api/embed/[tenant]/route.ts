import { AppError } from "@/lib/errors";
import { embedConfig } from "@/lib/tenants/embed";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Public: the origins allowed to frame a portal's embed routes and its brand (read by proxy.ts). */
export const GET = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  const config = await embedConfig(ctx.db, tenant);
  if (!config) throw AppError.notFound("portal");
  return Response.json(config, { headers: { "Cache-Control": "public, max-age=30" } });
});
