import type { PromptLanguage } from "./section";

/**
 * The facts a report is written from, as the section prompts read them and as they are stored with
 * the report (reports.facts): display-ready, in the report's language. Built in lib/reports/facts.ts;
 * declared here because the prompts consume them and may not import lib/.
 */

export type PolicyVerdict = "eligible" | "possibly_eligible" | "not_eligible";

export interface StepFacts {
  n: number;
  what: string;
  change: string;
  solutionIds: string[];
}

export interface PainPlanFacts extends PlanFacts {
  /** The scenes the firm's words point to, each with those words. */
  /** Scene levels under *Level keys, so the report's grounding knows them as levels. */
  painPoints: {
    scene: string;
    words: string[];
    fromLevel: number;
    toLevel: number;
  }[];
  /** Three-year cost above the least-cost plan to the same level. */
  extraWan: number | null;
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
  /** 软件 / 硬件 / 服务 over three years (万元). */
  budget: {
    line: string;
    threeYearWan: number;
    firstYearWan: number;
    threeYearYuan: number;
    firstYearYuan: number;
  }[];
  weeks: { min: number; max: number };
  phaseCount: number;
  /** Outcome indicators to record now as baselines (the plan cannot buy them). */
  baselines: string[];
  bestSubsidy: {
    policyId: string;
    amountYuan: number;
    amountWan: number;
  } | null;
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

export interface ReportFacts {
  language: PromptLanguage;
  radar: { label: string; value: number; peerMedian: number | null }[];
  firm: {
    name: string;
    industry: string;
    region: string | null;
    size: string | null;
    aboveScale: boolean | null;
  };
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
    totalPercentile: number;
    totalMedian: number;
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
  caveats: string[];
  /** The 专精特新 digital criterion at the current level; null on a reference level (no verdict). */
  specialized: { points: number; max: number } | null;
  firmText: { description?: string; painPoints?: string };
}
