import { GENERAL_ID, INDUSTRY_KNOWLEDGE, type IndustryKnowledge } from "@/db/catalogue/industry-knowledge";

/**
 * Which industry knowledge fits a firm, so the report can speak of "firms like yours" with sourced facts.
 * A pilot city's 细分行业 name says most about what the firm does, then its GB/T 4754 中类, then its 大类;
 * a firm that fits none gets the general entry, and `matched` says so (the report must not then claim
 * industry-specific knowledge). Pure and small: usable on the server and in the browser.
 */

export type {
  IndustryGoodLooksLike,
  IndustryKeyScene,
  IndustryKnowledge,
  IndustryKpi,
  IndustryPain,
  KnowledgeSource,
  SourceConfidence,
} from "@/db/catalogue/industry-knowledge";

export interface IndustryQuery {
  /** GB/T 4754 大类 (two digits). */
  industryCode?: string | null;
  /** 中类 (three digits) or 小类 (four). */
  industrySubCode?: string | null;
  /** A pilot city's named 细分行业, free text ("汽车零部件及配件"). */
  industrySegment?: string | null;
}

/** What decided the match: the segment's name, the 中类, the 大类, or nothing (the general entry). */
export type IndustryMatchBasis = "segment" | "group" | "division" | "none";

export interface IndustryKnowledgeMatch {
  entry: IndustryKnowledge;
  /** False when the general entry was returned because nothing fitted. */
  matched: boolean;
  by: IndustryMatchBasis;
}

const GENERAL = requireEntry(GENERAL_ID);
const SPECIFIC = INDUSTRY_KNOWLEDGE.filter((e) => e.id !== GENERAL_ID);

function requireEntry(id: string): IndustryKnowledge {
  const entry = INDUSTRY_KNOWLEDGE.find((e) => e.id === id);
  if (!entry) throw new Error(`industry knowledge: no entry ${id}`);
  return entry;
}

export function industryKnowledgeById(id: string): IndustryKnowledge | undefined {
  return INDUSTRY_KNOWLEDGE.find((e) => e.id === id);
}

/** The general entry, for firms outside the listed industries. */
export function generalIndustryKnowledge(): IndustryKnowledge {
  return GENERAL;
}

const clean = (v: string | null | undefined): string => (v ?? "").trim();

/** How far an entry's codes fit the firm's: 2 its 中类, 1 its 大类, 0 neither. */
function codeFit(entry: IndustryKnowledge, division: string, group: string): number {
  if (group && entry.match.groups.includes(group)) return 2;
  if (division && entry.match.divisions.includes(division)) return 1;
  return 0;
}

/**
 * Breadth of an entry within a 大类 it shares: a whole-大类 entry (no 中类 listed) is broadest, else the
 * one listing more 中类 (建材 with 301–304 before 耐火材料 with 308).
 */
const breadth = (e: IndustryKnowledge): number => (e.match.groups.length === 0 ? Number.POSITIVE_INFINITY : e.match.groups.length);

/** Catalogue order breaks any remaining tie, so the answer never depends on chance. */
const order = (e: IndustryKnowledge): number => INDUSTRY_KNOWLEDGE.indexOf(e);

function bySegment(segment: string, division: string, group: string): IndustryKnowledge | undefined {
  if (!segment) return undefined;
  // The longest keyword found wins ("化学药" over "化学"); a tie goes to the entry the codes agree with.
  const scored = SPECIFIC.map((e) => ({ e, length: Math.max(0, ...e.match.keywords.filter((k) => segment.includes(k)).map((k) => k.length)) }))
    .filter((s) => s.length > 0)
    .sort((a, b) => b.length - a.length || codeFit(b.e, division, group) - codeFit(a.e, division, group) || order(a.e) - order(b.e));
  return scored[0]?.e;
}

function byGroup(group: string): IndustryKnowledge | undefined {
  if (!group) return undefined;
  return SPECIFIC.find((e) => e.match.groups.includes(group));
}

/**
 * By 大类 alone. A firm that gave its 中类 gets only a whole-大类 entry: an entry that lists other 中类
 * (汽车零部件, 367) is not about it (a whole-vehicle maker, 361, gets general guidance instead).
 */
function byDivision(division: string, group: string): IndustryKnowledge | undefined {
  if (!division) return undefined;
  return SPECIFIC.filter((e) => e.match.divisions.includes(division) && (!group || e.match.groups.length === 0)).sort(
    (a, b) => breadth(b) - breadth(a) || order(a) - order(b),
  )[0];
}

/**
 * The best industry knowledge for a firm: by segment name first, then 中类, then 大类 (a 大类 several
 * entries share goes to its broadest entry), else the general entry with `matched: false`.
 */
export function industryKnowledgeFor(query: IndustryQuery): IndustryKnowledgeMatch {
  const segment = clean(query.industrySegment);
  const sub = clean(query.industrySubCode);
  const division = /^\d{2}$/.test(clean(query.industryCode)) ? clean(query.industryCode) : /^\d{3,4}$/.test(sub) ? sub.slice(0, 2) : "";
  const group = /^\d{3,4}$/.test(sub) && (!division || sub.startsWith(division)) ? sub.slice(0, 3) : "";

  const fromSegment = bySegment(segment, division, group);
  if (fromSegment) return { entry: fromSegment, matched: true, by: "segment" };
  const fromGroup = byGroup(group);
  if (fromGroup) return { entry: fromGroup, matched: true, by: "group" };
  const fromDivision = byDivision(division, group);
  if (fromDivision) return { entry: fromDivision, matched: true, by: "division" };
  return { entry: GENERAL, matched: false, by: "none" };
}
