import { AppError } from "@/lib/errors";
import { auditEntries, auditQuery } from "@/lib/admin/audit-log";
import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { issuesFromZod } from "@/lib/http/errors";
import { signedInActor } from "@/lib/http/caller";

export const dynamic = "force-dynamic";

/** The portal's audit log, newest first (?action=prefix&before=id&limit=n). */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ tenant: string }> }) => {
  const { tenant } = await params;
  const database = await db();
  const actor = await signedInActor(database, request);
  const query = auditQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw AppError.validation(issuesFromZod(query.error));
  return Response.json(await auditEntries(database, actor, tenant, query.data), { headers: { "Cache-Control": "no-store" } });
});
