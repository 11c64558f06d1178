import type { PromptLanguage } from "./section";

/**
 * The facts a report is written from, as the section prompts read them and as they are stored with
 * the report (reports.facts): display-ready, in the report's language. Built in lib/reports/facts.ts;
 * declared here because the prompts consume them and may not import lib/.
 */

export type PolicyVerdict = "eligible" | "possibly_eligible" | "not_eligible";

export interface StepFacts {
  n: number;
  /** The scene or indicator the step changes. */
  what: string;
  kind: "scene" | "indicator";
  /** The scene's or question's code. */
  code: string;
  /** Scene steps: the levels before and after. */
  fromLevel: number | null;
  toLevel: number | null;
  change: string;
  /** What the new state means (a scene's rung, an option's wording), for a reader. */
  means: string | null;
  solutionIds: string[];
  /** Other fitting offers for the same change, to compare (ids). */
  alternativeIds: string[];
  /** The phase of the plan's schedule the step's first solution runs in (1-based), null without one. */
  phase: number | null;
}

export interface PainPlanFacts extends PlanFacts {
  /** The scenes the firm's words point to, each with those words. */
  /** Scene levels under *Level keys, so the report's grounding knows them as levels. */
  painPoints: {
    scene: string;
    /** The firm's words (typed by the firm: never a fact a writer may use as a figure). */
    words: string[];
    /** The clause of the firm's text around them, for quoting (typed by the firm as well). */
    quote: string;
    fromLevel: number;
    toLevel: number;
  }[];
  /** Three-year cost above the least-cost plan to the same level. */
  extraWan: number | null;
  extraYuan: number | null;
}

export interface PlanFacts {
  targetLevel: number;
  targetName: string;
  reachable: boolean;
  stepCount: number;
  steps: StepFacts[];
  totalAfter: number;
  levelAfter: number;
  /** Proven the least three-year cost over the catalogue (HiGHS); only then may a text say 最省. */
  exact: boolean;
  /** Not found in time (which is not "out of reach"). */
  timedOut: boolean;
  /** One-off plus first year. */
  costYuan: number;
  costWan: number;
  /** One-off plus three years of fees: what the plan minimises. */
  threeYearCostYuan: number;
  threeYearCostWan: number;
  solutionCount: number;
  providerCount: number;
  /** 软件 / 硬件 / 服务: one-off, yearly, first year and three years (万元 and yuan). */
  budget: {
    line: string;
    oneOffWan: number;
    yearlyWan: number;
    oneOffYuan: number;
    yearlyYuan: number;
    threeYearWan: number;
    firstYearWan: number;
    threeYearYuan: number;
    firstYearYuan: number;
  }[];
  weeks: { min: number; max: number };
  phaseCount: number;
  /** The order of the work: phases one after another, the solutions within one in parallel. */
  phases: { phase: number; solutionIds: string[]; steps: number[]; weeks: { min: number; max: number }; startWeek: number; endWeek: number }[];
  /** Outcome indicators to record now as baselines (the plan cannot buy them). */
  baselines: string[];
  bestSubsidy: {
    policyId: string;
    amountYuan: number;
    amountWan: number;
  } | null;
  /** One-off plus first year, less the best subsidy: what the firm pays out in the first year. */
  netCostYuan: number;
  netCostWan: number;
}

export interface PolicyFacts {
  id: string;
  kind: "subsidy" | "criterion";
  issuer: string | null;
  verdict: PolicyVerdict;
  verdictText: string;
  reasons: string[];
  toConfirm: string[];
  amountYuan: number | null;
  amountWan: number | null;
  upToYuan: number | null;
  upToWan: number | null;
  percent: number | null;
  points: number | null;
  documents: string[];
  until: string | null;
  demo: boolean;
}

export interface SolutionFacts {
  id: string;
  category: string;
  deployment: string;
  description: string;
  firstYearCostWan: number;
  firstYearCostYuan: number;
  durationWeeks: { min: number; max: number };
  smallFastLightPrecise: boolean;
  demo: boolean;
  servesSteps: number[];
  chosenForPrice: boolean;
}

/** A statement of industry knowledge with where it comes from (official, published, or our own). */
export interface SourcedText {
  text: string;
  source: string;
  confidence: "official" | "published" | "est";
}

export interface IndustryFacts {
  /** Whether the firm's industry is one we hold knowledge of; else general guidance. */
  matched: boolean;
  name: string;
  pains: (SourcedText & { scenes: string[] })[];
  /** The scenes that matter most in this industry, with the firm's level in each. */
  keyScenes: (SourcedText & { scene: string; level: number })[];
  goodLooksLike: SourcedText[];
  kpis: { name: string; unit: string; scenes: string[] }[];
}

/** A weak point of the firm, as the plans change it: what the answers say, and the firm's own words. */
export interface DiagnosisItem {
  kind: "scene" | "indicator";
  name: string;
  /** Scene level now, or the indicator's score and maximum. */
  now: string;
  /** What the answers say today (a scene's rung, an indicator's options). */
  today: string;
  /** What the plan's target means. */
  target: string;
  constrained: boolean;
  /** The firm's words that point here (typed by the firm). */
  quotes: string[];
  /** The industry's typical pains that concern this scene. */
  industryPains: string[];
}

export interface ReportFacts {
  /** The shape of these facts; a stored report of an older shape is regenerated, not read. */
  format: 2;
  language: PromptLanguage;
  radar: { label: string; value: number; peerMedian: number | null }[];
  firm: {
    name: string;
    industry: string;
    /** 中类 and the pilot city's 细分行业, when given. */
    subIndustry: string | null;
    segment: string | null;
    region: string | null;
    size: string | null;
    aboveScale: boolean | null;
    staff: number | null;
    revenueWan: number | null;
    revenueYuan: number | null;
  };
  /** The equipment, networks and information systems the firm reported, as rows for a table. */
  inventory: { item: string; value: string }[];
  /** Scenes run on a dedicated system (level 2 or above) today. */
  systems: string[];
  /** A consultant's visit: who assessed the firm, when, whom they met. */
  visit: { date: string; consultant: string | null; organisation: string | null; people: string | null } | null;
  industry: IndustryFacts;
  model: {
    name: string;
    template: string;
    isReference: boolean;
    assessedOn: string;
  };
  level: {
    current: number;
    name: string;
    description: string | null;
    total: number;
    next: number | null;
    nextName: string | null;
  };
  rule: {
    level: number;
    name: string;
    minTotal: number;
    minScenes: number;
    minConstrained: number;
  }[];
  gap: {
    level: number;
    items: {
      kind: "score" | "scenes" | "constrained";
      required: number;
      actual: number;
      short: number;
    }[];
  } | null;
  dimensions: {
    code: string;
    name: string;
    score: number;
    max: number;
    percent: number;
    peerMedian: number | null;
    percentile: number | null;
    standing: { side: "top" | "bottom"; percent: number; all: boolean } | null;
  }[];
  weakest: {
    code: string;
    name: string;
    dimension: string;
    score: number;
    max: number;
  }[];
  scenes: {
    code: string;
    name: string;
    group: string;
    level: number;
    constrained: boolean;
    peerMedian: number | null;
  }[];
  counts: {
    sceneCount: number;
    constrainedCount: number;
    atOrAbove: Record<string, number>;
    constrainedAtOrAbove: Record<string, number>;
  };
  peers: {
    group: string;
    count: number;
    /** Share of peers below the firm (equal scores count half), 0–100. */
    totalPercentile: number;
    totalMedian: number;
    /** For readers: 前 x% (top) or 后 x% (bottom); `all` when above or below every peer. */
    standing: { side: "top" | "bottom"; percent: number; all: boolean };
  } | null;
  peersShortfall: { group: string; count: number; minimum: number } | null;
  plans: {
    next: PlanFacts | null;
    level2: PlanFacts | null;
    pain: PainPlanFacts | null;
  };
  candidates: { solutions: SolutionFacts[]; policies: PolicyFacts[] };
  previous: {
    total: number;
    level: number;
    levelName: string;
    date: string;
    change: number;
  } | null;
  diagnosis: DiagnosisItem[];
  targets: {
    level: number;
    levelName: string;
    sceneCount: number;
    /** Per scene of the plans: now and target. */
    scenes: { name: string; fromLevel: number; toLevel: number; constrained: boolean }[];
    /** Measures to record now, so the next assessment can show the change. */
    kpis: { name: string; unit: string; baseline: string | null }[];
  } | null;
  caveats: string[];
  /** The 专精特新 digital criterion at the current level; null on a reference level (no verdict). */
  specialized: { points: number; max: number } | null;
  firmText: { description?: string; painPoints?: string };
  /** What of the firm's description a report may quote (clean clauses only; typed by the firm). */
  quotes: { description: string | null };
}
