import type { SectionOutput } from "@/prompts/report";
import { matchesFact, numbersIn, numbersOf } from "./numbers";

/**
 * The check every written section passes before it is kept: numbers from the facts, the level as
 * computed, solutions and policies only from the candidates (by id), no other product, provider or
 * policy named. Pure; returns the problems in words a model can act on (empty = grounded).
 */

export interface KnownEntities {
  solutions: readonly { id: string; names: readonly string[]; providers: readonly string[] }[];
  policies: readonly { id: string; titles: readonly string[] }[];
}

export interface GroundingContext {
  facts: unknown;
  currentLevel: number;
  catalogue: KnownEntities;
}

const TOKEN = /\[\[(solution|policy):([^\]\s]*)\]\]/g;
const ANY_BRACKETS = /\[\[[^\]]*\]\]/g;
const CN_LEVEL: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

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
    for (const m of facts.matchAll(/([一二三四])级/g)) into.add(CN_LEVEL[m[1]!]!);
    for (const m of facts.matchAll(/level ([1-4])/gi)) into.add(Number(m[1]));
  }
  return into;
}

function stringsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsOf(v, into));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => stringsOf(v, into));
  return into;
}

const CLAIM_ZH = /(?:目前|当前|现为|现处于|处于|评定为|被评为|评为|属于|已达到|已经达到|已达)(?:数字化水平|的|为|是|等级|水平)*\s*(未达一级|[一二三四]级)/g;
const CLAIM_EN = /\b(?:currently(?: at)?|is at|is rated(?: at)?|rated at|assessed at|stands at|sits at|has reached|reached)\s+(?:the\s+)?(?:MIIT\s+)?(?:digital\s+)?(?:(level)\s+([1-4])|below level 1)/gi;

export function checkGrounding(output: SectionOutput, ctx: GroundingContext): string[] {
  const problems: string[] = [];
  const texts = [output.headline, ...output.paragraphs, ...output.bullets];
  const all = texts.join("\n");
  const candidates = candidateIds(ctx.facts);

  if (output.statedLevel !== ctx.currentLevel) problems.push(`statedLevel is ${output.statedLevel}, but the computed level (facts.level.current) is ${ctx.currentLevel}`);

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

  const plain = all.replace(ANY_BRACKETS, " ");
  // Numbers: each one must render a fact.
  const factNumbers = numbersOf(ctx.facts);
  const wrong = [...new Set(numbersIn(plain).filter((n) => !matchesFact(n, factNumbers)).map((n) => n.text))];
  if (wrong.length > 0) problems.push(`numbers not in the facts: ${wrong.join(", ")}`);

  // Levels: the level claimed is the computed one; other level words only as the facts use them.
  const levels = levelsOf(ctx.facts);
  levels.add(ctx.currentLevel);
  for (const m of plain.matchAll(CLAIM_ZH)) {
    const claimed = m[1] === "未达一级" ? 0 : CN_LEVEL[m[1]![0]!]!;
    if (claimed !== ctx.currentLevel) problems.push(`"${m[0]}" claims level ${claimed}, but the computed level is ${ctx.currentLevel}`);
  }
  for (const m of plain.matchAll(CLAIM_EN)) {
    const claimed = m[2] ? Number(m[2]) : 0;
    if (claimed !== ctx.currentLevel) problems.push(`"${m[0]}" claims level ${claimed}, but the computed level is ${ctx.currentLevel}`);
  }
  for (const m of plain.matchAll(/(?<!未达)([一二三四])级/g)) {
    const level = CN_LEVEL[m[1]!]!;
    if (!levels.has(level)) problems.push(`"${m[0]}" is a level the facts do not mention`);
  }

  // Names written out: only candidates; nothing in 《》 or 「」 that the facts do not give.
  for (const s of ctx.catalogue.solutions) {
    if (candidates.solutions.has(s.id)) continue;
    for (const name of s.names) if (name.length >= 3 && plain.includes(name)) problems.push(`"${name}" is not among the candidate solutions`);
  }
  const candidateProviders = new Set(ctx.catalogue.solutions.filter((s) => candidates.solutions.has(s.id)).flatMap((s) => s.providers));
  const otherProviders = new Set(ctx.catalogue.solutions.flatMap((s) => s.providers).filter((p) => !candidateProviders.has(p)));
  for (const provider of otherProviders) if (provider.length >= 3 && plain.includes(provider)) problems.push(`"${provider}" is not a provider of the candidate solutions`);
  for (const p of ctx.catalogue.policies) {
    if (candidates.policies.has(p.id)) continue;
    for (const title of p.titles) if (plain.includes(title)) problems.push(`"${title}" is not among the candidate policies`);
  }
  const factText = stringsOf(ctx.facts).join("\n");
  const candidateTitles = ctx.catalogue.policies.filter((p) => candidates.policies.has(p.id)).flatMap((p) => p.titles);
  const candidateNames = ctx.catalogue.solutions.filter((s) => candidates.solutions.has(s.id)).flatMap((s) => s.names);
  for (const m of plain.matchAll(/《([^》]+)》/g)) {
    if (!factText.includes(m[0]) && !candidateTitles.some((t) => t.includes(m[1]!))) problems.push(`${m[0]} is not a document in the facts; refer to policies with [[policy:ID]]`);
  }
  for (const m of plain.matchAll(/「([^」]+)」/g)) {
    if (!candidateNames.includes(m[1]!) && !factText.includes(m[1]!)) problems.push(`「${m[1]}」 is not a candidate solution; refer to solutions with [[solution:ID]]`);
  }
  return [...new Set(problems)];
}
