import { fileResponse } from "@/lib/http/download";
import { acceptancePack } from "@/lib/projects/pack";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The acceptance pack as a zip: acceptance.pdf, manifest.json and the files (409 until the after-assessment is submitted). */
export const GET = route<{ tenant: string; id: string }>(async (ctx) => {
  const actor = await ctx.actor();
  const { zip, fileName } = await acceptancePack(ctx.db, actor, ctx.params.tenant, ctx.params.id, ctx.locale);
  return fileResponse(zip, "application/zip", fileName, "acceptance-pack.zip");
});
