import { tenantFor } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { LOGO_MAX_BYTES, tenantLogo, uploadLogo } from "@/lib/admin/settings";
import { db } from "@/lib/db";
import { handler } from "@/lib/http/errors";
import { readUpload } from "@/lib/http/upload";
import { signedInActor } from "@/lib/http/caller";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ tenant: string }> };

/** The portal's logo: public, like the pages it appears on. */
export const GET = handler(async (_request: Request, { params }: Context) => {
  const { tenant } = await params;
  const logo = await tenantLogo(await db(), tenant);
  if (!logo) throw AppError.notFound("logo");
  return new Response(new Uint8Array(logo.content), {
    headers: { "Content-Type": logo.mimeType, "Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff" },
  });
});

/** Replace the logo (PNG or JPEG, at most 512 KB). */
export const POST = handler(async (request: Request, { params }: Context) => {
  const { tenant } = await params;
  const database = await db();
  const actor = await signedInActor(database, request);
  await tenantFor(database, actor, tenant, "tenant.branding.edit"); // before the body is read
  const upload = await readUpload(request, LOGO_MAX_BYTES);
  return Response.json(await uploadLogo(database, actor, tenant, upload), { status: 201 });
});
