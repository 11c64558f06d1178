import type { PlanFacts, ReportFacts, SectionKey } from "@/prompts/report";

/**
 * What each section is given: only the facts it needs (smaller prompts, sharper cache keys, and a
 * grounding check that fails a section naming a scene, step or figure outside its slice).
 */

export function sectionFacts(key: SectionKey, f: ReportFacts): Record<string, unknown> {
  // The model document (and its year) may be cited in any section.
  return { model: f.model, ...sectionSlice(key, f) };
}

/** A plan without its step-by-step detail: enough to state its size, cost and subsidy. */
const planHead = (p: PlanFacts | null) =>
  p && {
    targetName: p.targetName,
    targetLevel: p.targetLevel,
    reachable: p.reachable,
    timedOut: p.timedOut,
    stepCount: p.stepCount,
    exact: p.exact,
    costYuan: p.costYuan,
    costWan: p.costWan,
    threeYearCostYuan: p.threeYearCostYuan,
    threeYearCostWan: p.threeYearCostWan,
    solutionCount: p.solutionCount,
    providerCount: p.providerCount,
    weeks: p.weeks,
    bestSubsidy: p.bestSubsidy,
    netCostYuan: p.netCostYuan,
    netCostWan: p.netCostWan,
  };

const stepNames = (p: PlanFacts | null) => p?.steps.map((s) => ({ n: s.n, what: s.what, change: s.change, solutionIds: s.solutionIds })) ?? [];

/** The scenes the plans change: the only ones a chapter of advice may name. */
function planScenes(f: ReportFacts): Set<string> {
  return new Set([f.plans.next, f.plans.level2, f.plans.pain].flatMap((p) => p?.steps.filter((s) => s.kind === "scene").map((s) => s.what) ?? []));
}

/** Texts that name no scene outside `allowed`. */
function naming(f: ReportFacts, texts: readonly string[], allowed: ReadonlySet<string>): string[] {
  const others = f.scenes.map((s) => s.name).filter((n) => !allowed.has(n));
  return texts.filter((text) => !others.some((n) => text.includes(n)));
}

function sectionSlice(key: SectionKey, f: ReportFacts): Record<string, unknown> {
  const industry = { name: f.industry.name, matched: f.industry.matched };
  switch (key) {
    case "summary":
      return {
        firm: f.firm,
        industry,
        level: f.level,
        gap: f.gap,
        dimensions: f.dimensions.map((d) => ({ name: d.name, score: d.score, max: d.max, percent: d.percent, standing: d.standing })),
        weakest: f.weakest,
        peers: f.peers,
        peersShortfall: f.peersShortfall,
        plan: planHead(f.plans.next) && { ...planHead(f.plans.next), firstSteps: stepNames(f.plans.next).slice(0, 3) },
        level2: planHead(f.plans.level2),
        pain: f.plans.pain && {
          ...planHead(f.plans.pain),
          painPoints: f.plans.pain.painPoints,
          extraWan: f.plans.pain.extraWan,
          extraYuan: f.plans.pain.extraYuan,
        },
        previous: f.previous,
      };
    case "profile":
      return {
        firm: f.firm,
        quotes: f.quotes,
        inventory: f.inventory,
        systemCount: f.systems.length,
        visit: f.visit,
        industry,
        level: f.level,
      };
    case "result":
      return {
        level: f.level,
        rule: f.rule,
        gap: f.gap,
        counts: f.counts,
        dimensions: f.dimensions,
        peers: f.peers,
        peersShortfall: f.peersShortfall,
        previous: f.previous,
        specialized: f.specialized,
      };
    case "diagnosis":
      return { level: f.level, industry, count: f.diagnosis.length, diagnosis: f.diagnosis };
    case "targets":
      return {
        level: f.level,
        gap: f.gap,
        targets: f.targets,
        indicatorSteps: f.plans.next?.steps.filter((s) => s.kind === "indicator").map((s) => ({ what: s.what, change: s.change })) ?? [],
        level2: f.plans.level2 && { targetName: f.plans.level2.targetName, steps: stepNames(f.plans.level2) },
      };
    case "plan":
      return {
        level: f.level,
        plans: f.plans,
        candidates: { solutions: f.candidates.solutions },
      };
    case "schedule":
      return {
        level: f.level,
        plan: f.plans.next && { ...planHead(f.plans.next), steps: stepNames(f.plans.next), phases: f.plans.next.phases },
        level2: f.plans.level2 && { ...planHead(f.plans.level2), steps: stepNames(f.plans.level2), phases: f.plans.level2.phases },
        visit: f.visit && { consultant: f.visit.consultant, organisation: f.visit.organisation },
      };
    case "effects":
      return {
        level: f.level,
        firm: { region: f.firm.region, size: f.firm.size, aboveScale: f.firm.aboveScale },
        plan: planHead(f.plans.next),
        level2: planHead(f.plans.level2),
        pain: planHead(f.plans.pain),
        kpis: f.targets?.kpis ?? [],
        goodLooksLike: naming(
          f,
          f.industry.goodLooksLike.map((g) => g.text),
          planScenes(f),
        ),
        candidates: { policies: f.candidates.policies },
        specialized: f.specialized,
      };
    case "risks":
      return {
        level: f.level,
        caveats: f.caveats,
        horizonDays: 90,
        plan: planHead(f.plans.next) && { ...planHead(f.plans.next), firstStep: stepNames(f.plans.next)[0] ?? null },
        policiesToConfirm: f.candidates.policies.filter((p) => p.verdict === "possibly_eligible").map((p) => ({ id: p.id, toConfirm: p.toConfirm })),
      };
  }
}

/** Keys under which the facts hold what the firm typed: its own words, never a fact. */
const TYPED_KEYS = new Set(["firmText", "words", "quote", "quotes", "people"]);
/** Of those, what has been cleaned for quoting (no figures, level words, brackets or instructions). */
const QUOTABLE_KEYS = new Set(["quote", "quotes", "words"]);

function withoutTyped(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTyped);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (TYPED_KEYS.has(k) ? [] : [[k, withoutTyped(v)]])));
}

/**
 * The facts without what the firm typed (its name, description, pain points and the words quoted
 * from them): nothing in those is a figure, level or document a writer may use. The name is given
 * back apart, since a section may write it (as a whole).
 */
export function userTyped(facts: unknown): { computed: unknown; firmName: string | null } {
  if (!facts || typeof facts !== "object" || Array.isArray(facts)) return { computed: facts, firmName: null };
  const { firm, ...rest } = facts as { firm?: unknown } & Record<string, unknown>;
  const computed = withoutTyped(rest) as Record<string, unknown>;
  if (!firm || typeof firm !== "object") return { computed, firmName: null };
  const { name, ...others } = firm as { name?: unknown } & Record<string, unknown>;
  return { computed: { ...computed, firm: others }, firmName: typeof name === "string" ? name : null };
}

/**
 * The firm's own words a section may quote (they pass the check only as quotations of these): the
 * cleaned quotations only, never the raw text it typed — a quoted "200万元" from there would pass.
 */
export function typedWords(facts: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, typed: boolean) => {
    if (typeof v === "string") {
      if (typed) out.push(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, typed));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) if (k !== "firmText" && k !== "people") walk(x, typed || QUOTABLE_KEYS.has(k));
  };
  walk(facts, false);
  return out;
}
