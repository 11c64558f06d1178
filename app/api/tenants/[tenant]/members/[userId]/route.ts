import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { memberRolesRequest, setMemberRoles } from "@/lib/auth/invitations";
import { readJson } from "@/lib/http/body";
import { signedInActor } from "@/lib/http/caller";

export const dynamic = "force-dynamic";

/** Set a member's roles in the portal (an empty list removes them). */
export const PUT = handler(async (request: Request, { params }: { params: Promise<{ tenant: string; userId: string }> }) => {
  const { tenant, userId } = await params;
  const database = await db();
  const actor = await signedInActor(database, request);
  const body = await readJson(request, memberRolesRequest);
  return Response.json(await setMemberRoles(database, actor, tenant, userId, body));
});
