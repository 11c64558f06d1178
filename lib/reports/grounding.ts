import type { SectionOutput } from "@/prompts/report";
import { typedWords, userTyped } from "./section-facts";
import { markedLevel, markLevels, unmark } from "./level-words";
import { matchesFact, normaliseText, numbersIn, numbersOf } from "./numbers";
import { policyLikeNames } from "./policy-names";

/**
 * The check every written section passes before it is kept: numbers from the facts, the level as
 * computed, solutions and policies only from the candidates (by id), no other product, provider or
 * policy named. Text and facts are read in one normal form (full-width, financial numerals, level
 * words), and what the firm typed (its name, description, pain points) is never a fact: nothing in
 * it makes a figure, level or name pass. The name may be written, where it cannot be read as a claim.
 * Pure; returns the problems in words a model can act on (empty = grounded).
 */

export interface KnownEntities {
  solutions: readonly { id: string; names: readonly string[]; providers: readonly string[] }[];
  policies: readonly { id: string; titles: readonly string[] }[];
}

export interface GroundingContext {
  facts: unknown;
  currentLevel: number;
  catalogue: KnownEntities;
  /** Every scene of the model in the report's language: one named must be in the section's facts. */
  sceneNames?: readonly string[];
  /** The firm's own words a section may quote (in quotation marks); the slice's typed words when absent. */
  quotable?: readonly string[];
}

const TOKEN = /\[\[(solution|policy):([^\]\s]*)\]\]/g;
const ANY_BRACKETS = /\[\[[^\]]*\]\]/g;

/** Candidate ids, wherever the section's facts list them. */
export function candidateIds(facts: unknown): { solutions: Set<string>; policies: Set<string> } {
  const solutions = new Set<string>();
  const policies = new Set<string>();
  const walk = (v: unknown, within: "solutions" | "policies" | null) => {
    if (Array.isArray(v)) return v.forEach((x) => walk(x, within));
    if (!v || typeof v !== "object") return;
    for (const [key, value] of Object.entries(v)) {
      if (key === "id" && typeof value === "string" && within) (within === "solutions" ? solutions : policies).add(value);
      else if (key === "solutionIds" && Array.isArray(value)) value.forEach((id) => typeof id === "string" && solutions.add(id));
      else if (key === "policyId" && typeof value === "string") policies.add(value);
      else walk(value, key === "solutions" ? "solutions" : key === "policies" || key === "policiesToConfirm" ? "policies" : within);
    }
  };
  walk(facts, null);
  return { solutions, policies };
}

/** Levels the facts speak of (current, next, targets, rule), so that the text may name them. */
function levelsOf(facts: unknown, into = new Set<number>()): Set<number> {
  if (Array.isArray(facts)) facts.forEach((x) => levelsOf(x, into));
  else if (facts && typeof facts === "object") {
    for (const [key, value] of Object.entries(facts)) {
      if (/level/i.test(key) && typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 4) into.add(value);
      else levelsOf(value, into);
    }
  } else if (typeof facts === "string") {
    for (const m of markLevels(normaliseText(facts)).mentions) into.add(m.level);
  }
  return into;
}

function stringsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsOf(v, into));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => stringsOf(v, into));
  return into;
}

// Claims about the firm's own level, on marked text (every level word is one marker by then).
const MARK = String.raw`\uE000([a-e])\uE001`;
const CLAIM_ZH = new RegExp(
  String.raw`(?:目前|当前|现为|现处于|处于|评定为|被评为|评为|属于|已达到|已经达到|已达)(?:数字化水平|的|为|是|等级|水平)*\s*${MARK}`,
  "g",
);
const CLAIM_EN = new RegExp(
  String.raw`\b(?:currently(?: at)?|is at|is rated(?: at)?|rated at|assessed at|stands at|sits at|has reached|reached)\s+(?:the\s+)?(?:MIIT\s+)?(?:digital\s+)?${MARK}`,
  "gi",
);

/** The levels a marked text claims the firm is at (目前/已达到… X级, "is at level X"), with the words. */
export function claimedLevels(marked: string): { level: number; index: number; text: string }[] {
  const out: { level: number; index: number; text: string }[] = [];
  for (const re of [CLAIM_ZH, CLAIM_EN]) for (const m of marked.matchAll(re)) out.push({ level: markedLevel(m[1]!), index: m.index, text: m[0] });
  return out;
}

/**
 * The firm's name as it may be masked, or null when it may not: a name shorter than 4 characters, or
 * one that is mostly figures and level words (fewer than 2 characters, or less than half of it, left
 * once they and punctuation are taken out), is read like any other text. Masking a firm named 四级 or
 * 100 or 补贴100万元 would let "贵公司目前已达四级" or "补贴100万元" pass; a section that writes such a
 * name fails and the template writer takes it, which is fine for so odd a name.
 */
export function maskableName(firmName: string | null): string | null {
  if (firmName === null) return null;
  const name = normaliseText(firmName).trim();
  const length = [...name].length;
  if (length < 4) return null;
  const chars = [...name];
  const claims = [...numbersIn(name).map((n) => [n.at, n.end] as const), ...markLevels(name).mentions.map((m) => [m.from, m.from + m.text.length] as const)];
  // Positions are in UTF-16 units; count the characters left outside every figure and level word.
  let offset = 0;
  let words = 0;
  for (const ch of chars) {
    const inside = claims.some(([from, to]) => offset >= from && offset < to);
    if (!inside && !/[\p{P}\p{S}\s]/u.test(ch)) words += 1;
    offset += ch.length;
  }
  return words >= 2 && words * 2 >= length ? name : null;
}

/**
 * The text with each whole occurrence of the firm's name blanked out. Whole: no figure or level word
 * runs across either edge (a name ending in 厂2 before "0万元" is the figure 20万元, which stays).
 * Only the name is masked; what the firm wrote about itself (description, pain points) never is.
 */
export function maskFirmName(plain: string, firmName: string | null): string {
  const name = maskableName(firmName);
  if (name === null) return plain;
  const spans = [...numbersIn(plain).map((n) => [n.at, n.end] as const), ...markLevels(plain).mentions.map((m) => [m.from, m.from + m.text.length] as const)];
  const crosses = (edge: number) => spans.some(([from, to]) => from < edge && to > edge);
  let out = "";
  let last = 0;
  for (let at = plain.indexOf(name); at !== -1; at = plain.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (crosses(at) || crosses(end)) continue;
    out += `${plain.slice(last, at)} `;
    last = end;
  }
  return out + plain.slice(last);
}

/**
 * The text with each quotation of the firm's own words blanked: “…” whose inside (without a trailing
 * ……) is part of something the firm typed. Only quoted, so unquoted figures from its text still fail.
 */
export function maskQuotes(plain: string, quotable: readonly string[]): string {
  const sources = quotable.map(normaliseText).filter((q) => q.trim().length >= 2);
  if (sources.length === 0) return plain;
  return plain.replace(/[“"]([^”"]{2,})[”"]/g, (whole, inner: string) => {
    const core = inner.replace(/(……|…|\.\.\.)$/, "").trim();
    return core.length >= 2 && sources.some((q) => q.includes(core)) ? " " : whole;
  });
}

const lower = (s: string) => s.toLowerCase();
/** Whether `name` is written in `text`, ignoring case (English titles). */
const writes = (text: string, name: string) => lower(text).includes(lower(normaliseText(name)));

export function checkGrounding(output: SectionOutput, ctx: GroundingContext): string[] {
  const problems: string[] = [];
  const texts = [output.headline, ...output.paragraphs, ...output.bullets];
  const all = texts.join("\n");
  const candidates = candidateIds(ctx.facts);

  if (output.statedLevel !== ctx.currentLevel)
    problems.push(`statedLevel is ${output.statedLevel}, but the computed level (facts.level.current) is ${ctx.currentLevel}`);

  // Tokens: only candidates, and only well-formed.
  for (const m of all.matchAll(ANY_BRACKETS)) {
    const token = /^\[\[(solution|policy):([^\]\s]+)\]\]$/.exec(m[0]);
    if (!token) problems.push(`malformed reference ${m[0]}: use [[solution:ID]] or [[policy:ID]]`);
  }
  const used = { solutions: new Set<string>(), policies: new Set<string>() };
  for (const m of all.matchAll(TOKEN)) {
    const kind = m[1] === "solution" ? "solutions" : "policies";
    const id = m[2]!;
    used[kind].add(id);
    if (!candidates[kind].has(id)) problems.push(`${m[0]} is not among the candidate ${kind} of this section`);
  }
  for (const id of output.solutionIds) if (!candidates.solutions.has(id)) problems.push(`solutionIds lists "${id}", which is not a candidate solution`);
  for (const id of output.policyIds) if (!candidates.policies.has(id)) problems.push(`policyIds lists "${id}", which is not a candidate policy`);

  const { computed, firmName } = userTyped(ctx.facts);
  // The firm's name may be written, as a whole, and its own words quoted: masked before any check,
  // so they allow nothing else.
  const plain = maskQuotes(maskFirmName(normaliseText(all.replace(ANY_BRACKETS, " ")), firmName), ctx.quotable ?? typedWords(ctx.facts));
  const { marked, mentions } = markLevels(plain);

  // Numbers: each one must render a fact (level words are checked as levels, below).
  const factNumbers = numbersOf(computed);
  const wrong = [
    ...new Set(
      numbersIn(marked)
        .filter((n) => !matchesFact(n, factNumbers))
        .map((n) => n.text),
    ),
  ];
  if (wrong.length > 0) problems.push(`numbers not in the facts: ${wrong.join(", ")}`);

  // Levels: the level claimed is the computed one; other level words only as the facts use them.
  const levels = levelsOf(computed);
  levels.add(ctx.currentLevel);
  for (const claim of claimedLevels(marked)) {
    if (claim.level !== ctx.currentLevel)
      problems.push(`"${unmark(claim.text, claim.index, mentions)}" claims level ${claim.level}, but the computed level is ${ctx.currentLevel}`);
  }
  for (const m of mentions) if (!levels.has(m.level)) problems.push(`"${m.text}" is a level the facts do not mention`);

  // Scenes: only those of this section's facts (a diagnosis or plan names its own scenes, no others).
  const factStrings = normaliseText(stringsOf(computed).join("\n"));
  for (const name of ctx.sceneNames ?? []) {
    if (name.length >= 2 && writes(plain, name) && !writes(factStrings, name)) problems.push(`"${name}" is a scene this section's facts do not name`);
  }

  // Names written out: only candidates; no document, policy or product name that the facts do not give.
  for (const s of ctx.catalogue.solutions) {
    if (candidates.solutions.has(s.id)) continue;
    for (const name of s.names) if (name.length >= 3 && writes(plain, name)) problems.push(`"${name}" is not among the candidate solutions`);
  }
  const candidateProviders = new Set(ctx.catalogue.solutions.filter((s) => candidates.solutions.has(s.id)).flatMap((s) => s.providers));
  const otherProviders = new Set(ctx.catalogue.solutions.flatMap((s) => s.providers).filter((p) => !candidateProviders.has(p)));
  for (const provider of otherProviders)
    if (provider.length >= 3 && writes(plain, provider)) problems.push(`"${provider}" is not a provider of the candidate solutions`);
  const otherTitles: string[] = [];
  for (const p of ctx.catalogue.policies) {
    if (candidates.policies.has(p.id)) continue;
    for (const title of p.titles) if (writes(plain, title)) otherTitles.push(title);
  }
  for (const title of otherTitles) problems.push(`"${title}" is not among the candidate policies`);
  const factText = normaliseText(stringsOf(computed).join("\n"));
  const candidateTitles = ctx.catalogue.policies
    .filter((p) => candidates.policies.has(p.id))
    .flatMap((p) => p.titles)
    .map(normaliseText);
  const candidateNames = ctx.catalogue.solutions
    .filter((s) => candidates.solutions.has(s.id))
    .flatMap((s) => s.names)
    .map(normaliseText);
  for (const m of plain.matchAll(/《([^》]+)》|〈([^〉]+)〉/g)) {
    const inner = (m[1] ?? m[2])!;
    if (!factText.includes(`《${inner}》`) && !candidateTitles.some((t) => t.includes(inner)))
      problems.push(`${m[0]} is not a document in the facts; refer to policies with [[policy:ID]]`);
  }
  for (const m of plain.matchAll(/「([^」]+)」/g)) {
    if (!candidateNames.includes(m[1]!) && !factText.includes(m[1]!))
      problems.push(`「${m[1]}」 is not a candidate solution; refer to solutions with [[solution:ID]]`);
  }
  for (const name of policyLikeNames(plain)) {
    // A catalogue title outside the candidates is reported once, above.
    const known =
      otherTitles.some((t) => writes(t, name)) ||
      writes(factText, name) ||
      candidateTitles.some((t) => writes(t, name)) ||
      candidateNames.some((n) => writes(n, name));
    if (!known) problems.push(`"${name}" reads as a policy or document name that is not in the facts; refer to policies with [[policy:ID]]`);
  }
  return [...new Set(problems)];
}
