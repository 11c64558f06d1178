import "server-only";
import { llmConfig } from "./config";
import { createTextStreamModel, type TextStreamModel } from "./stream";
import { createStructuredModel, type StructuredModel } from "./structured";

export { llmConfig, type LlmConfig } from "./config";
export { createStructuredModel, LlmUnavailableError, type StructuredModel } from "./structured";
export { createTextStreamModel, type TextStreamModel } from "./stream";

let cached: StructuredModel | null | undefined;

/** The configured model, or null when no LLM is set (reports then use the deterministic writer). */
export function defaultModel(): StructuredModel | null {
  if (cached === undefined) {
    const config = llmConfig();
    cached = config ? createStructuredModel(config) : null;
  }
  return cached;
}

let cachedText: TextStreamModel | null | undefined;

/** The configured model for streamed free text (the assistant), or null when no LLM is set. */
export function defaultTextModel(): TextStreamModel | null {
  if (cachedText === undefined) {
    const config = llmConfig();
    cachedText = config ? createTextStreamModel(config) : null;
  }
  return cachedText;
}
