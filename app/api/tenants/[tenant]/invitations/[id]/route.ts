import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { revokeInvitation } from "@/lib/auth/invitations";
import { signedInActor } from "@/lib/http/caller";

export const dynamic = "force-dynamic";

/** Revoke a pending invitation. */
export const DELETE = handler(async (request: Request, { params }: { params: Promise<{ tenant: string; id: string }> }) => {
  const { tenant, id } = await params;
  const database = await db();
  await revokeInvitation(database, await signedInActor(database, request), tenant, id);
  return new Response(null, { status: 204 });
});
