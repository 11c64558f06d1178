import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reportSectionCache } from "@/db/schema";
import { SECTION_PROMPTS, type SectionOutput } from "@/prompts/report";
import type { SectionCache } from "./write-section";

/** Sections a model wrote and the checks accepted, keyed by the hash of facts, prompt and model. */
export function dbSectionCache(db: Db, tenantId: string): SectionCache {
  return {
    async get(key) {
      const [row] = await db
        .select({ section: reportSectionCache.section, content: reportSectionCache.content, model: reportSectionCache.model, promptVersion: reportSectionCache.promptVersion })
        .from(reportSectionCache)
        .where(and(eq(reportSectionCache.cacheKey, key), eq(reportSectionCache.tenantId, tenantId)));
      if (!row) return null;
      const prompt = SECTION_PROMPTS[row.section as keyof typeof SECTION_PROMPTS];
      // Stored output is checked again against its schema: the schema may have changed since.
      const parsed = prompt?.schema.safeParse(row.content);
      if (!parsed?.success) return null;
      return { content: parsed.data, provenance: { writer: "llm", model: row.model, promptVersion: row.promptVersion } };
    },
    async put(key, section, content: SectionOutput, provenance) {
      await db
        .insert(reportSectionCache)
        .values({ cacheKey: key, tenantId, section, content, model: provenance.model ?? "", promptVersion: provenance.promptVersion ?? "" })
        .onConflictDoNothing();
    },
  };
}
