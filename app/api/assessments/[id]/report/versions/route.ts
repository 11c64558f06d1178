import { editReport, editReportRequest } from "@/lib/reports/service";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Save edited sections as a new version (409 if the report moved on since `basedOn`). */
export const POST = route<{ id: string }>(async (ctx) => {
  const { id } = ctx.params;
  const caller = await ctx.caller();
  const body = await ctx.body(editReportRequest);
  return Response.json(await editReport(ctx.db, id, caller, body), { status: 201 });
});
