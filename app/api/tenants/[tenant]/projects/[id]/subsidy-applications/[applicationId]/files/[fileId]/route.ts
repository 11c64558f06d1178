import { fileResponse } from "@/lib/http/download";
import { route } from "@/lib/http/route";
import { deleteSubsidyMaterial, subsidyMaterialContent } from "@/lib/subsidies/service";

export const dynamic = "force-dynamic";

type Params = { tenant: string; id: string; applicationId: string; fileId: string };

/** A material's file, as a download that never renders as one of our pages. */
export const GET = route<Params>(async (ctx) => {
  const p = ctx.params;
  const file = await subsidyMaterialContent(ctx.db, await ctx.actor(), p.tenant, p.id, p.applicationId, p.fileId);
  return fileResponse(file.content, file.mimeType, file.fileName, "material");
});

/** Remove a material's file from a draft. */
export const DELETE = route<Params>(async (ctx) => {
  const p = ctx.params;
  await deleteSubsidyMaterial(ctx.db, await ctx.actor(), p.tenant, p.id, p.applicationId, p.fileId);
  return new Response(null, { status: 204 });
});
