import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { listMembers } from "@/lib/auth/invitations";
import { signedInActor } from "@/lib/http/caller";

export const dynamic = "force-dynamic";

/** Members with their roles, and pending invitations. */
export const GET = handler(async (request: Request, { params }: { params: Promise<{ tenant: string }> }) => {
  const { tenant } = await params;
  const database = await db();
  return Response.json(await listMembers(database, await signedInActor(database, request), tenant), { headers: { "Cache-Control": "no-store" } });
});
