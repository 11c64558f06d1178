import type { PolicyEntry } from "@/db/catalogue/policies";
import type { PolicyProposal } from "@/prompts/policy-document";
import { quoteProblem, valueProblem } from "./quote-support";

/**
 * Turns the model's proposal into a draft catalogue entry, keeping a condition only when the words it
 * quotes are really in the document, are more than a scrap of it, and state the value read from them
 * (lib/admin/quote-support.ts). What was dropped is listed for the administrator.
 */

type Quoted<T> = { value: T | null; quote: string | null };
const CONDITIONS = [
  "region",
  "industries",
  "sizeClasses",
  "aboveScale",
  "levelBefore",
  "levelAfter",
  "eligibleCosts",
  "percent",
  "cap",
  "window",
  "documents",
] as const;

export function proposalToEntry(proposal: PolicyProposal, documentText: string, id: string): { entry: PolicyEntry; dropped: string[] } {
  const dropped: string[] = [];
  const condition = <T>(field: string, q: Quoted<T>) => {
    if (q.value === null) return { value: null, clause: null };
    const problem = quoteProblem(q.quote, documentText) ?? valueProblem(field, q.value, q.quote!);
    if (problem) {
      dropped.push(`${field}: ${problem}; left empty`);
      return { value: null, clause: null };
    }
    return { value: q.value, clause: { quote: q.quote!, source: null, confidence: "M" as const, kind: "quote" as const } };
  };
  const c = Object.fromEntries(CONDITIONS.map((k) => [k, condition(k, proposal[k] as Quoted<unknown>)])) as unknown as Pick<
    PolicyEntry,
    (typeof CONDITIONS)[number]
  >;
  const exclusions = proposal.exclusions.filter((e) => {
    const problem = quoteProblem(e, documentText);
    if (!problem) return true;
    dropped.push(`exclusions: "${e.slice(0, 40)}": ${problem}; left out`);
    return false;
  });
  return {
    entry: {
      id,
      kind: "subsidy",
      title: proposal.title,
      // A "translation" that is the Chinese again (or still Chinese) is no translation: left empty.
      titleEn: /\p{Script=Han}/u.test(proposal.titleEn) ? "" : proposal.titleEn,
      docNo: proposal.docNo,
      issuer: proposal.issuer,
      issuedOn: proposal.issuedOn,
      demo: false,
      sources: [],
      ...c,
      // Item rules and the payment moment are not read from documents yet: the administrator sets them.
      eligibleItems: { value: null, clause: null },
      payment: { value: null, clause: null },
      exclusions,
      pointsByLevel: null,
      note: null,
    },
    dropped,
  };
}

/** The empty form an administrator fills by hand (no model configured, or it failed). */
export function blankEntry(id: string, title: string): PolicyEntry {
  const empty = { value: null, clause: null };
  return {
    id,
    kind: "subsidy",
    title,
    // No translation is made up: the English page shows the Chinese title until someone writes one.
    titleEn: "",
    docNo: null,
    issuer: null,
    issuedOn: null,
    demo: false,
    sources: [],
    region: empty,
    industries: empty,
    sizeClasses: empty,
    aboveScale: empty,
    levelBefore: empty,
    levelAfter: empty,
    eligibleCosts: empty,
    percent: empty,
    cap: empty,
    window: empty,
    documents: empty,
    eligibleItems: empty,
    payment: empty,
    exclusions: [],
    pointsByLevel: null,
    note: null,
  };
}
