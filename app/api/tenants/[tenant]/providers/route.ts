import { providerScorecards } from "@/lib/projects/analytics";
import { SCORE_FORMULA } from "@/lib/projects/scorecard";
import { localize } from "@/lib/i18n/localized";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Every provider's scorecard on the portal, with the formula its score follows. */
export const GET = route<{ tenant: string }>(async (ctx) => {
  const cards = await providerScorecards(ctx.db, await ctx.actor(), ctx.params.tenant);
  return Response.json({ formula: localize(SCORE_FORMULA, ctx.locale), providers: cards }, { headers: { "Cache-Control": "no-store" } });
});
