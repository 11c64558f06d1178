import { tenantFor } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { LOGO_MAX_BYTES, tenantLogo, uploadLogo } from "@/lib/admin/settings";
import { readUpload } from "@/lib/http/upload";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The portal's logo: public, like the pages it appears on. */
export const GET = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  const logo = await tenantLogo(ctx.db, tenant);
  if (!logo) throw AppError.notFound("logo");
  return new Response(new Uint8Array(logo.content), {
    headers: { "Content-Type": logo.mimeType, "Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff" },
  });
});

/** Replace the logo (PNG or JPEG, at most 512 KB). */
export const POST = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  const actor = await ctx.actor();
  await tenantFor(ctx.db, actor, tenant, "tenant.branding.edit"); // before the body is read
  const upload = await readUpload(ctx.request, LOGO_MAX_BYTES);
  return Response.json(await uploadLogo(ctx.db, actor, tenant, upload), { status: 201 });
});
