import "server-only";
import { env, type Env } from "@/lib/env";

/** How the report writer reaches a model; null when none is configured (deterministic writer only). */
export interface LlmConfig {
  baseUrl: string;
  apiKey: string;
  model: string;
  method: "functionCalling" | "jsonMode" | "jsonSchema";
  timeoutMs: number;
  maxRetries: number;
  retryBaseMs: number;
  concurrency: number;
  temperature: number;
}

export function llmConfig(config: Env = env()): LlmConfig | null {
  if (!config.LLM_BASE_URL || !config.LLM_MODEL) return null;
  return {
    baseUrl: config.LLM_BASE_URL.replace(/\/+$/, ""),
    // Local servers (Ollama, vLLM) accept any key; the client library insists on one.
    apiKey: config.LLM_API_KEY ?? "none",
    model: config.LLM_MODEL,
    method: config.LLM_STRUCTURED_METHOD,
    timeoutMs: config.LLM_TIMEOUT_MS,
    maxRetries: config.LLM_MAX_RETRIES,
    retryBaseMs: config.LLM_RETRY_BASE_MS,
    concurrency: config.LLM_CONCURRENCY,
    temperature: config.LLM_TEMPERATURE,
  };
}
