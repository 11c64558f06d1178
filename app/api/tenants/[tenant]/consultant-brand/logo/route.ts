import { tenantFor } from "@/lib/auth/guard";
import { consultantLogo, uploadConsultantLogo } from "@/lib/consultants/brand";
import { db } from "@/lib/db";
import { LOGO_MAX_BYTES } from "@/lib/files/logo";
import { signedInActor } from "@/lib/http/caller";
import { handler } from "@/lib/http/errors";
import { readUpload } from "@/lib/http/upload";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ tenant: string }> };

/** The consultant's logo (for their own settings page). */
export const GET = handler(async (request: Request, { params }: Context) => {
  const { tenant } = await params;
  const database = await db();
  const logo = await consultantLogo(database, await signedInActor(database, request), tenant);
  return new Response(new Uint8Array(logo.content), { headers: { "Content-Type": logo.mimeType, "Cache-Control": "private, max-age=300", "X-Content-Type-Options": "nosniff" } });
});

/** Replace the logo (PNG or JPEG, at most 512 KB). */
export const POST = handler(async (request: Request, { params }: Context) => {
  const { tenant } = await params;
  const database = await db();
  const actor = await signedInActor(database, request);
  await tenantFor(database, actor, tenant, "client.manage"); // before the body is read
  const upload = await readUpload(request, LOGO_MAX_BYTES);
  return Response.json(await uploadConsultantLogo(database, actor, tenant, upload), { status: 201 });
});
