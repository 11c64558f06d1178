import "server-only";
import { OpenAIEmbeddings } from "@langchain/openai";
import { env, type Env } from "@/lib/env";
import { classifyError } from "./retry";
import { LlmUnavailableError } from "./structured";

/**
 * Texts into vectors through the configured OpenAI-compatible endpoint (LangChain's OpenAIEmbeddings):
 * what the assistant ranks passages by meaning with, besides their words. Null when no embeddings
 * model is configured.
 */

export interface Embedder {
  readonly model: string;
  embed(texts: readonly string[]): Promise<number[][]>;
}

export function embeddingsConfig(config: Env = env()): { baseUrl: string; apiKey: string; model: string; timeoutMs: number } | null {
  if (!config.LLM_BASE_URL || !config.LLM_EMBEDDINGS_MODEL) return null;
  return {
    baseUrl: config.LLM_BASE_URL.replace(/\/+$/, ""),
    apiKey: config.LLM_API_KEY ?? "none",
    model: config.LLM_EMBEDDINGS_MODEL,
    timeoutMs: config.LLM_TIMEOUT_MS,
  };
}

export function createEmbedder(config: { baseUrl: string; apiKey: string; model: string; timeoutMs: number; maxRetries?: number }): Embedder {
  const client = new OpenAIEmbeddings({
    model: config.model,
    apiKey: config.apiKey,
    configuration: { baseURL: config.baseUrl },
    batchSize: 64,
    // Asked for as numbers: the client's default asks for base64 and misreads a server that answers
    // with numbers anyway (several OpenAI-compatible servers do).
    encodingFormat: "float",
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries ?? 1,
  });
  return {
    model: config.model,
    async embed(texts) {
      if (texts.length === 0) return [];
      try {
        return await client.embedDocuments([...texts]);
      } catch (error) {
        throw new LlmUnavailableError(classifyError(error), { promptTokens: 0, completionTokens: 0, requests: 1 }, error);
      }
    },
  };
}

let cached: Embedder | null | undefined;
let cachedQuery: Embedder | null | undefined;

/** For the background job: the configured timeout, one retry. */
export function defaultEmbedder(): Embedder | null {
  if (cached === undefined) {
    const config = embeddingsConfig();
    cached = config ? createEmbedder(config) : null;
  }
  return cached;
}

/** For a question being asked: at most 3 s, no retry (the words' ranking answers meanwhile). */
export const QUERY_EMBED_TIMEOUT_MS = 3_000;

export function defaultQueryEmbedder(): Embedder | null {
  if (cachedQuery === undefined) {
    const config = embeddingsConfig();
    cachedQuery = config ? createEmbedder({ ...config, timeoutMs: Math.min(config.timeoutMs, QUERY_EMBED_TIMEOUT_MS), maxRetries: 0 }) : null;
  }
  return cachedQuery;
}
