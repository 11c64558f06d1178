import type { PolicyEntry } from "@/db/catalogue/policies";
import { firstYearCost, type SolutionEntry } from "@/db/catalogue/solutions";
import { industryByCode } from "@/lib/enterprise/industries";
import type { Locale } from "@/lib/i18n/locales";
import { enumSeparator, localize, localizePair } from "@/lib/i18n/localized";
import type { PolicyMatch } from "@/lib/recommendations/eligibility";
import type { Plan, PlanStep } from "@/lib/recommendations/plan";
import type { PainPlanFacts, PlanFacts, PolicyFacts, ReportFacts, SectionKey, SolutionFacts, StepFacts } from "@/prompts/report";
import { specializedPoints, type Benchmark, type CompiledTemplate, type Localized, type Result } from "@/scoring";

/**
 * The facts a report is written from, computed once per report: display-ready (rounded as shown,
 * labelled in the report's language) so that the writer copies rather than computes. Each section
 * gets only its own slice. Solutions and policies appear by id; their names are put in by us.
 * Their types live beside the prompts that read them (prompts/report/facts.ts).
 */

export type { PainPlanFacts, PlanFacts, ReportFacts } from "@/prompts/report";

export interface ReportInputs {
  language: Locale;
  enterprise: { name: string; industryCode: string; regionName: string | null; sizeClass: string | null; aboveScale: boolean | null };
  template: CompiledTemplate;
  result: Result;
  /** The stored benchmark (the same the result page shows), null when there is none to show. */
  peers: { group: Localized; count: number; benchmark: Benchmark } | null;
  /** The peer group when it is under the minimum size: said instead of a percentile. */
  peersShortfall: { group: Localized; count: number; minimum: number } | null;
  /** The result page's radar (percent per dimension and scene group, peers' median). */
  radar: { label: string; value: number; peerMedian: number | null }[];
  /** `pain`: the plan to the next level that also lifts the scenes behind the firm's stated problems. */
  plans: { next: Plan | null; level2: Plan | null; pain?: Plan | null };
  solutions: ReadonlyMap<string, SolutionEntry>;
  policies: ReadonlyMap<string, PolicyEntry>;
  previous: { total: number; level: number; submittedAt: string } | null;
  context: { description?: string; painPoints?: string };
  submittedAt: string;
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const r3 = (n: number) => Math.round(n * 1000) / 1000;
const wan = (yuan: number) => Math.round(yuan / 100) / 100;

const SIZE: Record<string, Localized> = {
  micro: { "zh-CN": "微型企业", en: "micro enterprise" },
  small: { "zh-CN": "小型企业", en: "small enterprise" },
  medium: { "zh-CN": "中型企业", en: "medium-sized enterprise" },
  large: { "zh-CN": "大型企业", en: "large enterprise" },
};
const VERDICT: Record<PolicyMatch["verdict"], Localized> = {
  eligible: { "zh-CN": "符合", en: "eligible" },
  possibly_eligible: { "zh-CN": "可能符合，需确认", en: "possibly eligible, to be confirmed" },
  not_eligible: { "zh-CN": "不符合", en: "not eligible" },
};
const MISSING: Record<string, Localized> = {
  district: { "zh-CN": "所在区县", en: "the district" },
  industrySegment: { "zh-CN": "是否属于试点细分行业", en: "whether the firm belongs to a pilot industry segment" },
  sizeClass: { "zh-CN": "企业规模", en: "the size class" },
  aboveScale: { "zh-CN": "是否规上企业", en: "whether the firm is above designated size" },
  source: { "zh-CN": "政策原文未写明的条件", en: "conditions the policy text does not state" },
};
const MODEL_NAME: Localized = { "zh-CN": "《中小企业数字化水平评测指标（2024年版）》", en: "MIIT SME Digital Level Assessment Indicators (2024 edition)" };
/** Services and other industries are scored on our own template after the official one's framework. */
export const REFERENCE_MODEL_NAME: Localized = {
  "zh-CN": "参照《中小企业数字化水平评测指标（2024年版）》框架（数诊参考模板）",
  en: "the framework of the MIIT SME Digital Level Assessment Indicators (2024 edition), as Shuzhen's reference template",
};

function optionLabels(t: CompiledTemplate, code: string, value: PlanStep["from"], language: Locale): string {
  const q = t.questionByCode.get(code);
  const codes = Array.isArray(value) ? value : value === null ? [] : [String(value)];
  return codes.map((c) => q?.def.options.find((o) => o.code === c)?.label[language] ?? c).join(enumSeparator(language));
}

function stepFacts(t: CompiledTemplate, step: PlanStep, n: number, language: Locale): StepFacts {
  const none = localize({ "zh-CN": "无", en: "none" }, language);
  if (step.kind === "scene") {
    const scene = t.sceneByCode.get(step.code);
    const name = scene?.def.label[language] ?? step.code;
    const change = localize(
      { "zh-CN": `从${String(step.from)}级提升到${String(step.to)}级`, en: `from level ${String(step.from)} to level ${String(step.to)}` },
      language,
    );
    return { n, what: name, change, solutionIds: step.solutionIds };
  }
  const q = t.questionByCode.get(step.code);
  // The indicator names the step better than the question's wording ("数据采集", not "以下哪些…").
  const indicator = q ? t.def.indicators.find((i) => i.code === q.def.indicator) : undefined;
  const what = indicator?.label[language] ?? (q?.def.label[language] ?? step.code).replace(/[？?]\s*$/, "");
  let change: string;
  if (Array.isArray(step.to)) {
    const before = new Set(Array.isArray(step.from) ? step.from : []);
    change =
      localize({ "zh-CN": "新增", en: "add: " }, language) +
      optionLabels(
        t,
        step.code,
        step.to.filter((o) => !before.has(o)),
        language,
      );
  } else {
    change = `${step.from === null ? none : optionLabels(t, step.code, step.from, language)} → ${optionLabels(t, step.code, step.to, language)}`;
  }
  return { n, what, change, solutionIds: step.solutionIds };
}

const BUDGET_LINES = {
  software: { "zh-CN": "软件", en: "software" },
  hardware: { "zh-CN": "硬件", en: "hardware" },
  services: { "zh-CN": "服务", en: "services" },
} as const;

function painPlanFacts(t: CompiledTemplate, plan: Plan, leastCost: Plan | null, language: Locale): PainPlanFacts {
  return {
    ...planFacts(t, plan, language),
    painPoints: plan.painPoints.map((p) => ({
      scene: t.sceneByCode.get(p.scene)?.def.label[language] ?? p.scene,
      words: p.words,
      fromLevel: p.from,
      toLevel: p.to,
    })),
    // A difference between two proven optima only.
    extraWan: plan.reachable && plan.exact && leastCost?.reachable && leastCost.exact ? wan(plan.threeYearCostYuan - leastCost.threeYearCostYuan) : null,
  };
}

function planFacts(t: CompiledTemplate, plan: Plan, language: Locale): PlanFacts {
  return {
    targetLevel: plan.target,
    targetName: t.def.levelNames[plan.target][language],
    reachable: plan.reachable,
    stepCount: plan.steps.length,
    steps: plan.steps.map((s, i) => stepFacts(t, s, i + 1, language)),
    totalAfter: r3(plan.totalAfter),
    levelAfter: plan.levelAfter,
    exact: plan.exact,
    timedOut: plan.timedOut,
    costYuan: plan.totalCostYuan,
    costWan: wan(plan.totalCostYuan),
    threeYearCostYuan: plan.threeYearCostYuan,
    threeYearCostWan: wan(plan.threeYearCostYuan),
    solutionCount: plan.solutions.length,
    providerCount: plan.providers,
    budget: plan.budget.map((r) => ({
      line: BUDGET_LINES[r.line][language],
      threeYearWan: wan(r.threeYearYuan),
      firstYearWan: wan(r.firstYearYuan),
      threeYearYuan: r.threeYearYuan,
      firstYearYuan: r.firstYearYuan,
    })),
    weeks: plan.schedule.weeks,
    phaseCount: plan.schedule.phases.length,
    baselines: plan.expectedEffects.map((e) => e.measure[language]),
    bestSubsidy: plan.bestSubsidy ? { ...plan.bestSubsidy, amountWan: wan(plan.bestSubsidy.amountYuan) } : null,
    netCostYuan: plan.netCostYuan,
    netCostWan: wan(plan.netCostYuan),
  };
}

function policyFacts(match: PolicyMatch, entry: PolicyEntry, language: Locale): PolicyFacts {
  const s = match.subsidy;
  return {
    id: match.policyId,
    kind: entry.kind,
    issuer: entry.issuer,
    verdict: match.verdict,
    verdictText: VERDICT[match.verdict][language],
    reasons: [...new Set(match.checks.filter((c) => c.status !== "met").map((c) => c.reason[language]))],
    toConfirm: [...new Set(match.missing)].map((m) => MISSING[m]?.[language] ?? m),
    amountYuan: s?.amountYuan ?? null,
    amountWan: s?.amountYuan != null ? wan(s.amountYuan) : null,
    upToYuan: s?.upToYuan ?? null,
    upToWan: s?.upToYuan != null ? wan(s.upToYuan) : null,
    percent: s?.percent ?? null,
    points: match.points,
    documents: entry.documents.value ?? [],
    until: entry.window.value?.until ?? null,
    demo: entry.demo,
  };
}

export function buildReportFacts(input: ReportInputs): ReportFacts {
  const { template: t, result, language: lang } = input;
  const names = t.def.levelNames;
  const next = result.level < 4 ? result.level + 1 : null;
  const dimPeers = input.peers?.benchmark.dimensions;
  const scenePeers = input.peers?.benchmark.scenes;
  const indicatorMax = new Map<string, number>();
  for (const q of t.def.questions) indicatorMax.set(q.indicator, (indicatorMax.get(q.indicator) ?? 0) + q.max);

  const weakest = t.def.indicators
    .map((ind) => ({ ind, score: result.indicators[ind.code] ?? 0, max: indicatorMax.get(ind.code) ?? 0 }))
    .filter((x) => x.max > 0)
    .sort((a, b) => a.score / a.max - b.score / b.max || b.max - a.max)
    .slice(0, 3)
    .map(({ ind, score, max }) => ({
      code: ind.code,
      name: ind.label[lang],
      dimension: t.def.dimensions.find((d) => d.code === ind.dimension)?.label[lang] ?? ind.dimension,
      score: r3(score),
      max: r3(max),
    }));

  // Candidate solutions: every one a plan step names or ranks, with the steps it serves.
  const solutionFacts = new Map<string, SolutionFacts>();
  const plans = [input.plans.next, input.plans.level2].filter((p): p is Plan => p !== null);
  for (const plan of plans) {
    plan.steps.forEach((step, i) => {
      for (const id of [...step.solutionIds, ...step.candidates.map((c) => c.id)]) {
        const s = input.solutions.get(id);
        if (!s) continue;
        const entry = solutionFacts.get(id) ?? {
          id,
          category: s.category,
          deployment: s.deployment,
          description: s.description[lang],
          firstYearCostWan: r3(firstYearCost(s)),
          firstYearCostYuan: Math.round(firstYearCost(s) * 10_000),
          durationWeeks: s.durationWeeks,
          smallFastLightPrecise: s.xiaokuaiqingzhun,
          demo: s.demo,
          servesSteps: [],
          chosenForPrice: false,
        };
        if (plan === plans[0] && !entry.servesSteps.includes(i + 1)) entry.servesSteps.push(i + 1);
        if (step.solutionIds.includes(id)) entry.chosenForPrice = true;
        solutionFacts.set(id, entry);
      }
    });
  }
  const matches = plans[0]?.policies ?? [];
  const policyList = matches.flatMap((m) => {
    const entry = input.policies.get(m.policyId);
    // A reference level is not an official rating: no criterion (专精特新) is judged on it.
    if (!entry || (result.isReference && entry.kind === "criterion")) return [];
    return [policyFacts(m, entry, lang)];
  });

  const caveats: string[] = [];
  const say = (zh: string, en: string) => caveats.push(localize({ "zh-CN": zh, en }, lang));
  if (result.isReference)
    say(
      "本企业不属于制造业，所给等级为参考等级，不是官方评定。",
      "The firm is not in manufacturing: the level given is a reference level, not an official rating.",
    );
  if ([...solutionFacts.values()].some((s) => s.demo))
    say(
      "方案目录为演示数据，价格与服务商仅供参考，采购前应实际询价比较。",
      "The solution catalogue is demo data: prices and providers are illustrative; get real quotes before buying.",
    );
  if (policyList.some((p) => p.verdict === "possibly_eligible"))
    say("部分政策条件尚需企业或主管部门确认。", "Some policy conditions still need confirming by the firm or the authority.");
  if (policyList.some((p) => p.demo)) say("部分政策为演示数据，不可据此申报。", "Some policies are demo data and cannot be applied for.");
  say(
    "评测结果基于企业自评答案，正式等级以主管部门或第三方机构的评测为准。",
    "The result rests on the firm's own answers; an official rating is made by the authority or an accredited assessor.",
  );

  return {
    language: lang,
    radar: input.radar,
    firm: {
      name: input.enterprise.name,
      industry: (() => {
        const ind = industryByCode(input.enterprise.industryCode);
        return ind ? localizePair(ind.zh, ind.en, lang) : input.enterprise.industryCode;
      })(),
      region: input.enterprise.regionName,
      size: input.enterprise.sizeClass ? (SIZE[input.enterprise.sizeClass]?.[lang] ?? null) : null,
      aboveScale: input.enterprise.aboveScale,
    },
    model: {
      name: (result.isReference ? REFERENCE_MODEL_NAME : MODEL_NAME)[lang],
      template: t.def.label[lang],
      isReference: result.isReference,
      assessedOn: input.submittedAt.slice(0, 10),
    },
    level: {
      current: result.level,
      name: names[result.level][lang],
      description: result.level > 0 ? t.def.levelDescriptions[result.level as 1 | 2 | 3 | 4][lang] : null,
      total: r3(result.total),
      next,
      nextName: next !== null ? names[next as 1 | 2 | 3 | 4][lang] : null,
    },
    rule: [...t.def.levelRule]
      .sort((a, b) => a.level - b.level)
      .map((rung) => ({
        level: rung.level,
        name: names[rung.level as 1 | 2 | 3 | 4][lang],
        minTotal: rung.minScore,
        minScenes: rung.minScenes,
        minConstrained: rung.minConstrained,
      })),
    gap: result.nextLevel
      ? {
          level: result.nextLevel.level,
          items: result.nextLevel.unmet.map((g) => ({ kind: g.kind, required: r3(g.required), actual: r3(g.actual), short: r3(g.short) })),
        }
      : null,
    dimensions: t.def.dimensions.map((d) => {
      const score = result.dimensions[d.code] ?? 0;
      return {
        code: d.code,
        name: d.label[lang],
        score: r3(score),
        max: d.max,
        percent: r1((score / d.max) * 100),
        peerMedian: dimPeers?.[d.code] ? r3(dimPeers[d.code]!.median) : null,
        percentile: dimPeers?.[d.code] ? dimPeers[d.code]!.percentile : null,
      };
    }),
    weakest,
    scenes: result.scenes.map((s) => ({
      code: s.code,
      name: t.sceneByCode.get(s.code)?.def.label[lang] ?? s.code,
      group: t.def.sceneGroups.find((g) => g.code === s.group)?.label[lang] ?? s.group,
      level: s.level,
      constrained: s.constrained,
      peerMedian: scenePeers?.[s.code] ? r1(scenePeers[s.code]!.median) : null,
    })),
    counts: {
      sceneCount: result.scenes.length,
      constrainedCount: result.scenes.filter((s) => s.constrained).length,
      atOrAbove: { ...result.sceneCounts.atOrAbove },
      constrainedAtOrAbove: { ...result.sceneCounts.constrainedAtOrAbove },
    },
    peers: input.peers
      ? {
          group: input.peers.group[lang],
          count: input.peers.count,
          totalPercentile: input.peers.benchmark.total.percentile,
          totalMedian: r3(input.peers.benchmark.total.median),
        }
      : null,
    peersShortfall: input.peersShortfall
      ? { group: input.peersShortfall.group[lang], count: input.peersShortfall.count, minimum: input.peersShortfall.minimum }
      : null,
    plans: {
      next: input.plans.next ? planFacts(t, input.plans.next, lang) : null,
      level2: input.plans.level2 ? planFacts(t, input.plans.level2, lang) : null,
      pain: input.plans.pain ? painPlanFacts(t, input.plans.pain, input.plans.next, lang) : null,
    },
    candidates: { solutions: [...solutionFacts.values()], policies: policyList },
    previous: input.previous
      ? {
          total: r3(input.previous.total),
          level: input.previous.level,
          levelName: names[input.previous.level as 0 | 1 | 2 | 3 | 4][lang],
          date: input.previous.submittedAt.slice(0, 10),
          change: r3(result.total - input.previous.total),
        }
      : null,
    caveats,
    specialized: result.isReference ? null : (({ points, max }) => ({ points, max }))(specializedPoints(result.level)),
    firmText: input.context,
  };
}

/** What each section is given: only the facts it needs (smaller prompts, sharper cache keys). */
export function sectionFacts(key: SectionKey, f: ReportFacts): Record<string, unknown> {
  // The model document (and its year) may be cited in any section.
  return { model: f.model, ...sectionSlice(key, f) };
}

function sectionSlice(key: SectionKey, f: ReportFacts): Record<string, unknown> {
  const planHead = (p: PlanFacts | null) =>
    p && {
      targetName: p.targetName,
      targetLevel: p.targetLevel,
      reachable: p.reachable,
      stepCount: p.stepCount,
      firstSteps: p.steps.slice(0, 3),
      exact: p.exact,
      costYuan: p.costYuan,
      costWan: p.costWan,
      threeYearCostYuan: p.threeYearCostYuan,
      threeYearCostWan: p.threeYearCostWan,
      solutionCount: p.solutionCount,
      providerCount: p.providerCount,
      bestSubsidy: p.bestSubsidy,
      netCostYuan: p.netCostYuan,
      netCostWan: p.netCostWan,
    };
  switch (key) {
    case "summary":
      return {
        firm: f.firm,
        level: f.level,
        gap: f.gap,
        dimensions: f.dimensions,
        weakest: f.weakest,
        peers: f.peers,
        peersShortfall: f.peersShortfall,
        plan: planHead(f.plans.next),
        previous: f.previous,
      };
    case "level":
      return { level: f.level, rule: f.rule, gap: f.gap, counts: f.counts, previous: f.previous };
    case "dimensions":
      return { level: f.level, dimensions: f.dimensions, weakest: f.weakest, peers: f.peers, peersShortfall: f.peersShortfall };
    case "scenes":
      return { level: f.level, rule: f.rule, gap: f.gap, scenes: f.scenes, counts: f.counts, peers: f.peers && { group: f.peers.group, count: f.peers.count } };
    case "plan":
      return { level: f.level, plans: f.plans };
    case "solutions":
      return { level: f.level, steps: f.plans.next?.steps ?? [], candidates: { solutions: f.candidates.solutions } };
    case "subsidies":
      return {
        level: f.level,
        firm: f.firm,
        plan: planHead(f.plans.next),
        candidates: { policies: f.candidates.policies },
        specialized: f.specialized,
      };
    case "risks":
      return {
        level: f.level,
        caveats: f.caveats,
        horizonDays: 90,
        gap: f.gap,
        plan: planHead(f.plans.next),
        policiesToConfirm: f.candidates.policies.filter((p) => p.verdict === "possibly_eligible").map((p) => ({ id: p.id, toConfirm: p.toConfirm })),
      };
  }
}

/**
 * The facts without what the firm typed (its name, description and pain points): nothing in those is
 * a figure, level or document a writer may use. The name is given back apart, since a section may
 * write it (as a whole).
 */
export function userTyped(facts: unknown): { computed: unknown; firmName: string | null } {
  if (!facts || typeof facts !== "object" || Array.isArray(facts)) return { computed: facts, firmName: null };
  const { firm, firmText: _typed, ...computed } = facts as { firm?: unknown; firmText?: unknown } & Record<string, unknown>;
  if (!firm || typeof firm !== "object") return { computed, firmName: null };
  const { name, ...others } = firm as { name?: unknown } & Record<string, unknown>;
  return { computed: { ...computed, firm: others }, firmName: typeof name === "string" ? name : null };
}
