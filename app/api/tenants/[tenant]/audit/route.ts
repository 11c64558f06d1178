import { auditEntries, auditQuery } from "@/lib/admin/audit-log";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The portal's audit log, newest first (?action=prefix&before=id&limit=n). */
export const GET = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  const actor = await ctx.actor();
  return Response.json(await auditEntries(ctx.db, actor, tenant, ctx.query(auditQuery)), { headers: { "Cache-Control": "no-store" } });
});
