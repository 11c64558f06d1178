import type { Highs } from "highs";
import type { PolicyEntry } from "@/db/catalogue/policies";
import type { SolutionEntry } from "@/db/catalogue/solutions";
import { AppError } from "@/lib/errors";
import { heavyWork, PoolError } from "@/lib/workers/pool";
import {
  constrainedFlags,
  getTemplate,
  levelOnly,
  scoreAnswers,
  type Answer,
  type Answers,
  type CompiledTemplate,
  type Level,
  type TemplateId,
} from "@/scoring";
import { matchPolicy, type CostType, type FirmFacts, type PolicyMatch } from "./eligibility";
import { answersAfter, buildProblem, firstYearCostYuan, midYuan, threeYearCostYuan } from "./optimum/problem";
import { loadSolver, solvePlanProblem } from "./optimum/solve";
import { budgetOf, expectedEffects, fundBandAfter, scheduleOf, type BudgetRow, type ExpectedEffect, type FundBandAfter, type Phase } from "./budget";
import type { PainPoint } from "./pain-points";
import { fits, rankSolutions, type RankedSolution } from "./rank";
import { messageText } from "@/lib/i18n/translate";

/**
 * The funded plan: the set of catalogue solutions that reaches the target level at the least
 * three-year cost (one-off + 3 × yearly, middle of each price band), solved exactly over all their
 * effects together; the answers it changes, with solutions to compare for each; every policy matched
 * against the firm and the plan; and the firm's net cost. Pure (the solver is passed in).
 */
export type FirmForPlan = Omit<FirmFacts, "levelNow" | "levelAfter" | "spend" | "today"> & {
  /** 营业收入 (万元), when the firm gave it: for the investment share its plan would mean. */
  revenueWan?: number | null;
};

/** The firm as policies see it, from its stored row (a missing region never matches a region). */
export function firmForPlan(row: {
  provinceCode: string | null;
  cityCode: string | null;
  districtCode: string | null;
  industryCode: string;
  industrySubCode?: string | null;
  industrySegment: string | null;
  sizeClass: FirmForPlan["sizeClass"];
  aboveScale: boolean | null;
  revenueWan?: number | null;
}): FirmForPlan {
  return {
    provinceCode: row.provinceCode ?? "",
    cityCode: row.cityCode ?? "",
    districtCode: row.districtCode,
    industryCode: row.industryCode,
    industrySubCode: row.industrySubCode ?? null,
    industrySegment: row.industrySegment,
    sizeClass: row.sizeClass,
    aboveScale: row.aboveScale,
    revenueWan: row.revenueWan ?? null,
  };
}

export interface PlanInput {
  /** HiGHS, from `loadSolver()`. */
  solver: Highs;
  template: CompiledTemplate;
  answers: Answers;
  profile?: readonly string[];
  target: Level;
  firm: FirmForPlan;
  catalogue: readonly SolutionEntry[];
  policies: readonly PolicyEntry[];
  today: string;
  /** 从痛点出发: scenes behind the firm's stated problems, which the plan must lift too. */
  painPoints?: readonly PainPoint[];
}

export interface PlanStep {
  kind: "question" | "scene";
  code: string;
  from: Answer | null;
  to: Answer;
  /** The plan's solutions that bring this change. */
  solutionIds: string[];
  /** Other fitting offers for the same change, to compare. */
  candidates: RankedSolution[];
}

export interface PlanSolution {
  id: string;
  /** One-off plus the first year's fee (yuan, middle of the price bands). */
  costYuan: number;
  threeYearCostYuan: number;
  oneOffYuan: number;
  yearlyYuan: number;
  costType: CostType;
  provider: string;
}

export interface Plan {
  target: Level;
  reachable: boolean;
  alreadyMet: boolean;
  /** The least three-year cost is proven (always, unless the solver hit its time limit). */
  exact: boolean;
  /** The solver ran out of time without any set: not "out of reach", just not found. */
  timedOut: boolean;
  levelAfter: Level;
  totalAfter: number;
  steps: PlanStep[];
  solutions: PlanSolution[];
  /** One-off plus first year, all solutions. */
  totalCostYuan: number;
  threeYearCostYuan: number;
  providers: number;
  /** The firm's answers with the plan carried out. */
  answersAfter: Answers;
  /** 软件 / 硬件 / 服务, one-off and yearly, first year and three years. */
  budget: BudgetRow[];
  /** The order of the work: phases that follow each other, solutions within one in parallel. */
  schedule: { phases: Phase[]; weeks: { min: number; max: number } };
  /** Outcome indicators the plan should move but cannot buy, with the measure to record now. */
  expectedEffects: ExpectedEffect[];
  /** When the plan's own spend puts 资金保障 (M.FUND) in a higher band than today's answer. */
  fundBand: FundBandAfter | null;
  /** The pain-point scenes this plan had to lift, each with the words that named it (none: the least-cost plan). */
  painPoints: (PainPoint & { from: number; to: number })[];
  policies: PolicyMatch[];
  /** The largest amount among eligible subsidies (they are not assumed to stack). */
  bestSubsidy: { policyId: string; amountYuan: number } | null;
  netCostYuan: number;
}

const VERDICT_ORDER = { eligible: 0, possibly_eligible: 1, not_eligible: 2 } as const;

function changeOf(before: Answers[string] | undefined, after: Answers[string] | undefined): boolean {
  return JSON.stringify(before ?? null) !== JSON.stringify(after ?? null);
}

/** What a plan needs, as plain data that can travel to a worker thread (the template by id). */
export type PlanRequest = Omit<PlanInput, "solver" | "template"> & { templateId: TemplateId };

/** The plan built in the heavy-work threads: an exact solve can take a second, never on a request's event loop. */
export async function buildPlanOffThread(request: PlanRequest): Promise<Plan> {
  try {
    return await heavyWork().run("plan.build", request, { timeoutMs: PLAN_TIMEOUT_MS });
  } catch (error) {
    if (error instanceof PoolError && error.reason === "busy")
      throw new AppError(
        "unavailable",
        { "zh-CN": "plan：服务器繁忙，请一分钟后再试", en: "plan: the server is busy; try again in a minute" },
        { issues: [{ field: "plan", message: messageText("error.busy") }] },
      );
    throw error;
  }
}

/** In a worker thread: the solver loaded there once. */
export async function buildPlanHere(request: PlanRequest): Promise<Plan> {
  const { templateId, ...rest } = request;
  return buildPlan({ ...rest, template: getTemplate(templateId), solver: await loadSolver() });
}

/** HiGHS stops itself at 20 s per solve; a plan has up to two solves per rung. */
const PLAN_TIMEOUT_MS = 60_000;

export function buildPlan(input: PlanInput): Plan {
  const { template: t, firm } = input;
  const usable = input.catalogue.filter((s) => fits(s, firm));
  const flags = input.profile ? constrainedFlags(t, input.profile) : t.defaultConstrained;
  const levelOf = (answers: Answers): { level: Level; total: number } => {
    const core = scoreAnswers(t, answers);
    return { level: levelOnly(t, core.totalMilli, core.sceneLevels, flags), total: core.totalMilli / 1000 };
  };
  const now = levelOf(input.answers);
  // Each rung asks at least as much as the one below (checked at template load), so meeting the
  // target's rung is exactly what reaching the target takes; otherwise every rung above is tried.
  const sceneLevel = (code: string) => (typeof input.answers[code] === "number" ? (input.answers[code] as number) : 0);
  // A pain-point scene reaches the target level, or one level more if it is there already.
  const pains = (input.painPoints ?? [])
    .map((p) => ({ ...p, from: sceneLevel(p.scene), to: Math.min(4, Math.max(input.target, sceneLevel(p.scene) + 1)) }))
    .filter((p) => p.to > p.from);
  const required = pains.map((p) => ({ scene: p.scene, level: p.to }));
  const rungs = t.rungs.filter((r) => (t.rungsMonotone ? r.level === input.target : r.level >= input.target)).map((r) => r.level as Level);
  let best: { problem: ReturnType<typeof buildProblem>; optimum: ReturnType<typeof solvePlanProblem> } | null = null;
  let timedOut = false;
  for (const level of rungs) {
    const problem = buildProblem({ template: t, answers: input.answers, profile: input.profile, catalogue: usable, level, required });
    const optimum = solvePlanProblem(input.solver, problem);
    timedOut ||= optimum.timedOut;
    const o = optimum;
    const b = best?.optimum;
    const cheaper =
      !b || o.cost3 < b.cost3 || (o.cost3 === b.cost3 && (o.providers < b.providers || (o.providers === b.providers && o.firstYear < b.firstYear)));
    if (o.reachable && cheaper) best = { problem, optimum };
  }
  const chosenEntries = best ? best.optimum.items.map((i) => usable[best.problem.items[i]!.index]!) : [];
  const after = answersAfter(t, input.answers, chosenEntries);
  const reached = levelOf(after);

  const solutions: PlanSolution[] = chosenEntries.map((s) => ({
    id: s.id,
    costYuan: firstYearCostYuan(s),
    threeYearCostYuan: threeYearCostYuan(s),
    oneOffYuan: midYuan(s.price.oneOff),
    yearlyYuan: midYuan(s.price.yearly),
    costType: s.costType,
    provider: s.provider.id,
  }));

  const steps: PlanStep[] = [];
  for (const q of t.questions) {
    if (!changeOf(input.answers[q.code], after[q.code])) continue;
    const before = input.answers[q.code];
    const to = after[q.code]!;
    const added = Array.isArray(to) ? to.filter((c) => !(Array.isArray(before) && before.includes(c))) : [String(to)];
    const by = chosenEntries.filter((s) =>
      s.improves.some((i) => i.question === q.code && i.options.some((o) => added.includes(o) || (!Array.isArray(to) && o === to))),
    );
    steps.push({
      kind: "question",
      code: q.code,
      from: before ?? null,
      to,
      solutionIds: by.map((s) => s.id),
      candidates: rankSolutions(input.catalogue, { kind: "question", question: q.code, options: added }, firm),
    });
  }
  for (const sc of t.scenes) {
    const from = typeof input.answers[sc.code] === "number" ? (input.answers[sc.code] as number) : 0;
    const to = typeof after[sc.code] === "number" ? (after[sc.code] as number) : 0;
    if (to <= from) continue;
    const by = chosenEntries.filter((s) => s.lifts.some((l) => l.scene === sc.code && l.from >= from && l.from < to));
    const candidates: RankedSolution[] = [];
    for (let level = from; level < to; level++) {
      for (const c of rankSolutions(input.catalogue, { kind: "scene", scene: sc.code, from: level }, firm))
        if (!candidates.some((x) => x.id === c.id)) candidates.push(c);
    }
    steps.push({ kind: "scene", code: sc.code, from, to, solutionIds: by.map((s) => s.id), candidates });
  }

  // 从痛点出发 starts from the problems: the pain scenes' steps first, in the order the firm named them.
  if (pains.length > 0) {
    const rank = (s: PlanStep) => (s.kind === "scene" ? pains.findIndex((p) => p.scene === s.code) : -1);
    steps.sort((a, b) => (rank(a) < 0 ? pains.length : rank(a)) - (rank(b) < 0 ? pains.length : rank(b)));
  }
  const spend: Partial<Record<CostType, number>> = {};
  for (const s of solutions) spend[s.costType] = (spend[s.costType] ?? 0) + s.costYuan;
  const totalCostYuan = solutions.reduce((sum, s) => sum + s.costYuan, 0);
  const schedule = scheduleOf(chosenEntries, input.answers);
  const items = chosenEntries.map((s) => ({
    id: s.id,
    costType: s.costType,
    yuan: firstYearCostYuan(s),
    xiaokuaiqingzhun: s.xiaokuaiqingzhun,
    provider: s.provider.id,
  }));
  const finishBy = new Date(Date.parse(`${input.today}T00:00:00Z`) + schedule.weeks.max * 7 * 86_400_000).toISOString().slice(0, 10);
  const facts: FirmFacts = { ...firm, levelNow: now.level, levelAfter: reached.level, spend, items, today: input.today, finishBy };
  const policies = input.policies
    .map((p) => matchPolicy(p, facts))
    .sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || a.policyId.localeCompare(b.policyId));
  const bestMatch = policies
    .filter((m) => m.verdict === "eligible" && m.subsidy?.amountYuan !== null && m.subsidy?.amountYuan !== undefined)
    .sort((a, b) => (b.subsidy?.amountYuan ?? 0) - (a.subsidy?.amountYuan ?? 0))[0];
  const bestSubsidy = bestMatch?.subsidy?.amountYuan != null ? { policyId: bestMatch.policyId, amountYuan: bestMatch.subsidy.amountYuan } : null;

  return {
    target: input.target,
    reachable: best !== null,
    alreadyMet: now.level >= input.target && pains.length === 0,
    exact: best ? best.optimum.proven && !timedOut : !timedOut,
    timedOut: best === null && timedOut,
    levelAfter: reached.level,
    totalAfter: reached.total,
    steps,
    solutions,
    totalCostYuan,
    threeYearCostYuan: solutions.reduce((sum, s) => sum + s.threeYearCostYuan, 0),
    providers: new Set(solutions.map((s) => s.provider)).size,
    answersAfter: after,
    budget: budgetOf(chosenEntries),
    schedule,
    expectedEffects: expectedEffects(t, input.answers),
    fundBand: fundBandAfter(
      t,
      input.answers,
      solutions.reduce((sum, s) => sum + s.threeYearCostYuan, 0),
      firm.revenueWan,
    ),
    painPoints: pains,
    policies,
    bestSubsidy,
    netCostYuan: totalCostYuan - (bestSubsidy?.amountYuan ?? 0),
  };
}
