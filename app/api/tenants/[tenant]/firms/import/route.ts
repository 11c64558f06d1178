import { z } from "zod";
import { tenantFor } from "@/lib/auth/guard";
import { commitImport, IMPORT_MAX_BYTES, previewImport } from "@/lib/firm-import/service";
import { AppError } from "@/lib/errors";
import { issuesFromZod } from "@/lib/http/errors";
import { route } from "@/lib/http/route";
import { readUpload } from "@/lib/http/upload";

export const dynamic = "force-dynamic";

const fields = z.object({ commit: z.enum(["true", "false"]).default("false") });

/**
 * A firm list (.xlsx or .csv, field `file`): without `commit=true` a preview that writes nothing, with
 * it the import of the good rows (the same file, checked again).
 */
export const POST = route<{ tenant: string }>(async (ctx) => {
  const { tenant } = ctx.params;
  const actor = await ctx.actor();
  await tenantFor(ctx.db, actor, tenant, "firm.import"); // before 5 MB are read
  const upload = await readUpload(ctx.request, IMPORT_MAX_BYTES);
  const parsed = fields.safeParse({ commit: upload.fields.commit || undefined });
  if (!parsed.success) throw AppError.validation(issuesFromZod(parsed.error));
  const result =
    parsed.data.commit === "true"
      ? await commitImport(ctx.db, actor, tenant, upload, ctx.locale)
      : await previewImport(ctx.db, actor, tenant, upload, ctx.locale);
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});
