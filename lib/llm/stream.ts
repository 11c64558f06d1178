import { type AIMessageChunk, HumanMessage, SystemMessage } from "@langchain/core/messages";
import type { LlmConfig } from "./config";
import { type Limiter } from "./limiter";
import { classifyError } from "./retry";
import { chatModel, contentText, LlmUnavailableError, sharedLimiter, type ChatTurn } from "./structured";

/**
 * Free text from an OpenAI-compatible chat model, streamed token by token through LangChain (the
 * assistant's written answers). One attempt: a failure before the first token is an
 * LlmUnavailableError for the caller to fall back on; the provider's concurrency slot is held until
 * the stream ends or is abandoned.
 */

export interface TextStreamModel {
  readonly model: string;
  stream(turns: readonly ChatTurn[], signal?: AbortSignal): AsyncGenerator<string>;
}

/** How long a question waits for a free slot of the model (reports share them) before it is answered without. */
export const SLOT_WAIT_MS = 5_000;

export function createTextStreamModel(config: LlmConfig, limiter: Limiter = sharedLimiter(config.concurrency), slotWaitMs = SLOT_WAIT_MS): TextStreamModel {
  const chat = chatModel(config, true);
  return {
    model: config.model,
    async *stream(turns, signal) {
      let release: () => void;
      try {
        release = await limiter.acquire(slotWaitMs);
      } catch (error) {
        throw new LlmUnavailableError({ kind: "timeout", retry: false }, { promptTokens: 0, completionTokens: 0, requests: 0 }, error);
      }
      try {
        const messages = turns.map((t) => (t.role === "system" ? new SystemMessage(t.content) : new HumanMessage(t.content)));
        let iterator: AsyncIterable<AIMessageChunk>;
        try {
          iterator = await chat.stream(messages, { signal });
        } catch (error) {
          throw new LlmUnavailableError(classifyError(error), { promptTokens: 0, completionTokens: 0, requests: 1 }, error);
        }
        let first = true;
        try {
          for await (const chunk of iterator) {
            first = false;
            const text = contentText(chunk.content);
            if (text) yield text;
          }
        } catch (error) {
          if (first) throw new LlmUnavailableError(classifyError(error), { promptTokens: 0, completionTokens: 0, requests: 1 }, error);
          throw error;
        }
      } finally {
        release();
      }
    },
  };
}
