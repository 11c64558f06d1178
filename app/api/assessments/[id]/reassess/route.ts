import { reassess } from "@/lib/assessments/service";
import { db } from "@/lib/db";
import { callerOf } from "@/lib/http/caller";
import { handler } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

/** A new assessment of the same firm, prefilled with the submitted answers. */
export const POST = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  return Response.json(await reassess(await db(), id, await callerOf(await db(), request)), { status: 201 });
});
