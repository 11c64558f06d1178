import { appUrl } from "@/lib/env";
import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { publishReport, publishRequest } from "@/lib/reports/publish";
import { readJson } from "@/lib/http/body";
import { signedInActor } from "@/lib/http/caller";

export const dynamic = "force-dynamic";

/** Publish the reviewed version to the client (its owner reads that version; the contact is told). */
export const POST = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const database = await db();
  const actor = await signedInActor(database, request);
  const body = await readJson(request, publishRequest);
  return Response.json(await publishReport(database, id, actor, body, appUrl()), { status: 201 });
});
