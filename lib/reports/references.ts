import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import type { SectionOutput } from "@/prompts/report";

/**
 * The [[solution:ID]] and [[policy:ID]] tokens the writers put in a section are for the report's
 * editors (they keep them when they edit); every other reader gets the names in their place, worded
 * as the PDF words them, so no token ever reaches a firm's owner.
 */

export const REFERENCE_TOKEN = /\[\[(solution|policy):([a-z0-9-]+)\]\]/g;

export interface ReferenceNames {
  solutions: Record<string, { name: string; provider: string; demo: boolean }>;
  policies: Record<string, { title: string; href: string; demo: boolean }>;
}

/** One text with its tokens replaced; an id missing from the catalogue is shown as the bare id (as the PDF does). */
export function resolveReferences(text: string, names: ReferenceNames, locale: Locale): string {
  const t = translator(locale);
  return text.replace(REFERENCE_TOKEN, (_, kind: string, id: string) => {
    if (kind === "solution") {
      const s = names.solutions[id];
      return s ? t("pdf.ref.solution", { name: s.name, provider: s.provider }) : id;
    }
    const p = names.policies[id];
    // A demo policy says so, as the page always did: a reader must not take it for a real one.
    return p ? t("pdf.ref.policy", { title: p.title }) + (p.demo ? t("report.demo") : "") : id;
  });
}

/** A section's headline, paragraphs and bullets with their tokens resolved. */
export function resolveSection(content: SectionOutput, names: ReferenceNames, locale: Locale): SectionOutput {
  const r = (text: string) => resolveReferences(text, names, locale);
  return { ...content, headline: r(content.headline), paragraphs: content.paragraphs.map(r), bullets: content.bullets.map(r) };
}
