import { markLevels } from "@/lib/reports/level-words";
import { matchesFact, normaliseText, numbersIn, numbersOf } from "@/lib/reports/numbers";
import { policyLikeNames } from "@/lib/reports/policy-names";
import { claimedLevels } from "@/lib/reports/grounding";

/**
 * The report's grounding, sentence by sentence, for the assistant's written answers: a sentence that
 * states a figure (an amount, a share, a date, a count), a level or a policy or document name must find
 * it in the passages it was written from, read in the same normal form as the report's check
 * (full-width, financial and Chinese numerals, English number words, level words in every form). A
 * sentence that does not is removed and the answer says what could not be confirmed. Pure.
 */

export interface Support {
  numbers: number[];
  levels: Set<number>;
  text: string;
  /** The caller's computed level, when its own result is among the passages; a claim of any other level fails. */
  ownLevel: number | null;
}

export function supportOf(passages: readonly { title: string; body: string }[], ownLevel: number | null = null): Support {
  const text = normaliseText(passages.map((p) => `${p.title}\n${p.body}`).join("\n"));
  return { numbers: numbersOf(text), levels: new Set(markLevels(text).mentions.map((m) => m.level)), text: text.toLowerCase(), ownLevel };
}

/** What in one sentence the passages do not support (empty = grounded). */
export function unsupported(sentence: string, support: Support): string[] {
  // Citation markers ([1], [2]) are ours, not figures.
  const plain = normaliseText(sentence.replace(/\[\d{1,2}\]/g, " "));
  const { marked, mentions } = markLevels(plain);
  const problems: string[] = [];
  for (const n of numbersIn(marked)) if (!matchesFact(n, support.numbers)) problems.push(n.text);
  for (const m of mentions) if (!support.levels.has(m.level)) problems.push(m.text);
  // "You are at level X" is said of the caller's own result only, and only as computed.
  for (const claim of claimedLevels(marked)) if (claim.level !== support.ownLevel) problems.push(claim.text);
  for (const name of policyLikeNames(plain)) if (!support.text.includes(name.toLowerCase())) problems.push(name);
  for (const m of plain.matchAll(/《([^》]+)》/g)) if (!support.text.includes(m[1]!.toLowerCase())) problems.push(m[0]);
  return [...new Set(problems)];
}

/** Sentences as a reader reads them: up to and including 。！？!? or a line end, or ". " in English. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    current += ch;
    const next = text[i + 1];
    if ("。！？!?\n".includes(ch) || (ch === "." && (next === " " || next === "\n"))) {
      if (current.trim()) out.push(current);
      current = "";
    }
  }
  if (current.trim()) out.push(current);
  return out;
}

/** Splits streamed text into complete sentences as they arrive; `end()` returns what is left. */
export class SentenceSplitter {
  private buffer = "";
  push(chunk: string): string[] {
    this.buffer += chunk;
    // The last boundary: after 。！？!? or a line end, or after a "." that a space follows (a trailing
    // "." may be a decimal point still arriving).
    let cut = -1;
    for (let i = this.buffer.length - 1; i >= 0 && cut < 0; i--) {
      const ch = this.buffer[i]!;
      if ("。！？!?\n".includes(ch)) cut = i + 1;
      else if (ch === "." && /\s/.test(this.buffer[i + 1] ?? "")) cut = i + 1;
    }
    if (cut < 0) return [];
    const done = sentences(this.buffer.slice(0, cut));
    this.buffer = this.buffer.slice(cut);
    return done;
  }
  end(): string[] {
    const rest = this.buffer;
    this.buffer = "";
    return rest.trim() ? [rest] : [];
  }
}
