import { restoreReport, restoreReportRequest } from "@/lib/reports/service";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Make an earlier version (e.g. the generated draft, version 1) current again, as a new version. */
export const POST = route<{ id: string }>(async (ctx) => {
  const { id } = ctx.params;
  const caller = await ctx.caller();
  const body = await ctx.body(restoreReportRequest);
  return Response.json(await restoreReport(ctx.db, id, caller, body), { status: 201 });
});
