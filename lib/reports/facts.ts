import { segmentName } from "@/lib/enterprise/segments";
import type { PolicyEntry } from "@/db/catalogue/policies";
import { firstYearCost, type SolutionEntry } from "@/db/catalogue/solutions";
import { industryByCode } from "@/lib/enterprise/industries";
import type { Locale } from "@/lib/i18n/locales";
import { shortfallScore } from "@/lib/i18n/figures";
import { localize, localizePair } from "@/lib/i18n/localized";
import type { PolicyMatch } from "@/lib/recommendations/eligibility";
import type { Plan } from "@/lib/recommendations/plan";
import type { IndustryFacts, PolicyFacts, ReportFacts, SolutionFacts } from "@/prompts/report";
import { specializedPoints, type Benchmark, type CompiledTemplate, type Localized, type Result } from "@/scoring";
import { painPlanFacts, planFacts, quotableText, r1, r2, wan } from "./facts-plan";
import { diagnosisOf, inventoryOf, standingOf, systemsOf, targetsOf } from "./facts-profile";
import { plainWords } from "./plain-words";

/**
 * The facts a report is written from, computed once per report: display-ready (rounded as shown,
 * labelled in the report's language) so that the writer copies rather than computes. Each section
 * gets only its own slice (section-facts.ts). Solutions and policies appear by id; their names are
 * put in by us. Their types live beside the prompts that read them (prompts/report/facts.ts).
 */

export type { PainPlanFacts, PlanFacts, ReportFacts } from "@/prompts/report";
export { sectionFacts, userTyped } from "./section-facts";

export interface ReportInputs {
  language: Locale;
  enterprise: {
    name: string;
    industryCode: string;
    /** 中类 name, when the firm gave one. */
    subIndustry?: string | null;
    segment?: string | null;
    regionName: string | null;
    sizeClass: string | null;
    aboveScale: boolean | null;
    staff?: number | null;
    revenueWan?: number | null;
  };
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
  /** A consultant's visit (on-site or remote), when a consultant assessed the firm. */
  visit?: { date: string; consultant: string | null; organisation: string | null; people: string | null } | null;
  /** What we know of the firm's industry, in the report's language (general guidance when none matched). */
  industry: IndustryFacts;
  submittedAt: string;
}

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
  exclusions: {
    "zh-CN": "是否属于政策排除的情形（如已获同类资助）",
    en: "whether an exclusion of the policy applies (such as other funding for the same work)",
  },
};
const MODEL_NAME: Localized = { "zh-CN": "《中小企业数字化水平评测指标（2024年版）》", en: "MIIT SME Digital Level Assessment Indicators (2024 edition)" };
/** Services and other industries are scored on our own template after the official one's framework. */
export const REFERENCE_MODEL_NAME: Localized = {
  "zh-CN": "参照《中小企业数字化水平评测指标（2024年版）》框架（数诊参考模板）",
  en: "the framework of the MIIT SME Digital Level Assessment Indicators (2024 edition), as Shuzhen's reference template",
};

function policyFacts(match: PolicyMatch, entry: PolicyEntry, language: Locale): PolicyFacts {
  const s = match.subsidy;
  return {
    id: match.policyId,
    kind: entry.kind,
    issuer: entry.issuer,
    verdict: match.verdict,
    verdictText: VERDICT[match.verdict][language],
    reasons: [...new Set(match.checks.filter((c) => c.status !== "met").map((c) => c.reason[language]))],
    toConfirm: [...new Set(match.missing)].map((m) => MISSING[m]?.[language] ?? localize({ "zh-CN": "其他条件", en: "other conditions" }, language)),
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

function candidateSolutions(input: ReportInputs, plans: readonly Plan[], lang: Locale): SolutionFacts[] {
  // Every solution a plan step buys or ranks, with the steps (of the first plan) it serves.
  const out = new Map<string, SolutionFacts>();
  for (const plan of plans) {
    plan.steps.forEach((step, i) => {
      for (const id of [...step.solutionIds, ...step.candidates.map((c) => c.id)]) {
        const s = input.solutions.get(id);
        if (!s) continue;
        const entry = out.get(id) ?? {
          id,
          category: s.category,
          deployment: s.deployment,
          description: plainWords(s.description[lang], lang),
          firstYearCostWan: wan(firstYearCost(s) * 10_000),
          firstYearCostYuan: Math.round(firstYearCost(s) * 10_000),
          durationWeeks: s.durationWeeks,
          smallFastLightPrecise: s.xiaokuaiqingzhun,
          demo: s.demo,
          servesSteps: [],
          chosenForPrice: false,
        };
        if (plan === plans[0] && !entry.servesSteps.includes(i + 1)) entry.servesSteps.push(i + 1);
        if (step.solutionIds.includes(id)) entry.chosenForPrice = true;
        out.set(id, entry);
      }
    });
  }
  return [...out.values()];
}

function caveatsOf(result: Result, solutions: readonly SolutionFacts[], policies: readonly PolicyFacts[], industry: IndustryFacts, lang: Locale): string[] {
  const caveats: string[] = [];
  const say = (zh: string, en: string) => caveats.push(localize({ "zh-CN": zh, en }, lang));
  if (result.isReference)
    say(
      "本企业不属于制造业，所给等级为参考等级，不是官方评定。",
      "The firm is not in manufacturing: the level given is a reference level, not an official rating.",
    );
  if (solutions.some((s) => s.demo))
    say(
      "方案目录为演示数据，价格与服务商仅供参考，采购前应实际询价比较。",
      "The solution catalogue is demo data: prices and providers are illustrative; get real quotes before buying.",
    );
  if (policies.some((p) => p.verdict === "possibly_eligible"))
    say("部分政策条件尚需企业或主管部门确认。", "Some policy conditions still need confirming by the firm or the authority.");
  if (policies.some((p) => p.demo)) say("部分政策为演示数据，不可据此申报。", "Some policies are demo data and cannot be applied for.");
  if (!industry.matched)
    say(
      "本企业所在行业不在数诊已整理的细分行业之内，行业部分给出的是通用建议。",
      "The firm's industry is not among those Shuzhen has industry knowledge of: the industry notes are general guidance.",
    );
  say(
    "评测结果基于企业自评答案，正式等级以主管部门或第三方机构的评测为准。",
    "The result rests on the firm's own answers; an official rating is made by the authority or an accredited assessor.",
  );
  return caveats;
}

function firmFacts(input: ReportInputs, lang: Locale): ReportFacts["firm"] {
  const e = input.enterprise;
  const ind = industryByCode(e.industryCode);
  return {
    name: e.name,
    industry: ind ? localizePair(ind.zh, ind.en, lang) : e.industryCode,
    subIndustry: e.subIndustry ?? null,
    segment: e.segment ? segmentName(e.segment, lang) : null,
    region: e.regionName,
    size: e.sizeClass ? (SIZE[e.sizeClass]?.[lang] ?? null) : null,
    aboveScale: e.aboveScale,
    staff: e.staff ?? null,
    revenueWan: e.revenueWan ?? null,
    revenueYuan: e.revenueWan == null ? null : Math.round(e.revenueWan * 10_000),
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
      score: r2(score),
      max: r2(max),
    }));

  const plans = [input.plans.next, input.plans.level2].filter((p): p is Plan => p !== null);
  const solutions = candidateSolutions(input, plans, lang);
  const matches = plans[0]?.policies ?? [];
  const policyList = matches.flatMap((m) => {
    const entry = input.policies.get(m.policyId);
    // A reference level is not an official rating: no criterion (专精特新) is judged on it.
    if (!entry || (result.isReference && entry.kind === "criterion")) return [];
    // Another place's policy is not this firm's concern: not listed, not even as 不符合.
    if (m.checks.some((c) => c.condition === "region" && c.status === "unmet")) return [];
    return [policyFacts(m, entry, lang)];
  });
  const firmWords = [input.context.painPoints, input.context.description].filter((x): x is string => !!x).join("\n");
  const planNext = input.plans.next ? planFacts(t, input.plans.next, lang) : null;
  const planLevel2 = input.plans.level2 ? planFacts(t, input.plans.level2, lang) : null;
  const planPain = input.plans.pain ? painPlanFacts(t, input.plans.pain, input.plans.next, firmWords, lang) : null;
  const diagnosis = diagnosisOf(t, result, [planNext, planLevel2], planPain, input.industry, lang);
  const levelOf = (code: string) => result.scenes.find((s) => s.code === code)?.level ?? 0;

  return {
    format: 2,
    language: lang,
    radar: input.radar,
    firm: firmFacts(input, lang),
    inventory: inventoryOf(t, result, lang),
    systems: systemsOf(t, result, lang),
    visit: input.visit ?? null,
    industry: {
      ...input.industry,
      keyScenes: input.industry.keyScenes.map((k) => ({ ...k, level: levelOf(k.scene) })),
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
      total: r2(result.total),
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
          // Shortfalls rounded up, so "差 0.01" never hides a gap nor shows one that is not there.
          items: result.nextLevel.unmet.map((g) => ({ kind: g.kind, required: r2(g.required), actual: r2(g.actual), short: shortfallScore(g.short) })),
        }
      : null,
    dimensions: t.def.dimensions.map((d) => {
      const score = result.dimensions[d.code] ?? 0;
      const peer = dimPeers?.[d.code];
      return {
        code: d.code,
        name: d.label[lang],
        score: r2(score),
        max: d.max,
        percent: r1((score / d.max) * 100),
        peerMedian: peer ? r2(peer.median) : null,
        percentile: peer ? peer.percentile : null,
        standing: peer ? standingOf(peer.percentile) : null,
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
          totalMedian: r2(input.peers.benchmark.total.median),
          standing: standingOf(input.peers.benchmark.total.percentile),
        }
      : null,
    peersShortfall: input.peersShortfall
      ? { group: input.peersShortfall.group[lang], count: input.peersShortfall.count, minimum: input.peersShortfall.minimum }
      : null,
    plans: { next: planNext, level2: planLevel2, pain: planPain },
    candidates: { solutions, policies: policyList },
    previous: input.previous
      ? {
          total: r2(input.previous.total),
          level: input.previous.level,
          levelName: names[input.previous.level as 0 | 1 | 2 | 3 | 4][lang],
          date: input.previous.submittedAt.slice(0, 10),
          change: r2(result.total) - r2(input.previous.total) === 0 ? 0 : Math.round((r2(result.total) - r2(input.previous.total)) * 100) / 100,
        }
      : null,
    diagnosis,
    targets: targetsOf(planNext, diagnosis, input.industry),
    caveats: caveatsOf(result, solutions, policyList, input.industry, lang),
    specialized: result.isReference ? null : (({ points, max }) => ({ points, max }))(specializedPoints(result.level)),
    firmText: input.context,
    quotes: { description: quotableText(input.context.description) },
  };
}
