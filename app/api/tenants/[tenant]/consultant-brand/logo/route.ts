import { tenantFor } from "@/lib/auth/guard";
import { consultantLogo, uploadConsultantLogo } from "@/lib/consultants/brand";
import { LOGO_MAX_BYTES } from "@/lib/files/logo";
import { readUpload } from "@/lib/http/upload";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The consultant's logo (for their own settings page). */
export const GET = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  const logo = await consultantLogo(ctx.db, await ctx.actor(), tenant);
  return new Response(new Uint8Array(logo.content), {
    headers: { "Content-Type": logo.mimeType, "Cache-Control": "private, max-age=300", "X-Content-Type-Options": "nosniff" },
  });
});

/** Replace the logo (PNG or JPEG, at most 512 KB). */
export const POST = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  const actor = await ctx.actor();
  await tenantFor(ctx.db, actor, tenant, "client.manage"); // before the body is read
  const upload = await readUpload(ctx.request, LOGO_MAX_BYTES);
  return Response.json(await uploadConsultantLogo(ctx.db, actor, tenant, upload), { status: 201 });
});
