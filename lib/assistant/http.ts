import "server-only";
import type { Db } from "@/db/client";
import { hit } from "@/lib/auth/rate-limit";
import { AppError } from "@/lib/errors";
import { addressKey, clientAddress } from "@/lib/http/client-address";
import type { RouteContext } from "@/lib/http/route";
import { logger } from "@/lib/logger";
import type { Asked, CallerKind } from "./service";
import type { Caller } from "@/lib/assessments/access";
import type { Actor } from "@/lib/auth/permissions";
import { bearerToken } from "@/lib/http/body";

/** Questions per address and minute: enough for a person typing, not for a script (each may call the model). */
export const QUESTIONS_PER_MINUTE = 20;

export async function limitAssistant(db: Db, request: Request): Promise<void> {
  const key = addressKey(clientAddress(request.headers));
  if (!key) return;
  const state = await hit(db, `assistant:address:${key}`, 60_000);
  if (state.count > QUESTIONS_PER_MINUTE)
    throw new AppError(
      "rate_limited",
      { "zh-CN": "message：提问太频繁，请稍后再试", en: "message: too many questions; try again in a minute" },
      { issues: [{ field: "message", message: { "zh-CN": "提问太频繁", en: "too many questions" } }] },
    );
}

/** Who asks: the resume token or account where an assessment is named (401/404 as its page), else whoever it is, anonymous included. */
export async function assistantCaller<P>(ctx: RouteContext<P>, namesAssessment: boolean): Promise<{ caller: Caller | null; kind: CallerKind }> {
  if (namesAssessment) {
    const caller = await ctx.caller();
    return { caller, kind: typeof caller === "string" ? "token" : "account" };
  }
  const actor = await ctx.optionalActor();
  return actor ? { caller: { actor }, kind: "account" } : { caller: null, kind: "anonymous" };
}

const encoder = new TextEncoder();
// JSON leaves U+2028/U+2029 as they are; a line-based reader would split there (text pasted from Word has them).
const frame = (event: string, data: unknown) =>
  encoder.encode(
    `event: ${event}\ndata: ${JSON.stringify(data)
      .replace(/\u2028/g, "\\u2028")
      .replace(/\u2029/g, "\\u2029")}\n\n`,
  );

/** The answer as server-sent events: `delta` with each piece of text, then `done` with the whole answer and its citations. */
export function streamAnswer(asked: Asked): Response {
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await asked.events.next();
        if (next.done) return controller.close();
        const event = next.value;
        controller.enqueue(event.type === "delta" ? frame("delta", { text: event.text }) : frame("done", event.answer));
        if (event.type === "done") controller.close();
      } catch (error) {
        logger.warn("assistant: stream failed", { error: error instanceof Error ? error.message : String(error) });
        controller.enqueue(frame("error", { error: "unavailable" }));
        controller.close();
      }
    },
    async cancel() {
      await asked.events.return(undefined);
    },
  });
  return new Response(body, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no" },
  });
}

/** Hand-overs per address and hour: each mails the portal's staff. */
export const HANDOFFS_PER_HOUR = 5;

export async function limitHandoffs(db: Db, request: Request): Promise<void> {
  const key = addressKey(clientAddress(request.headers));
  if (!key) return;
  const state = await hit(db, `assistant:handoff:${key}`, 3_600_000);
  if (state.count > HANDOFFS_PER_HOUR)
    throw new AppError(
      "rate_limited",
      { "zh-CN": "message：转人工太频繁，请稍后再试", en: "message: too many hand-overs; try again later" },
      { issues: [{ field: "message", message: { "zh-CN": "太频繁", en: "too many" } }] },
    );
}

/** The asker's key to a ticket: the Bearer key the hand-over gave, and/or the signed-in account. */
export async function ticketKey<P>(ctx: RouteContext<P>): Promise<{ token?: string; actor: Actor | null }> {
  const token = ctx.request.headers.get("authorization") ? bearerToken(ctx.request) : undefined;
  return { token, actor: await ctx.optionalActor() };
}
