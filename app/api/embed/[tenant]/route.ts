import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { handler } from "@/lib/http/errors";
import { embedConfig } from "@/lib/tenants/embed";

export const dynamic = "force-dynamic";

/** Public: the origins allowed to frame a portal's embed routes and its brand (read by proxy.ts). */
export const GET = handler(async (_request: Request, { params }: { params: Promise<{ tenant: string }> }) => {
  const { tenant } = await params;
  const config = await embedConfig(await db(), tenant);
  if (!config) throw AppError.notFound("portal");
  return Response.json(config, { headers: { "Cache-Control": "public, max-age=30" } });
});
