import { clientDetail } from "@/lib/consultants/clients";
import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { requestLocale } from "@/lib/http/locale";
import { signedInActor } from "@/lib/http/caller";

export const dynamic = "force-dynamic";

/** One client: firm, contact, assessments with their reports, and what changed since the last one. */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ tenant: string; id: string }> }) => {
  const { tenant, id } = await params;
  const database = await db();
  return Response.json(await clientDetail(database, await signedInActor(database, request), tenant, id, requestLocale(request)), { headers: { "Cache-Control": "no-store" } });
});
