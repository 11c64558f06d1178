import type { Clause, PolicyEntry } from "@/db/catalogue/policy-schema";

/**
 * The policy form's state and its conversion to and from a catalogue entry (the JSON the API takes).
 * Every input is kept as the text typed: a value that is not a number is sent as typed, so the server's
 * validation names the field (percent.value) rather than the form guessing. A condition marked 未知 is
 * sent as { value: null }, its evidence kept, so the source saying nothing is recorded too.
 */

type Conditions = { [K in keyof PolicyEntry]-?: PolicyEntry[K] extends { value: unknown; clause: unknown } ? K : never }[keyof PolicyEntry];
type ValueOf<K extends Conditions> = NonNullable<Extract<PolicyEntry[K], { value: unknown }>["value"]>;

export const SIZE_CLASSES = ["micro", "small", "medium", "large"] as const satisfies readonly ValueOf<"sizeClasses">[number][];
export const ABOVE_SCALE = ["required", "excluded", "any"] as const satisfies readonly ValueOf<"aboveScale">[];
export const COST_TYPES = [
  "software",
  "cloud",
  "hardware",
  "network",
  "consulting",
  "training",
  "security",
  "integration",
  "equipment",
] as const satisfies readonly ValueOf<"eligibleCosts">[number][];
export const PAYMENTS = ["after_acceptance", "in_advance", "staged"] as const satisfies readonly ValueOf<"payment">[];
export const CLAUSE_KINDS = ["quote", "summary", "reading"] as const satisfies readonly Clause["kind"][];
export const TIER_LEVELS = ["1", "2", "3", "4"] as const;

export interface ClauseState {
  quote: string;
  source: string;
  /** Kept as found (English pages show it); not edited in the form. */
  en: string;
  confidence: Clause["confidence"];
  kind: Clause["kind"];
}

export interface Cond<V> {
  /** 未知/原文未说明: sent as value null; the typed value is kept should the officer change their mind. */
  unknown: boolean;
  value: V;
  clause: ClauseState;
}

export interface PolicyFormState {
  id: string;
  title: string;
  titleEn: string;
  docNo: string;
  issuer: string;
  issuedOn: string;
  /** One URL a line. */
  sources: string;
  region: Cond<{ province: string; cities: string[]; districts: string[] }>;
  industries: Cond<{ all: boolean; codes: string[]; segments: string }>;
  sizeClasses: Cond<string[]>;
  aboveScale: Cond<string>;
  levelBefore: Cond<string>;
  levelAfter: Cond<string>;
  eligibleCosts: Cond<string[]>;
  payment: Cond<string>;
  percent: Cond<string>;
  cap: Cond<{ kind: "flat" | "tiered"; yuan: string; tiers: Record<(typeof TIER_LEVELS)[number], string> }>;
  window: Cond<{ from: string; until: string; rolling: boolean }>;
  /** One document a line. */
  documents: Cond<string>;
  /** One exclusion a line. */
  exclusions: string;
  note: string;
  /** What the form does not edit (the JSON disclosure does), carried through unchanged. */
  extra: Pick<PolicyEntry, "kind" | "demo" | "eligibleItems" | "pointsByLevel"> & { noteEn?: string | null };
}

/** The conditions in the order the form shows them. */
export const POLICY_CONDITIONS = [
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
  "payment",
  "documents",
] as const satisfies readonly (Conditions & keyof PolicyFormState)[];
export type PolicyCondition = (typeof POLICY_CONDITIONS)[number];

const lines = (text: string): string[] =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
const orNull = (text: string): string | null => (text.trim() === "" ? null : text.trim());
/** A number as typed; anything else goes as typed for the server to name (an empty box included). */
const num = (text: string): number | string => {
  const n = Number(text.trim());
  return text.trim() !== "" && Number.isFinite(n) ? n : text.trim();
};

const blankClause = (): ClauseState => ({ quote: "", source: "", en: "", confidence: "H", kind: "quote" });

function clauseState(c: Clause | null): ClauseState {
  return c ? { quote: c.quote, source: c.source ?? "", en: c.en ?? "", confidence: c.confidence, kind: c.kind } : blankClause();
}

/** No words and no source: no clause. Anything given is sent, for the server to check whole. */
function clauseOut(c: ClauseState): Record<string, unknown> | null {
  if (c.quote.trim() === "" && c.source.trim() === "") return null;
  return { quote: c.quote.trim(), ...(c.en ? { en: c.en } : {}), source: orNull(c.source), confidence: c.confidence, kind: c.kind };
}

function cond<V, T>(c: { value: T | null; clause: Clause | null }, blank: V, toState: (v: T) => V): Cond<V> {
  return { unknown: c.value === null, value: c.value === null ? blank : toState(c.value), clause: clauseState(c.clause) };
}

const BLANK = {
  region: { province: "", cities: [] as string[], districts: [] as string[] },
  industries: { all: false, codes: [] as string[], segments: "" },
  cap: { kind: "flat" as const, yuan: "", tiers: { "1": "", "2": "", "3": "", "4": "" } },
  window: { from: "", until: "", rolling: false },
};

export function entryToForm(e: PolicyEntry): PolicyFormState {
  return {
    id: e.id,
    title: e.title,
    titleEn: e.titleEn,
    docNo: e.docNo ?? "",
    issuer: e.issuer ?? "",
    issuedOn: e.issuedOn ?? "",
    sources: e.sources.join("\n"),
    region: cond(e.region, BLANK.region, (v) => ({ province: v.provinceCode ?? "", cities: v.cityCodes ?? [], districts: v.districtCodes ?? [] })),
    industries: cond(e.industries, BLANK.industries, (v) => ({ all: v.all, codes: v.codes, segments: v.segments.join("\n") })),
    sizeClasses: cond(e.sizeClasses, [], (v) => [...v]),
    aboveScale: cond(e.aboveScale, "any", (v) => v),
    levelBefore: cond(e.levelBefore, "1", (v) => String(v.max)),
    levelAfter: cond(e.levelAfter, "2", (v) => String(v.min)),
    eligibleCosts: cond(e.eligibleCosts, [], (v) => [...v]),
    payment: cond(e.payment, "after_acceptance", (v) => v),
    percent: cond(e.percent, "", (v) => String(v)),
    cap: cond(e.cap, BLANK.cap, (v) =>
      v.kind === "flat"
        ? { ...BLANK.cap, yuan: String(v.yuan) }
        : { kind: "tiered", yuan: "", tiers: { ...BLANK.cap.tiers, ...Object.fromEntries(v.tiers.map((t) => [String(t.level), String(t.yuan)])) } },
    ),
    window: cond(e.window, BLANK.window, (v) => ({ from: v.from ?? "", until: v.until ?? "", rolling: v.rolling })),
    documents: cond(e.documents, "", (v) => v.join("\n")),
    exclusions: e.exclusions.join("\n"),
    note: e.note ?? "",
    extra: {
      kind: e.kind,
      demo: e.demo,
      eligibleItems: e.eligibleItems,
      pointsByLevel: e.pointsByLevel,
      ...(e.noteEn === undefined ? {} : { noteEn: e.noteEn }),
    },
  };
}

function out<V>(c: Cond<V>, toValue: (v: V) => unknown): { value: unknown; clause: Record<string, unknown> | null } {
  return { value: c.unknown ? null : toValue(c.value), clause: clauseOut(c.clause) };
}

/** The entry as the API takes it (the server validates it whole against the catalogue schema). */
export function formToEntry(f: PolicyFormState): Record<string, unknown> {
  return {
    id: f.id.trim(),
    kind: f.extra.kind,
    title: f.title.trim(),
    titleEn: f.titleEn.trim(),
    docNo: orNull(f.docNo),
    issuer: orNull(f.issuer),
    issuedOn: orNull(f.issuedOn),
    demo: f.extra.demo,
    sources: lines(f.sources),
    region: out(f.region, (v) => ({
      provinceCode: orNull(v.province),
      // Cities only under a province, districts only under cities: a stale choice is not sent.
      cityCodes: v.province && v.cities.length > 0 ? v.cities : null,
      districtCodes: v.province && v.cities.length > 0 && v.districts.length > 0 ? v.districts : null,
    })),
    industries: out(f.industries, (v) => ({ all: v.all, codes: v.all ? [] : v.codes, segments: v.all ? [] : lines(v.segments) })),
    sizeClasses: out(f.sizeClasses, (v) => v),
    aboveScale: out(f.aboveScale, (v) => v),
    levelBefore: out(f.levelBefore, (v) => ({ max: num(v) })),
    levelAfter: out(f.levelAfter, (v) => ({ min: num(v) })),
    eligibleCosts: out(f.eligibleCosts, (v) => v),
    eligibleItems: f.extra.eligibleItems,
    payment: out(f.payment, (v) => v),
    percent: out(f.percent, num),
    cap: out(f.cap, (v) =>
      v.kind === "flat"
        ? { kind: "flat", yuan: num(v.yuan) }
        : {
            kind: "tiered",
            tiers: TIER_LEVELS.filter((l) => v.tiers[l].trim() !== "").map((l) => ({ level: Number(l), yuan: num(v.tiers[l]) })),
          },
    ),
    window: out(f.window, (v) => ({ from: orNull(v.from), until: orNull(v.until), rolling: v.rolling })),
    documents: out(f.documents, lines),
    exclusions: lines(f.exclusions),
    pointsByLevel: f.extra.pointsByLevel,
    note: orNull(f.note),
    ...(f.extra.noteEn === undefined ? {} : { noteEn: f.extra.noteEn }),
  };
}

/** A new policy: every condition unknown until the officer reads it in the source. */
export function emptyPolicyForm(id: string, title: string): PolicyFormState {
  const unknown = <V>(value: V): Cond<V> => ({ unknown: true, value, clause: blankClause() });
  return {
    id,
    title,
    titleEn: "",
    docNo: "",
    issuer: "",
    issuedOn: "",
    sources: "",
    region: unknown(BLANK.region),
    industries: unknown(BLANK.industries),
    sizeClasses: unknown([]),
    aboveScale: unknown("any"),
    levelBefore: unknown("1"),
    levelAfter: unknown("2"),
    eligibleCosts: unknown([]),
    payment: unknown("after_acceptance"),
    percent: unknown(""),
    cap: unknown(BLANK.cap),
    window: unknown(BLANK.window),
    documents: unknown(""),
    exclusions: "",
    note: "",
    extra: { kind: "subsidy", demo: false, eligibleItems: { value: null, clause: null }, pointsByLevel: null },
  };
}

/** Conditions given a value without the words it rests on: the form asks for them before saving. */
export function conditionsWithoutEvidence(f: PolicyFormState): PolicyCondition[] {
  return POLICY_CONDITIONS.filter((k) => !f[k].unknown && f[k].clause.quote.trim() === "");
}
