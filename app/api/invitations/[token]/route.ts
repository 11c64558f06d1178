import { acceptInvitation, acceptRequest } from "@/lib/auth/invitations";
import { db } from "@/lib/db";
import { eq } from "drizzle-orm";
import { handler } from "@/lib/http/errors";
import { readJson } from "@/lib/http/body";
import { requestActor } from "@/lib/auth/request-actor";
import { users } from "@/db/schema";

export const dynamic = "force-dynamic";

/** Accept an invitation: with the session of the invited e-mail, or by choosing a password for a new account. */
export const POST = handler(async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  const database = await db();
  const body = await readJson(request, acceptRequest);
  const actor = await requestActor(database, request);
  const [user] = actor ? await database.select({ email: users.email }).from(users).where(eq(users.id, actor.userId)) : [];
  const outcome = await acceptInvitation(database, token, body, actor && user ? { ...actor, email: user.email } : null);
  return Response.json(outcome, { status: outcome.created ? 201 : 200 });
});
