import { answerOf, ask, assistantRequest } from "@/lib/assistant/service";
import { assistantCaller, limitAssistant, streamAnswer } from "@/lib/assistant/http";
import { defaultTextModel } from "@/lib/llm";
import { defaultQueryEmbedder } from "@/lib/llm/embeddings";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** 小镝客服: JSON answers, or server-sent events with `Accept: text/event-stream`. */
export const POST = route(async (ctx) => {
  const request = await ctx.body(assistantRequest, 96 * 1024);
  await limitAssistant(ctx.db, ctx.request);
  const caller = await assistantCaller(ctx, request.assessmentId !== undefined);
  const asked = await ask(ctx.db, request, caller, {
    locale: ctx.locale,
    model: defaultTextModel(),
    embedder: defaultQueryEmbedder(),
    signal: ctx.request.signal,
  });
  if ((ctx.request.headers.get("accept") ?? "").includes("text/event-stream")) return streamAnswer(asked);
  return Response.json(await answerOf(asked), { headers: { "Cache-Control": "no-store" } });
});
