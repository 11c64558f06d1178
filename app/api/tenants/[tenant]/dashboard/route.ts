import { filtersFrom } from "@/lib/dashboard/query-params";
import { dashboard } from "@/lib/dashboard/service";
import { db } from "@/lib/db";
import { signedInActor } from "@/lib/http/caller";
import { handler } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

/** The portal's dashboard figures under the filters (?from&to&segment&industry&district&size&aboveScale). */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ tenant: string }> }) => {
  const { tenant } = await params;
  const database = await db();
  const actor = await signedInActor(database, request);
  return Response.json(await dashboard(database, actor, tenant, filtersFrom(new URL(request.url))), { headers: { "Cache-Control": "no-store" } });
});
