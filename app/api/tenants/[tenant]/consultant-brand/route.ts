import { consultantBrand, consultantBrandRequest, saveConsultantBrand } from "@/lib/consultants/brand";
import { db } from "@/lib/db";
import { readJson } from "@/lib/http/body";
import { signedInActor } from "@/lib/http/caller";
import { handler } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ tenant: string }> };

/** The signed-in consultant's own brand in this portal (null until set). */
export const GET = handler(async (request: Request, { params }: Context) => {
  const { tenant } = await params;
  const database = await db();
  return Response.json({ brand: await consultantBrand(database, await signedInActor(database, request), tenant) }, { headers: { "Cache-Control": "no-store" } });
});

/** Organisation name and colours (each must carry white text at 4.5:1). */
export const PUT = handler(async (request: Request, { params }: Context) => {
  const { tenant } = await params;
  const database = await db();
  const actor = await signedInActor(database, request);
  const body = await readJson(request, consultantBrandRequest);
  await saveConsultantBrand(database, actor, tenant, body);
  return Response.json({ brand: await consultantBrand(database, actor, tenant) });
});
