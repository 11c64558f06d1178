import { industryKnowledgeFor, type IndustryKnowledge, type IndustryQuery, type KnowledgeSource } from "@/lib/enterprise/industry-knowledge";
import type { Locale } from "@/lib/i18n/locales";
import type { IndustryFacts } from "@/prompts/report";
import type { CompiledTemplate } from "@/scoring";
import { plainWords } from "./plain-words";

/**
 * An industry's knowledge as the report states it: in the report's language, each statement with
 * its source in words, only scenes the model has. Levels are filled in by the facts builder.
 */

type Source = KnowledgeSource;
type L = Record<Locale, string>;

const sourceText = (s: Source) => `${s.issuer}${s.issuer && s.title ? " " : ""}${s.title}${s.year ? ` (${s.year})` : ""}`;

/** The knowledge that fits the firm (segment name, then 中类, then 大类; else general guidance). */
export function industryFor(firm: IndustryQuery, t: CompiledTemplate, language: Locale): IndustryFacts {
  const match = industryKnowledgeFor(firm);
  return industryFacts(match.entry, match.matched, t, language);
}

export function industryFacts(entry: IndustryKnowledge, matched: boolean, t: CompiledTemplate, language: Locale): IndustryFacts {
  const known = (code: string) => t.sceneByCode.has(code);
  const text = (l: L) => plainWords(l[language], language);
  return {
    matched,
    name: entry.name[language],
    pains: entry.pains.map((p) => ({ text: text(p.text), scenes: p.scenes.filter(known), source: sourceText(p.source), confidence: p.source.confidence })),
    keyScenes: entry.keyScenes
      .filter((k) => known(k.scene))
      .map((k) => ({ scene: k.scene, text: text(k.why), source: sourceText(k.source), confidence: k.source.confidence, level: 0 })),
    goodLooksLike: entry.goodLooksLike.map((g) => ({ text: text(g.text), source: sourceText(g.source), confidence: g.source.confidence })),
    kpis: entry.kpis.map((k) => ({ name: text(k.name), unit: text(k.unit), scenes: k.scenes.filter(known) })),
  };
}
