import { ticketKey } from "@/lib/assistant/http";
import { ticketForAsker } from "@/lib/assistant/tickets";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The asker's conversation with the staff: by the ticket's key (Bearer) or signed in as the asker. */
export const GET = route<{ id: string }>(async (ctx) => {
  return Response.json(await ticketForAsker(ctx.db, ctx.params.id, await ticketKey(ctx)), { headers: { "Cache-Control": "no-store" } });
});
