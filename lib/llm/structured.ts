import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from "@langchain/core/messages";
import { ChatOpenAI } from "@langchain/openai";
import { z } from "zod";
import { RunLater } from "@/lib/jobs/run-later";
import type { LlmConfig } from "./config";
import { Limiter } from "./limiter";
import { backoffMs, classifyError, type RetryDecision } from "./retry";

/**
 * One structured call to an OpenAI-compatible chat model through LangChain: the schema goes out as a
 * tool (or response format), the reply comes back validated by the same zod schema. Transport
 * failures are retried here with backoff; a reply that is not valid JSON for the schema is returned
 * as errors, for the caller to repair or replace.
 */

export interface ChatTurn {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface CallUsage {
  promptTokens: number;
  completionTokens: number;
  /** HTTP requests made, retries included. */
  requests: number;
}

export type StructuredOutcome<T> = { ok: true; value: T; raw: string; usage: CallUsage } | { ok: false; errors: string[]; raw: string; usage: CallUsage };

export class LlmUnavailableError extends Error {
  constructor(
    readonly decision: RetryDecision,
    readonly usage: CallUsage,
    cause: unknown,
  ) {
    super(`LLM unavailable after ${usage.requests} request(s): ${decision.kind}${decision.status ? ` ${decision.status}` : ""}`, { cause });
    this.name = "LlmUnavailableError";
  }
}

export interface StructuredModel {
  readonly model: string;
  call<T>(request: { schema: z.ZodType<T>; name: string; messages: readonly ChatTurn[] }): Promise<StructuredOutcome<T>>;
}

const limiters = new Map<number, Limiter>();
/** One limiter per process and cap, so every report generated here shares the provider's budget. */
export function sharedLimiter(concurrency: number): Limiter {
  let limiter = limiters.get(concurrency);
  if (!limiter) limiters.set(concurrency, (limiter = new Limiter(concurrency)));
  return limiter;
}

function toMessages(turns: readonly ChatTurn[]): BaseMessage[] {
  return turns.map((t) => (t.role === "system" ? new SystemMessage(t.content) : t.role === "user" ? new HumanMessage(t.content) : new AIMessage(t.content)));
}

/** A message's text, whether the provider sent one string or a list of parts. */
export function contentText(content: AIMessage["content"]): string {
  return typeof content === "string" ? content : content.map((c) => ("text" in c && typeof c.text === "string" ? c.text : "")).join("");
}

/** The JSON text the model produced, whichever way it was asked for. */
function replyText(raw: AIMessage): string {
  const call = raw.tool_calls?.[0];
  if (call) return JSON.stringify(call.args);
  const invalid = raw.invalid_tool_calls?.[0];
  if (invalid) return invalid.args ?? "";
  const content = contentText(raw.content);
  // Some models wrap JSON in a Markdown fence even in JSON mode.
  return content.replace(/^\s*```(?:json)?\s*/i, "").replace(/\s*```\s*$/, "");
}

export function parseReply<T>(schema: z.ZodType<T>, text: string): { ok: true; value: T } | { ok: false; errors: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`output is not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Backoffs up to this are slept in place (a short blip); longer ones reschedule the job. */
export const INLINE_WAIT_MS = 5_000;

/** The LangChain client of the configured model. Retries are ours: backoff outside the concurrency slot, and each request counted. */
export function chatModel(config: LlmConfig, streaming = false): ChatOpenAI {
  return new ChatOpenAI({
    model: config.model,
    apiKey: config.apiKey,
    configuration: { baseURL: config.baseUrl },
    temperature: config.temperature,
    maxRetries: 0,
    timeout: config.timeoutMs,
    streaming,
  });
}

export function createStructuredModel(config: LlmConfig, limiter: Limiter = sharedLimiter(config.concurrency)): StructuredModel {
  const chat = chatModel(config);

  return {
    model: config.model,
    async call<T>({ schema, name, messages }: { schema: z.ZodType<T>; name: string; messages: readonly ChatTurn[] }): Promise<StructuredOutcome<T>> {
      let turns = messages;
      if (config.method === "jsonMode") {
        // JSON mode sends no schema: the prompt has to carry it (and say "JSON").
        const shape = JSON.stringify(z.toJSONSchema(schema));
        turns = [...messages, { role: "system", content: `Reply with one JSON object only, matching this JSON Schema: ${shape}` }];
      }
      const runnable = chat.withStructuredOutput(schema, { name, method: config.method, includeRaw: true });
      const usage: CallUsage = { promptTokens: 0, completionTokens: 0, requests: 0 };
      for (let attempt = 0; ; attempt++) {
        usage.requests++;
        try {
          const out = await limiter.run(() => runnable.invoke(toMessages(turns)));
          const raw = out.raw as AIMessage;
          usage.promptTokens += raw.usage_metadata?.input_tokens ?? 0;
          usage.completionTokens += raw.usage_metadata?.output_tokens ?? 0;
          const text = replyText(raw);
          const parsed = parseReply(schema, text);
          return parsed.ok ? { ok: true, value: parsed.value, raw: text, usage } : { ok: false, errors: parsed.errors, raw: text, usage };
        } catch (error) {
          const decision = classifyError(error);
          if (!decision.retry || attempt >= config.maxRetries) throw new LlmUnavailableError(decision, usage, error);
          const wait = backoffMs(attempt, config.retryBaseMs, decision);
          // A long wait is the job's to take out of its slot (rescheduled, capped), never a sleep here.
          if (wait > INLINE_WAIT_MS) throw new RunLater(wait, `the model's provider asked to wait ${Math.ceil(wait / 1000)} s (${decision.kind})`, true);
          await sleep(wait);
        }
      }
    },
  };
}
