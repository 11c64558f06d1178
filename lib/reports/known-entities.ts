import type { PolicyEntry } from "@/db/catalogue/policies";
import type { SolutionEntry } from "@/db/catalogue/solutions";
import type { KnownEntities } from "./grounding";

/** Provider names as a writer might shorten them: without the "（演示）" / "(demo)" mark. */
function variants(name: string): string[] {
  const bare = name.replace(/\s*[（(](?:演示|demo)[)）]\s*$/i, "").trim();
  return bare !== name ? [name, bare] : [name];
}

/** Every name in the catalogues, so that a section naming one outside its candidates is caught. */
export function knownEntities(solutions: Iterable<SolutionEntry>, policies: Iterable<PolicyEntry>): KnownEntities {
  return {
    solutions: [...solutions].map((s) => ({
      id: s.id,
      names: [s.name["zh-CN"], s.name.en],
      providers: [...variants(s.provider.name["zh-CN"]), ...variants(s.provider.name.en)],
    })),
    policies: [...policies].map((p) => ({ id: p.id, titles: [p.title, p.titleEn] })),
  };
}
