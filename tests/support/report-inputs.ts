import { loadPolicyCatalogue } from "@/db/catalogue/policies";
import { loadSolutionCatalogue } from "@/db/catalogue/solutions";
import type { Locale } from "@/lib/i18n/locales";
import { loadSolver } from "@/lib/recommendations/optimum/solve";
import { painPointScenes } from "@/lib/recommendations/pain-points";
import { buildPlan, type FirmForPlan } from "@/lib/recommendations/plan";
import { peerRadarMedians, radarAxes } from "@/lib/assessments/radar";
import type { ReportInputs } from "@/lib/reports/facts";
import { industryFor } from "@/lib/reports/industry";
import { benchmark, evaluate, getTemplate, type Answers, type Level, type PeerResult, type TemplateId } from "@/scoring";
import { COMPLETE_MANUFACTURING } from "./fixtures";

/** Everything a report is written from, for a firm in 郑州 with the given answers (no database). */

const solutions = loadSolutionCatalogue();
const policies = loadPolicyCatalogue();

export const ZHENGZHOU_FIRM: FirmForPlan = {
  provinceCode: "41",
  cityCode: "4101",
  districtCode: "410105",
  industryCode: "34",
  industrySegment: null,
  sizeClass: "small",
  aboveScale: true,
};

/** HiGHS, loaded once for every test that builds a plan. */
export const SOLVER = await loadSolver();

const PEERS: PeerResult[] = [30, 41.5, 52, 28.25, 61].map((total, i) => ({
  total,
  dimensions: { FOUNDATION: total * 0.4, MANAGEMENT: total * 0.2, EFFECT: total * 0.4 },
  scenes: { "S.QUALITY": (i % 4) + 1, "S.FINANCE": 2 },
}));

export function reportInputs(
  options: {
    language?: Locale;
    answers?: Answers;
    templateId?: TemplateId;
    context?: ReportInputs["context"];
    withPeers?: boolean;
    industryCode?: string;
    visit?: ReportInputs["visit"];
  } = {},
): ReportInputs {
  const t = getTemplate(options.templateId ?? "miit-2024-manufacturing");
  const evaluation = evaluate(t, options.answers ?? COMPLETE_MANUFACTURING, { complete: true });
  if (!evaluation.ok) throw new Error(`fixture answers invalid: ${evaluation.problems.map((p) => p.message).join("; ")}`);
  const r = evaluation.result;
  const context = options.context ?? { description: "精密零部件机加工，员工120人", painPoints: "订单交期经常延误，质量追溯靠纸质记录" };
  const painPoints = painPointScenes(t, context);
  const plan = (target: Level, pains = painPoints.slice(0, 0)) =>
    buildPlan({
      solver: SOLVER,
      template: t,
      answers: evaluation.answers,
      target,
      firm: ZHENGZHOU_FIRM,
      catalogue: solutions,
      policies,
      today: "2026-11-29",
      painPoints: pains,
    });
  const mine: PeerResult = { total: r.total, dimensions: r.dimensions, scenes: Object.fromEntries(r.scenes.map((s) => [s.code, s.level])) };
  return {
    language: options.language ?? "zh-CN",
    enterprise: {
      name: "郑州精工机械有限公司",
      industryCode: options.industryCode ?? "34",
      regionName: "河南省 郑州市 金水区",
      sizeClass: "small",
      aboveScale: true,
      staff: 120,
      revenueWan: 6800,
    },
    industry: industryFor({ industryCode: options.industryCode ?? "34" }, t, options.language ?? "zh-CN"),
    visit: options.visit ?? null,
    template: t,
    result: r,
    peers:
      options.withPeers === false
        ? null
        : { group: { "zh-CN": "郑州市 通用设备制造业", en: "Zhengzhou, general machinery" }, count: PEERS.length, benchmark: benchmark(mine, PEERS) },
    peersShortfall: null,
    radar: radarAxes(t, mine, options.withPeers === false ? null : peerRadarMedians(t, PEERS), options.language ?? "zh-CN"),
    plans: {
      next: r.level < 4 ? plan((r.level + 1) as Level) : null,
      level2: r.level < 1 ? plan(2) : null,
      pain: r.level < 4 && painPoints.length > 0 ? plan((r.level + 1) as Level, painPoints) : null,
    },
    solutions: new Map(solutions.map((s) => [s.id, s])),
    policies: new Map(policies.map((p) => [p.id, p])),
    previous: { total: 31.5, level: 1, submittedAt: "2026-05-10T08:00:00.000Z" },
    context,
    submittedAt: "2026-11-29T09:00:00.000Z",
  };
}

export const SOLUTION_CATALOGUE = solutions;
export const POLICY_CATALOGUE = policies;
