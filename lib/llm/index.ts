import "server-only";
import { llmConfig } from "./config";
import { createStructuredModel, type StructuredModel } from "./structured";

export { llmConfig, type LlmConfig } from "./config";
export { createStructuredModel, LlmUnavailableError, type StructuredModel } from "./structured";

let cached: StructuredModel | null | undefined;

/** The configured model, or null when no LLM is set (reports then use the deterministic writer). */
export function defaultModel(): StructuredModel | null {
  if (cached === undefined) {
    const config = llmConfig();
    cached = config ? createStructuredModel(config) : null;
  }
  return cached;
}
