import { claimedLevels } from "@/lib/reports/grounding";
import { markedLevel, markLevels } from "@/lib/reports/level-words";
import { normaliseText, numbersIn, type FoundNumber } from "@/lib/reports/numbers";
import { policyLikeNames } from "@/lib/reports/policy-names";

/**
 * The report's grounding, sentence by sentence, for the assistant's written answers: a sentence that
 * states a figure, a level, a policy or document name, a link or an address must find it in the
 * passages it was written from, read in the same normal form as the report's check (full-width,
 * financial and Chinese numerals, English number words, level words in every form). Figures are
 * matched with their unit (a share, an amount, points, a date, a count) and scale, so 30% never
 * supports 30万元 nor 2025 (a year) 2025万元. A sentence about the asker's own level must give the
 * computed one. A sentence that fails is removed and the answer says how many were. Pure.
 */

type Unit = "pct" | "money" | "points" | "date" | "plain";

interface Figure {
  unit: Unit;
  /** The value with its scale (15万 → 150000). */
  value: number;
}

export interface Support {
  figures: Figure[];
  levels: Set<number>;
  text: string;
  /** The caller's computed level, when its own result is among the passages; a claim of any other level fails. */
  ownLevel: number | null;
}

function unitOf(text: string, n: FoundNumber): Unit {
  const raw = text.slice(n.at, n.end);
  const after = text.slice(n.end, n.end + 3);
  const before = text.slice(Math.max(0, n.at - 8), n.at);
  if (/[%％]|percent/i.test(raw) || /^\s*(?:[%％]|percent)/i.test(after) || /百分之$/.test(before)) return "pct";
  if (/元|yuan/i.test(raw) || /^\s*(?:元|yuan)/i.test(after) || /(?:cny|rmb|[¥￥])\s*$/i.test(before)) return "money";
  if (/^\s*(?:分(?!之|钟|别|类|析|为|享|级|步|期)|points?\b|pts\b)/i.test(after)) return "points";
  if (/^[年月日号]/.test(after) || /\d{4}-\d{1,2}-$/.test(before) || /^-\d{1,2}(?:-\d{1,2})?/.test(after) || /\d{4}-$/.test(before)) return "date";
  return "plain";
}

function figuresIn(text: string): Figure[] {
  return numbersIn(text).map((n) => ({ unit: unitOf(text, n), value: n.value * (n.scale ?? 1) }));
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a));

/** A written figure is supported by one of the same unit (a bare count by any) and value, or that value rounded as written. */
function supported(n: FoundNumber, unit: Unit, figures: readonly Figure[]): boolean {
  const scale = n.scale ?? 1;
  const value = n.value * scale;
  return figures.some((f) => {
    if (unit !== "plain" && f.unit !== unit) return false;
    if (close(value, f.value)) return true;
    const rounded = Math.round((f.value / scale) * 10 ** n.decimals) / 10 ** n.decimals;
    return close(n.value, rounded);
  });
}

export function supportOf(passages: readonly { title: string; body: string }[], ownLevel: number | null = null): Support {
  const text = normaliseText(passages.map((p) => `${p.title}\n${p.body}`).join("\n"));
  return { figures: figuresIn(markLevels(text).marked), levels: new Set(markLevels(text).mentions.map((m) => m.level)), text: text.toLowerCase(), ownLevel };
}

/** Citation markers as a model may write them: [1], ［1］, 【1】, [1, 2], [1][2]. */
export function normaliseMarkers(sentence: string): string {
  return sentence.replace(/[[［【]\s*(\d{1,2}(?:\s*[,，、]\s*\d{1,2})*)\s*[\]］】]/g, (_, list: string) =>
    list
      .split(/[,，、]/)
      .map((n) => `[${n.trim()}]`)
      .join(""),
  );
}

const MARK = String.raw`\uE000([a-e])\uE001`;
/** The asker, or their firm, as a sentence's subject. */
const SUBJECT_ZH = String.raw`(?:你们?|您|贵公司|贵企业|贵司|贵单位|我们|我司|我公司|本企业|本公司)(?:的)?(?:企业|公司|工厂)?(?:的)?(?:数字化)?(?:水平|等级)?`;
const OWN_CLAIM_ZH = new RegExp(
  String.raw`${SUBJECT_ZH}\s*(?:已经|已|目前|现在|当前|现)?\s*(?:是|为|处于|达到了|达到|评为|被评为|属于|在|定为|：|:)\s*${MARK}`,
  "g",
);
const OWN_CLAIM_EN = new RegExp(
  String.raw`\b(?:you|your (?:firm|company|business|level)|we|our (?:firm|company|level))\s+(?:are|is|'re|have reached|reached|are at|is at|are now|is now|stand at|are rated|is rated|have|has)\s+(?:now\s+)?(?:at\s+)?(?:the\s+)?(?:MIIT\s+)?(?:digital\s+)?${MARK}`,
  "gi",
);
/** What makes a level a condition, not a claim: 如果你们达到二级, "once you reach level 2". */
const CONDITIONAL = /(?:如果|若|假如|一旦|只要|需要|需|要想|争取|才能|才可|以便|达到后|if|once|when|to reach|must|need)[^。！？.!?]{0,12}$/i;

/** The levels a sentence says the asker is at, each with where it is said. */
function ownLevelClaims(marked: string): { level: number; index: number; text: string }[] {
  const out: { level: number; index: number; text: string }[] = [];
  for (const re of [OWN_CLAIM_ZH, OWN_CLAIM_EN])
    for (const m of marked.matchAll(re)) if (!CONDITIONAL.test(marked.slice(0, m.index))) out.push({ level: markedLevel(m[1]!), index: m.index, text: m[0] });
  // 目前处于二级 and the like without a subject, but not "处于二级的企业" (said of firms in general).
  for (const c of claimedLevels(marked)) {
    const rest = marked.slice(c.index + c.text.length);
    if (/^\s*(?:的|之)?\s*(?:企业|公司|工厂|firms?|companies|businesses)/i.test(rest) || CONDITIONAL.test(marked.slice(0, c.index))) continue;
    if (!out.some((o) => o.index <= c.index && c.index < o.index + o.text.length)) out.push(c);
  }
  return out;
}

const LINK = /\bhttps?:\/\/[^\s)）\]]+|\bwww\.[^\s)）\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** What in one sentence the passages do not support (empty = grounded). */
export function unsupported(sentence: string, support: Support): string[] {
  // Citation markers are ours, not figures.
  // A list's own numbering ("1. ", "2、") is not a figure either.
  const plain = normaliseText(
    normaliseMarkers(sentence)
      .replace(/\[\d{1,2}\]/g, " ")
      .replace(/^\s*\d{1,2}[.、)）]\s*/, ""),
  );
  const { marked, mentions } = markLevels(plain);
  const problems: string[] = [];
  for (const n of numbersIn(marked)) if (!supported(n, unitOf(marked, n), support.figures)) problems.push(n.text);
  for (const m of mentions) if (!support.levels.has(m.level)) problems.push(m.text);
  // "You are at level X" is said of the caller's own result only, and only as computed.
  for (const claim of ownLevelClaims(marked)) if (claim.level !== support.ownLevel) problems.push(claim.text);
  for (const name of policyLikeNames(plain)) if (!support.text.includes(name.toLowerCase())) problems.push(name);
  for (const m of plain.matchAll(/《([^》]+)》/g)) if (!support.text.includes(m[1]!.toLowerCase())) problems.push(m[0]);
  // A link or an address only as the passages give it (an instruction in a document may ask for one).
  for (const m of plain.matchAll(LINK)) if (!support.text.includes(m[0].toLowerCase().replace(/[.,;:]+$/, ""))) problems.push(m[0]);
  return [...new Set(problems)];
}

/**
 * Sentences as a reader reads them: up to and including 。！？!? or a line end, or a "." that a space
 * follows after a letter (a list's "1. " and a decimal's point end nothing).
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    current += ch;
    const next = text[i + 1];
    if ("。！？!?\n".includes(ch) || (ch === "." && (next === " " || next === "\n") && !/(?:^|\s)\d+\.$/.test(current))) {
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
      else if (ch === "." && /\s/.test(this.buffer[i + 1] ?? "") && !/(?:^|\s)\d+$/.test(this.buffer.slice(0, i))) cut = i + 1;
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
