import { createHash } from "node:crypto";
import { z } from "zod";
import type { SectionProvenance } from "@/db/schema/reports";
import { LlmUnavailableError, type ChatTurn, type StructuredModel } from "@/lib/llm/structured";
import { logger } from "@/lib/logger";
import { fillTemplate } from "@/prompts/template";
import { promptData, quoteUntrusted, REPAIR_PROMPT, SECTION_PROMPTS, SYSTEM_PROMPT, type SectionKey, type SectionOutput } from "@/prompts/report";
import { writeDeterministic } from "./deterministic";
import { sectionFacts, type ReportFacts } from "./facts";
import { checkGrounding, type GroundingContext, type KnownEntities } from "./grounding";
import { typedWords } from "./section-facts";

/**
 * One section: from the cache when the same facts, prompt and model wrote it before; otherwise the
 * model, checked; one repair with the problems listed; else the deterministic writer. The
 * provenance says which, and what was rejected.
 */

export interface SectionCache {
  get(key: string): Promise<{ content: SectionOutput; provenance: SectionProvenance } | null>;
  put(key: string, section: SectionKey, content: SectionOutput, provenance: SectionProvenance): Promise<void>;
}

export interface SectionUsage {
  promptTokens: number;
  completionTokens: number;
  requests: number;
}

export interface WrittenSection {
  content: SectionOutput;
  provenance: SectionProvenance;
  usage: SectionUsage;
}

export interface SectionWriterDeps {
  model: StructuredModel | null;
  catalogue: KnownEntities;
  cache: SectionCache;
}

const MAX_REJECTIONS = 12;

/** What a section is checked against: its slice, the level, the catalogue, the model's scenes and the firm's words. */
export function groundingContext(facts: ReportFacts, slice: Record<string, unknown>, catalogue: KnownEntities): GroundingContext {
  return { facts: slice, currentLevel: facts.level.current, catalogue, sceneNames: facts.scenes.map((s) => s.name), quotable: typedWords(facts) };
}

/**
 * The hash of everything the model is sent for a section: model, system rules, the rendered user turn
 * (task text, facts, the firm's name and text where the prompt has them), tool name and output schema.
 * A section is reused only for a prompt identical in every part, never for another firm's.
 */
export function sectionCacheKey(key: SectionKey, facts: ReportFacts, model: string, slice: Record<string, unknown> = sectionFacts(key, facts)): string {
  const prompt = SECTION_PROMPTS[key];
  const material = JSON.stringify({
    version: prompt.version,
    model,
    tool: toolName(key),
    schema: z.toJSONSchema(prompt.schema),
    system: SYSTEM_PROMPT[facts.language],
    user: userPrompt(key, facts, slice),
  });
  return createHash("sha256").update(material).digest("hex");
}

const toolName = (key: SectionKey) => `write_${key}_section`;

/** The user turn of a section: its task with the facts (and, where used, the quoted firm text). */
export function userPrompt(key: SectionKey, facts: ReportFacts, slice: Record<string, unknown> = sectionFacts(key, facts)): string {
  const prompt = SECTION_PROMPTS[key];
  const values: Record<string, string> = { facts: promptData(slice) };
  if (prompt.inputs.includes("firm_text")) values.firm_text = quoteUntrusted(facts.firmText);
  return fillTemplate(prompt.task[facts.language], values);
}

/** `cacheKey`: when the caller already computed it (to look the whole report up at once). */
export async function writeSection(key: SectionKey, facts: ReportFacts, deps: SectionWriterDeps, cacheKey?: string): Promise<WrittenSection> {
  const usage: SectionUsage = { promptTokens: 0, completionTokens: 0, requests: 0 };
  const fallback = (rejected: string[]): WrittenSection => ({
    content: writeDeterministic(key, facts),
    provenance: {
      writer: "deterministic",
      ...(deps.model ? { model: deps.model.model, promptVersion: SECTION_PROMPTS[key].version } : {}),
      ...(rejected.length > 0 ? { rejected: rejected.slice(0, MAX_REJECTIONS) } : {}),
    },
    usage,
  });
  if (!deps.model) return fallback([]);

  const model = deps.model;
  const prompt = SECTION_PROMPTS[key];
  const slice = sectionFacts(key, facts);
  const entryKey = cacheKey ?? sectionCacheKey(key, facts, model.model, slice);
  const cached = await deps.cache.get(entryKey);
  if (cached) return { content: cached.content, provenance: { ...cached.provenance, cached: true }, usage };

  const context = groundingContext(facts, slice, deps.catalogue);
  const messages: ChatTurn[] = [
    { role: "system", content: SYSTEM_PROMPT[facts.language] },
    { role: "user", content: userPrompt(key, facts, slice) },
  ];
  const rejected: string[] = [];
  const add = (u: SectionUsage) => {
    usage.promptTokens += u.promptTokens;
    usage.completionTokens += u.completionTokens;
    usage.requests += u.requests;
  };
  try {
    for (const attempt of [0, 1] as const) {
      const out = await model.call({ schema: prompt.schema, name: toolName(key), messages });
      add(out.usage);
      const problems = out.ok ? checkGrounding(out.value, context) : out.errors;
      if (out.ok && problems.length === 0) {
        const provenance: SectionProvenance = {
          writer: attempt === 0 ? "llm" : "llm_repaired",
          model: model.model,
          promptVersion: prompt.version,
          ...(rejected.length > 0 ? { rejected } : {}),
        };
        await deps.cache.put(entryKey, key, out.value, provenance);
        return { content: out.value, provenance, usage };
      }
      rejected.push(...problems.map((p) => (attempt === 0 ? p : `repair: ${p}`)));
      messages.push(
        { role: "assistant", content: out.raw.slice(0, 8000) },
        { role: "user", content: fillTemplate(REPAIR_PROMPT[facts.language], { errors: problems.map((p) => `- ${p}`).join("\n") }) },
      );
    }
    logger.warn("report.section.fallback", { section: key, reason: "grounding", rejected: rejected.length });
    return fallback(rejected);
  } catch (error) {
    if (!(error instanceof LlmUnavailableError)) throw error;
    add(error.usage);
    logger.warn("report.section.fallback", { section: key, reason: error.decision.kind, status: error.decision.status });
    return fallback([
      ...rejected,
      `model unavailable: ${error.decision.kind}${error.decision.status ? ` ${error.decision.status}` : ""} after ${error.usage.requests} request(s)`,
    ]);
  }
}
