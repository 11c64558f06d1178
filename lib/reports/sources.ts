import type { SectionKey } from "@/prompts/report";
import type { ReportFacts } from "./facts";
import { localize } from "@/lib/i18n/localized";

/**
 * Where the figures of each section come from, shown under the section (and in the PDF): the engine
 * and model version for scores, the peer group for benchmarks, the catalogue for costs, the policy
 * texts for subsidies. Deterministic; never written by the model.
 */

export interface FigureSource {
  label: string;
  detail: string;
  links?: { title: string; href: string }[];
}

export function sectionSources(
  key: SectionKey,
  f: ReportFacts,
  policyLinks: ReadonlyMap<string, { title: string; sources: string[] }>,
  engineVersion: string,
): FigureSource[] {
  const t = (zh: string, en: string) => localize({ "zh-CN": zh, en }, f.language);
  const scoring: FigureSource = {
    label: t("得分与等级", "Scores and level"),
    detail: t(
      `评测引擎 v${engineVersion} 按${f.model.name}（${f.model.template}）从企业${f.model.assessedOn}提交的答案计算，每一分可在结果页追溯到对应答案。`,
      `Computed by scoring engine v${engineVersion} under the ${f.model.name} (${f.model.template}) from the answers submitted on ${f.model.assessedOn}; every point traces to its answer on the result page.`,
    ),
  };
  const peers: FigureSource = f.peers
    ? {
        label: t("同类对标", "Benchmark"),
        detail: t(
          `${f.peers.group}的最新已提交评测，共${f.peers.count}家（不含本企业）。`,
          `Latest submitted assessments of ${f.peers.group}: ${f.peers.count} firms, this one excluded.`,
        ),
      }
    : { label: t("同类对标", "Benchmark"), detail: t("同类企业不足5家，未做对标。", "Fewer than 5 similar firms: no benchmark.") };
  const exact = f.plans.next?.exact ?? true;
  const demo = f.candidates.solutions.some((s) => s.demo);
  const costs: FigureSource = {
    label: t("费用与路径", "Costs and path"),
    detail:
      t(
        `升级方案是在方案目录中满足等级规则、三年总成本（一次性费用加三年年费）最低的方案组合，${exact ? "由混合整数规划求解器 HiGHS 精确求解" : "由 HiGHS 求解，求解超时、未能证明最低"}（同价时服务商更少、首年费用更低者优先）；价格取目录报价区间的中位数。`,
        `The plan is the set of catalogue solutions that meets the level rule at the least three-year cost (one-off plus three years of fees), ${exact ? "solved exactly by the HiGHS mixed-integer solver" : "searched by HiGHS, which timed out before proving it the least"} (ties: fewer providers, then lower first-year cost); prices are the middle of catalogue ranges.`,
      ) + (demo ? t("目录为演示数据。", " The catalogue is demo data.") : ""),
  };
  // The policies whose figures the report uses: those the firm meets or may meet.
  const policyIds = f.candidates.policies.filter((p) => p.verdict !== "not_eligible").map((p) => p.id);
  const subsidies: FigureSource = {
    label: t("补贴与资格", "Subsidies and eligibility"),
    detail: t(
      "资格按政策原文的条件逐条比对企业信息与路径得出，金额按原文的比例与上限计算；以主管部门最终审核为准。",
      "Eligibility compares each condition of the policy text with the firm and the path; amounts follow the text's rate and cap; the authority's review decides.",
    ),
    links: policyIds.flatMap((id) => {
      const p = policyLinks.get(id);
      return p?.sources[0] ? [{ title: p.title, href: p.sources[0] }] : [];
    }),
  };
  const history: FigureSource[] = f.previous
    ? [
        {
          label: t("历史对比", "Progress"),
          detail: t(`本企业${f.previous.date}提交的上次评测。`, `The firm's previous assessment, submitted on ${f.previous.date}.`),
        },
      ]
    : [];
  const industry: FigureSource = {
    label: t("行业知识", "Industry knowledge"),
    detail: f.industry.matched
      ? t(
          `${f.industry.name}的常见问题与关键场景，每条注明出处；标为“数诊整理”的是行业经验，不是官方结论。`,
          `Typical problems and key scenes of ${f.industry.name}, each with its source; those marked as Shuzhen's are industry experience, not official findings.`,
        )
      : t("通用建议（本企业所在行业未单独整理）。", "General guidance (the firm's industry has no notes of its own)."),
  };
  const firm: FigureSource = {
    label: t("企业信息", "Firm information"),
    detail: t(
      "企业在评测中填写的基本信息、设备与信息系统情况和自述文字。",
      "What the firm entered in the assessment: its details, equipment and systems, and its own words.",
    ),
  };
  switch (key) {
    case "summary":
      return [scoring, peers, costs, ...(f.plans.next?.bestSubsidy ? [subsidies] : []), ...history];
    case "profile":
      return [firm, industry];
    case "result":
      return [scoring, peers, ...history];
    case "diagnosis":
      return [scoring, firm, industry];
    case "targets":
      return [scoring, costs, industry];
    case "plan":
    case "schedule":
      return [scoring, costs];
    case "effects":
      return [costs, subsidies, industry];
    case "risks":
      return [scoring, subsidies];
  }
}
