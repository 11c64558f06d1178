import { filtersFrom } from "@/lib/dashboard/query-params";
import { dashboardCsv } from "@/lib/dashboard/service";
import { db } from "@/lib/db";
import { signedInActor } from "@/lib/http/caller";
import { handler } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

/** Every firm's latest result under the filters, as a streamed CSV. */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ tenant: string }> }) => {
  const { tenant } = await params;
  const database = await db();
  const actor = await signedInActor(database, request);
  const { stream, fileName } = await dashboardCsv(database, actor, tenant, filtersFrom(new URL(request.url)));
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="dashboard.csv"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
