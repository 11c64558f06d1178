import { appUrl } from "@/lib/env";
import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { inviteRequest, inviteUser } from "@/lib/auth/invitations";
import { readJson } from "@/lib/http/body";
import { requestLocale } from "@/lib/http/locale";
import { signedInActor } from "@/lib/http/caller";

export const dynamic = "force-dynamic";

/** Invite a consultant or administrator by e-mail (the link is mailed, never returned). */
export const POST = handler(async (request: Request, { params }: { params: Promise<{ tenant: string }> }) => {
  const { tenant } = await params;
  const database = await db();
  const actor = await signedInActor(database, request);
  const body = await readJson(request, inviteRequest);
  const { id } = await inviteUser(database, actor, tenant, body, appUrl(), requestLocale(request));
  return Response.json({ id }, { status: 201 });
});
