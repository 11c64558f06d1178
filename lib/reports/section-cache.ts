import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reportSectionCache } from "@/db/schema";
import { SECTION_PROMPTS, type SectionOutput } from "@/prompts/report";
import type { SectionCache } from "./write-section";

/** Sections a model wrote and the checks accepted, keyed by the hash of facts, prompt and model. */
type Hit = NonNullable<Awaited<ReturnType<SectionCache["get"]>>>;

/** All the given keys in one query (a report looks up its eight sections at once). */
export async function dbSectionCache(db: Db, tenantId: string, keys: readonly string[]): Promise<SectionCache> {
  const rows =
    keys.length === 0
      ? []
      : await db
          .select({
            key: reportSectionCache.cacheKey,
            section: reportSectionCache.section,
            content: reportSectionCache.content,
            model: reportSectionCache.model,
            promptVersion: reportSectionCache.promptVersion,
          })
          .from(reportSectionCache)
          .where(and(inArray(reportSectionCache.cacheKey, [...keys]), eq(reportSectionCache.tenantId, tenantId)));
  const hits = new Map<string, Hit>();
  for (const row of rows) {
    const prompt = SECTION_PROMPTS[row.section as keyof typeof SECTION_PROMPTS];
    // Stored output is checked again against its schema: the schema may have changed since.
    const parsed = prompt?.schema.safeParse(row.content);
    if (parsed?.success) hits.set(row.key, { content: parsed.data, provenance: { writer: "llm", model: row.model, promptVersion: row.promptVersion } });
  }
  return {
    async get(key) {
      return hits.get(key) ?? null;
    },
    async put(key, section, content: SectionOutput, provenance) {
      await db
        .insert(reportSectionCache)
        .values({ cacheKey: key, tenantId, section, content, model: provenance.model ?? "", promptVersion: provenance.promptVersion ?? "" })
        .onConflictDoNothing();
    },
  };
}
