import { tenantFor } from "@/lib/auth/guard";
import { formDefinition } from "@/lib/projects/forms";
import { saveFormTemplate } from "@/lib/projects/form-service";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Save a new version of a form (the definition the visual editor builds); earlier answers keep theirs. */
export const PUT = route<{ tenant: string; key: string }>(async (ctx) => {
  const actor = await ctx.actor();
  await tenantFor(ctx.db, actor, ctx.params.tenant, "forms.edit");
  const body = await ctx.body(formDefinition);
  return Response.json(await saveFormTemplate(ctx.db, actor, ctx.params.tenant, ctx.params.key, body));
});
