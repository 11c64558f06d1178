import { z } from "zod";
import { projectFor } from "@/lib/projects/access";
import { answerProjectForm, projectFormsFor } from "@/lib/projects/form-service";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const answerRequest = z.object({ values: z.record(z.string(), z.unknown()) }).strict();

/** One form of the project: its definition (the version asked now), the answer so far, whether the caller may answer. */
export const GET = route<{ tenant: string; id: string; key: string }>(async (ctx) => {
  const forms = await projectFormsFor(ctx.db, await ctx.actor(), ctx.params.tenant, ctx.params.id);
  const form = forms.find((f) => f.key === ctx.params.key);
  if (!form) throw AppError.notFound("form");
  return Response.json(form, { headers: { "Cache-Control": "no-store" } });
});

/** Answer the form (`{"values": {…}}`): a 400 names each field at fault (`values.<field>`). */
export const PUT = route<{ tenant: string; id: string; key: string }>(async (ctx) => {
  const actor = await ctx.actor();
  await projectFor(ctx.db, actor, ctx.params.tenant, ctx.params.id);
  const body = await ctx.body(answerRequest);
  return Response.json(await answerProjectForm(ctx.db, actor, ctx.params.tenant, ctx.params.id, ctx.params.key, body));
});
