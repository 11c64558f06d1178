import { consultantBrand, consultantBrandRequest, saveConsultantBrand } from "@/lib/consultants/brand";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The signed-in consultant's own brand in this portal (null until set). */
export const GET = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  return Response.json({ brand: await consultantBrand(ctx.db, await ctx.actor(), tenant) }, { headers: { "Cache-Control": "no-store" } });
});

/** Organisation name and colours (each must carry white text at 4.5:1). */
export const PUT = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  const actor = await ctx.actor();
  const body = await ctx.body(consultantBrandRequest);
  await saveConsultantBrand(ctx.db, actor, tenant, body);
  return Response.json({ brand: await consultantBrand(ctx.db, actor, tenant) });
});
