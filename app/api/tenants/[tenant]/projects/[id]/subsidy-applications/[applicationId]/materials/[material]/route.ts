import { readUpload } from "@/lib/http/upload";
import { route } from "@/lib/http/route";
import { applicationFor, MATERIAL_LIMITS, uploadSubsidyMaterial } from "@/lib/subsidies/service";

export const dynamic = "force-dynamic";

/** Add a file (multipart: file) to one material of the checklist, by its position. */
export const POST = route<{ tenant: string; id: string; applicationId: string; material: string }>(async (ctx) => {
  const actor = await ctx.actor();
  // Who may upload is settled before 10 MB are read (the service checks again, with the file).
  await applicationFor(ctx.db, actor, ctx.params.tenant, ctx.params.id, ctx.params.applicationId, "project.apply");
  const upload = await readUpload(ctx.request, MATERIAL_LIMITS.maxFileBytes);
  const material = /^\d{1,2}$/.test(ctx.params.material) ? Number(ctx.params.material) : -1;
  return Response.json(await uploadSubsidyMaterial(ctx.db, actor, ctx.params.tenant, ctx.params.id, ctx.params.applicationId, material, upload), {
    status: 201,
  });
});
