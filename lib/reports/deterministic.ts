import type { SectionKey, SectionOutput } from "@/prompts/report";
import type { PainPlanFacts, PlanFacts, ReportFacts } from "./facts";

/**
 * The writer that needs no model: every section from the same facts, by templates in both
 * languages. Used when no LLM is configured and whenever a model's section fails the checks. Its
 * output passes the same grounding check (a test makes sure).
 */

type Write = (f: ReportFacts) => Omit<SectionOutput, "statedLevel">;

const zh = (f: ReportFacts) => f.language === "zh-CN";
const tr = (f: ReportFacts, zhText: string, enText: string) => (zh(f) ? zhText : enText);
const yuan = (f: ReportFacts, wan: number, yuanValue: number) => (zh(f) ? `${wan}万元` : `CNY ${yuanValue.toLocaleString("en-US")}`);
const join = (f: ReportFacts, items: string[]) => items.join(zh(f) ? "、" : ", ");
const sol = (id: string) => `[[solution:${id}]]`;
const pol = (id: string) => `[[policy:${id}]]`;

function levelPhrase(f: ReportFacts): string {
  const ref = f.model.isReference ? tr(f, "（参考等级）", " (reference level)") : "";
  return f.level.current === 0 ? tr(f, `尚未达到一级${ref}`, `below level 1${ref}`) : tr(f, `为${f.level.name}${ref}`, `at ${f.level.name}${ref}`);
}

function planSentence(f: ReportFacts, p: PlanFacts): string {
  if (!p.reachable && p.timedOut)
    return tr(
      f,
      `到${p.targetName}的方案求解超时，暂未求得；这不表示无法达到。`,
      `The plan to ${p.targetName} was not found in time; this does not mean it is out of reach.`,
    );
  if (!p.reachable)
    return tr(f, `按现有方案目录，暂无到${p.targetName}的可行路径。`, `With the current catalogue there is no feasible path to ${p.targetName}.`);
  const subsidy = p.bestSubsidy
    ? tr(
        f,
        `扣除可能的补贴${yuan(f, p.bestSubsidy.amountWan, p.bestSubsidy.amountYuan)}后净成本约${yuan(f, p.netCostWan, p.netCostYuan)}`,
        `after a possible subsidy of ${yuan(f, p.bestSubsidy.amountWan, p.bestSubsidy.amountYuan)} the net cost is about ${yuan(f, p.netCostWan, p.netCostYuan)}`,
      )
    : tr(f, "目前未匹配到可确定金额的补贴", "no subsidy with a known amount matched yet");
  const what = p.exact
    ? tr(f, `到${p.targetName}三年总成本最低的方案`, `The plan to ${p.targetName} with the least three-year cost`)
    : tr(
        f,
        `到${p.targetName}的可行方案（求解超时，未能证明最省）`,
        `A feasible plan to ${p.targetName} (the solver timed out before proving it the cheapest)`,
      );
  return tr(
    f,
    `${what}共${p.stepCount}步，采购${p.solutionCount}项方案、涉及${p.providerCount}家服务商，三年总成本约${yuan(f, p.threeYearCostWan, p.threeYearCostYuan)}（一次性费用加三年年费），其中一次性加首年费用约${yuan(f, p.costWan, p.costYuan)}，${subsidy}。`,
    `${what} has ${p.stepCount} step(s): ${p.solutionCount} solution(s) from ${p.providerCount} provider(s), about ${yuan(f, p.threeYearCostWan, p.threeYearCostYuan)} over three years (one-off plus three years of fees), of which ${yuan(f, p.costWan, p.costYuan)} one-off plus first year; ${subsidy}.`,
  );
}

function budgetSentence(f: ReportFacts, p: PlanFacts): string {
  const lines = p.budget.map((b) => tr(f, `${b.line}${b.threeYearWan}万元`, `${b.line} ${b.threeYearWan} ×10k yuan`)).join(zh(f) ? "、" : ", ");
  return tr(
    f,
    `三年预算按类别：${lines}；分${p.phaseCount}个阶段实施，约${p.weeks.min}–${p.weeks.max}周（同一阶段的方案可并行）。成效指标不能靠采购获得，请现在记录基线，下次评测才能证明改善：${p.baselines.join("、")}。`,
    `Three-year budget by line: ${lines}; in ${p.phaseCount} phase(s), about ${p.weeks.min}–${p.weeks.max} weeks (solutions within a phase run in parallel). Outcome indicators cannot be bought: record their baselines now so the next assessment can prove the change: ${p.baselines.join("; ")}.`,
  );
}

/** A scene's level in words: level 0 is 未开展 (not done), never "0级". */
const sceneLevel = (f: ReportFacts, n: number) => (n === 0 ? tr(f, "未开展", "not done") : tr(f, `${n}级`, `level ${n}`));

function painSentence(f: ReportFacts, p: PainPlanFacts): string {
  const named = p.painPoints
    .map((x) =>
      tr(
        f,
        `${x.words.map((w) => `“${w}”`).join("、")}对应“${x.scene}”（${sceneLevel(f, x.fromLevel)}→${sceneLevel(f, x.toLevel)}）`,
        `${x.words.map((w) => `“${w}”`).join(", ")} point to ${x.scene} (${sceneLevel(f, x.fromLevel)} → ${sceneLevel(f, x.toLevel)})`,
      ),
    )
    .join(zh(f) ? "；" : "; ");
  if (!p.reachable)
    return tr(
      f,
      `从企业提出的问题出发：${named}。按现有方案目录，无法在达到${p.targetName}的同时把这些场景提升到位。`,
      `Starting from the firm's problems: ${named}. With the current catalogue these scenes cannot be lifted as well as reaching ${p.targetName}.`,
    );
  const extra =
    p.extraWan === null
      ? ""
      : p.extraWan > 0
        ? tr(f, `，比三年总成本最低的方案多${p.extraWan}万元`, `, ${p.extraWan} ×10k yuan more than the least-cost plan`)
        : tr(f, "，与三年总成本最低的方案花费相同", ", the same as the least-cost plan");
  return tr(
    f,
    `从企业提出的问题出发：${named}。同时提升这些场景、达到${p.targetName}的方案共${p.stepCount}步，三年总成本约${p.threeYearCostWan}万元${extra}。`,
    `Starting from the firm's problems: ${named}. The plan that lifts these scenes as well and reaches ${p.targetName} has ${p.stepCount} step(s), about ${p.threeYearCostWan} ×10k yuan over three years${extra}.`,
  );
}

const stepLine = (f: ReportFacts, s: PlanFacts["steps"][number]) =>
  tr(f, `${s.what}：${s.change}`, `${s.what}: ${s.change}`) +
  (s.solutionIds[0] ? tr(f, `（可选 ${sol(s.solutionIds[0])}）`, ` (e.g. ${sol(s.solutionIds[0])})`) : "");

const summary: Write = (f) => {
  const weakestDim = [...f.dimensions].sort((a, b) => a.percent - b.percent)[0];
  const p1 = tr(
    f,
    `${f.firm.name}${f.model.isReference ? "" : "依据"}${f.model.name}的评测总分为${f.level.total}分，数字化水平${levelPhrase(f)}。`,
    `${f.model.isReference ? "On" : "Under"} the ${f.model.name}, ${f.firm.name} scores ${f.level.total} points and is ${levelPhrase(f)}.`,
  );
  const peers = f.peers
    ? tr(
        f,
        `在${f.peers.group}（共${f.peers.count}家）中，总分处于第${f.peers.totalPercentile}百分位，中位数为${f.peers.totalMedian}分。`,
        `Among the ${f.peers.count} ${f.peers.group}, the total is at the ${f.peers.totalPercentile}th percentile; their median is ${f.peers.totalMedian}.`,
      )
    : f.peersShortfall
      ? tr(
          f,
          `${f.peersShortfall.group}目前只有${f.peersShortfall.count}家，少于${f.peersShortfall.minimum}家，暂不给出百分位。`,
          `There are only ${f.peersShortfall.count} ${f.peersShortfall.group}, fewer than ${f.peersShortfall.minimum}: no percentile is given yet.`,
        )
      : tr(f, "同类企业样本尚不足，暂不给出对标。", "There are not yet enough similar firms for a benchmark.");
  const weak = weakestDim
    ? tr(
        f,
        `相对最弱的是${weakestDim.name}（${weakestDim.score}/${weakestDim.max}分），得分最低的指标是${join(
          f,
          f.weakest.map((w) => w.name),
        )}。`,
        `The weakest dimension is ${weakestDim.name} (${weakestDim.score} of ${weakestDim.max}); the lowest indicators are ${join(
          f,
          f.weakest.map((w) => w.name),
        )}.`,
      )
    : "";
  const plan = f.plans.next
    ? planSentence(f, f.plans.next)
    : tr(
        f,
        "企业已处于最高等级，重点是保持并深化数据驱动的协同运营。",
        "The firm is at the top level; the focus is to keep and deepen data-driven operations.",
      );
  const progress = f.previous
    ? tr(
        f,
        `与${f.previous.date}的上次评测（${f.previous.total}分，${f.previous.levelName}）相比，总分变化${f.previous.change}分。`,
        `Since the last assessment on ${f.previous.date} (${f.previous.total} points, ${f.previous.levelName}) the total changed by ${f.previous.change}.`,
      )
    : "";
  const steps = f.plans.next?.steps.slice(0, 3).map((s) => stepLine(f, s)) ?? [];
  return {
    headline: f.level.nextName
      ? tr(f, `数字化水平${levelPhrase(f)}，下一步目标是${f.level.nextName}。`, `Digital level: ${levelPhrase(f)}; the next goal is ${f.level.nextName}.`)
      : tr(f, `数字化水平${levelPhrase(f)}。`, `Digital level: ${levelPhrase(f)}.`),
    paragraphs: [p1 + peers, weak + plan + progress].filter((p) => p.length > 0),
    bullets: steps,
    solutionIds: [...new Set(f.plans.next?.steps.slice(0, 3).flatMap((s) => s.solutionIds.slice(0, 1)) ?? [])],
    policyIds: f.plans.next?.bestSubsidy ? [f.plans.next.bestSubsidy.policyId] : [],
  };
};

const GAP_KIND = {
  score: ["总分", "total score"],
  scenes: ["达标场景数", "scenes at the level"],
  constrained: ["达标约束性场景数", "constrained scenes at the level"],
} as const;

const level: Write = (f) => {
  const meaning = f.level.description
    ? tr(f, `${f.level.name}的含义是：${f.level.description}`, `${f.level.name} means: ${f.level.description}`)
    : tr(f, "企业尚未满足一级的全部条件。", "The firm does not yet meet all conditions of level 1.");
  const rule = tr(
    f,
    `等级按总分、达到该级的场景数和达到该级的约束性场景数三个条件同时判定：${f.rule.map((r) => `${r.name}需总分不低于${r.minTotal}分、${r.minScenes}个场景及${r.minConstrained}个约束性场景达到该级`).join("；")}。`,
    `A level needs three conditions at once: total score, scenes at the level and constrained scenes at the level. ${f.rule.map((r) => `${r.name}: at least ${r.minTotal} points, ${r.minScenes} scenes and ${r.minConstrained} constrained scenes at the level`).join("; ")}.`,
  );
  const ref = f.model.isReference ? tr(f, "本企业不属于制造业，结果为参考等级。", "The firm is not in manufacturing, so this is a reference level.") : "";
  const gapItems =
    f.gap?.items.map((g) => {
      const [zhName, enName] = GAP_KIND[g.kind];
      return tr(f, `${zhName}：要求${g.required}，现为${g.actual}，差${g.short}`, `${enName}: ${g.required} required, ${g.actual} now, ${g.short} short`);
    }) ?? [];
  return {
    headline: tr(f, `企业数字化水平${levelPhrase(f)}。`, `The firm is ${levelPhrase(f)}.`),
    paragraphs: [
      meaning + ref,
      rule,
      f.gap
        ? tr(f, `要达到${f.level.nextName ?? ""}，还需满足下列条件。`, `To reach ${f.level.nextName ?? ""}, the conditions below must still be met.`)
        : tr(f, "企业已满足最高等级的全部条件。", "The firm meets every condition of the top level."),
    ],
    bullets: gapItems,
    solutionIds: [],
    policyIds: [],
  };
};

const dimensions: Write = (f) => {
  const sorted = [...f.dimensions].sort((a, b) => b.percent - a.percent);
  const best = sorted[0]!;
  const worst = sorted[sorted.length - 1]!;
  const lines = f.dimensions.map((d) => {
    const peer =
      d.peerMedian !== null
        ? tr(f, `，同类中位数${d.peerMedian}分，处于第${d.percentile ?? 0}百分位`, `; peer median ${d.peerMedian}, ${d.percentile ?? 0}th percentile`)
        : "";
    return tr(f, `${d.name}得分${d.score}分（满分${d.max}分，得分率${d.percent}%${peer}）`, `${d.name}: ${d.score} of ${d.max} (${d.percent}%${peer})`);
  });
  return {
    headline: tr(f, `${best.name}相对最强，${worst.name}相对最弱。`, `${best.name} is the strongest dimension, ${worst.name} the weakest.`),
    paragraphs: [
      tr(f, `三个维度的得分情况：${lines.join("；")}。`, `The three dimensions: ${lines.join("; ")}.`),
      tr(
        f,
        `得分率最低的指标是${f.weakest.map((w) => `${w.name}（${w.dimension}，${w.score}/${w.max}分）`).join("、")}，它们是拉低总分的主要原因，也是提分空间最大的地方。`,
        `The indicators with the lowest share are ${f.weakest.map((w) => `${w.name} (${w.dimension}, ${w.score} of ${w.max})`).join(", ")}: they pull the total down most and leave the most room to gain.`,
      ),
    ],
    bullets: lines,
    solutionIds: [],
    policyIds: [],
  };
};

const scenes: Write = (f) => {
  const target = f.level.next ?? f.level.current;
  const lagging = [...f.scenes].filter((s) => s.level < target).sort((a, b) => Number(b.constrained) - Number(a.constrained) || a.level - b.level);
  const scenesItem = f.gap?.items.find((g) => g.kind === "scenes");
  const constrainedItem = f.gap?.items.find((g) => g.kind === "constrained");
  const atTarget = f.counts.atOrAbove[String(target)] ?? 0;
  return {
    headline: tr(
      f,
      `${f.counts.sceneCount}个业务场景中有${atTarget}个达到${target}级及以上。`,
      `${atTarget} of ${f.counts.sceneCount} business scenes are at level ${target} or above.`,
    ),
    paragraphs: [
      tr(
        f,
        `共评测${f.counts.sceneCount}个业务场景，其中约束性场景${f.counts.constrainedCount}个。达到${target}级及以上的场景${atTarget}个，其中约束性场景${f.counts.constrainedAtOrAbove[String(target)] ?? 0}个。`,
        `${f.counts.sceneCount} business scenes were assessed, ${f.counts.constrainedCount} of them constrained. ${atTarget} are at level ${target} or above, ${f.counts.constrainedAtOrAbove[String(target)] ?? 0} of them constrained.`,
      ),
      scenesItem || constrainedItem
        ? tr(
            f,
            `按评定规则，还需${scenesItem ? `再有${scenesItem.short}个场景` : ""}${scenesItem && constrainedItem ? "、" : ""}${constrainedItem ? `${constrainedItem.short}个约束性场景` : ""}达到${target}级。`,
            `Under the rule, ${scenesItem ? `${scenesItem.short} more scene(s)` : ""}${scenesItem && constrainedItem ? " and " : ""}${constrainedItem ? `${constrainedItem.short} more constrained scene(s)` : ""} must reach level ${target}.`,
          )
        : tr(f, "场景条件已经满足下一级要求，提升重点在总分。", "The scene conditions of the next level are met; the gap is in the score."),
    ],
    // "S级", not "现为S级": 现为 before a level reads as a claim about the firm's own level.
    bullets: lagging
      .slice(0, 5)
      .map((s) =>
        tr(
          f,
          `${s.name}${s.constrained ? "（约束性）" : ""}：${s.level}级，目标${target}级`,
          `${s.name}${s.constrained ? " (constrained)" : ""}: level ${s.level} now, target ${target}`,
        ),
      ),
    solutionIds: [],
    policyIds: [],
  };
};

const plan: Write = (f) => {
  const paragraphs: string[] = [];
  const ids = new Set<string>();
  for (const p of [f.plans.next, f.plans.level2]) {
    if (!p) continue;
    paragraphs.push(
      planSentence(f, p) +
        (p.reachable
          ? tr(
              f,
              `完成后预计总分${p.totalAfter}分，达到${p.targetName}。费用按方案目录报价的中位数估算。`,
              ` Afterwards the total is expected at ${p.totalAfter} points, reaching ${p.targetName}. Costs are estimated at the middle of catalogue prices.`,
            )
          : ""),
    );
    p.steps.forEach((s) => s.solutionIds.slice(0, 1).forEach((id) => ids.add(id)));
  }
  const p = f.plans.next;
  if (!p) paragraphs.push(tr(f, "企业已处于最高等级，无需提升路径。", "The firm is at the top level; no path is needed."));
  if (p?.reachable && p.solutionCount > 0) paragraphs.push(budgetSentence(f, p));
  const pain = f.plans.pain;
  if (pain) {
    paragraphs.push(painSentence(f, pain));
    pain.steps.forEach((s) => s.solutionIds.slice(0, 1).forEach((id) => ids.add(id)));
  }
  return {
    headline: p?.reachable
      ? tr(
          f,
          `${p.stepCount}步可达${p.targetName}，净成本约${yuan(f, p.netCostWan, p.netCostYuan)}。`,
          `${p.stepCount} step(s) reach ${p.targetName} at a net cost of about ${yuan(f, p.netCostWan, p.netCostYuan)}.`,
        )
      : tr(f, "提升路径", "Path to the next level"),
    paragraphs,
    bullets: p?.steps.map((s) => stepLine(f, s)) ?? [],
    solutionIds: [...ids],
    policyIds: [...new Set([f.plans.next?.bestSubsidy?.policyId, f.plans.level2?.bestSubsidy?.policyId].filter((x): x is string => !!x))],
  };
};

const DEPLOYMENT: Record<string, [string, string]> = {
  saas: ["SaaS订阅", "SaaS"],
  on_premises: ["本地部署", "on premises"],
  hybrid: ["混合部署", "hybrid"],
  service: ["服务", "service"],
};

const solutions: Write = (f) => {
  const list = f.candidates.solutions;
  if (list.length === 0) {
    return {
      headline: tr(f, "暂无需要推荐的方案。", "No solutions to recommend."),
      paragraphs: [tr(f, "当前路径不需要采购新的方案。", "The current path needs no new solution.")],
      bullets: [],
      solutionIds: [],
      policyIds: [],
    };
  }
  const describe = (s: (typeof list)[number]) => {
    const d = DEPLOYMENT[s.deployment] ?? [s.deployment, s.deployment];
    return tr(
      f,
      `${sol(s.id)}：${s.description}${d[0]}，首年费用约${s.firstYearCostWan}万元，工期${s.durationWeeks.min}–${s.durationWeeks.max}周${s.smallFastLightPrecise ? "，属“小快轻准”产品" : ""}。`,
      `${sol(s.id)}: ${s.description} ${d[1]}, about CNY ${s.firstYearCostYuan.toLocaleString("en-US")} in the first year, ${s.durationWeeks.min}–${s.durationWeeks.max} weeks${s.smallFastLightPrecise ? ", small, fast, light and precise" : ""}.`,
    );
  };
  const chosen = list.filter((s) => s.chosenForPrice);
  const steps = f.plans.next?.steps ?? [];
  return {
    headline: tr(f, "每个步骤都有可比较的候选方案，建议逐项比较后选择。", "Each step has candidate solutions to compare before choosing."),
    paragraphs: [
      tr(
        f,
        "以下方案按路径步骤匹配，方案中选用的已计入费用，其余可作比较：",
        "Solutions matched to the steps of the path; those the plan buys are in its cost, the others are for comparison:",
      ) +
        " " +
        chosen.map(describe).join(" "),
      tr(
        f,
        "方案目录为演示数据，建议向至少两家服务商询价，比较实施周期、数据归属和后续服务。",
        "The catalogue is demo data; ask at least two providers for quotes and compare delivery time, data ownership and support.",
      ) +
        (list.length > chosen.length
          ? " " +
            tr(
              f,
              `可比较的其他方案：${list
                .filter((s) => !s.chosenForPrice)
                .map((s) => sol(s.id))
                .join("、")}。`,
              `Other options to compare: ${list
                .filter((s) => !s.chosenForPrice)
                .map((s) => sol(s.id))
                .join(", ")}.`,
            )
          : ""),
    ],
    bullets: steps
      .filter((s) => s.solutionIds.length > 0)
      .map((s) => tr(f, `${s.what}：${s.solutionIds.map(sol).join("、")}`, `${s.what}: ${s.solutionIds.map(sol).join(", ")}`)),
    solutionIds: list.map((s) => s.id),
    policyIds: [],
  };
};

const subsidies: Write = (f) => {
  const list = f.candidates.policies;
  const best = f.plans.next?.bestSubsidy;
  const line = (p: (typeof list)[number]) => {
    const amount =
      p.amountYuan !== null && p.amountWan !== null
        ? tr(f, `，预计金额${yuan(f, p.amountWan, p.amountYuan)}`, `, estimated ${yuan(f, p.amountWan, p.amountYuan)}`)
        : p.upToYuan !== null && p.upToWan !== null
          ? tr(f, `，最高${yuan(f, p.upToWan, p.upToYuan)}`, `, up to ${yuan(f, p.upToWan, p.upToYuan)}`)
          : "";
    const why = p.reasons.length > 0 ? tr(f, `（${p.reasons.join("；")}）`, ` (${p.reasons.join("; ")})`) : "";
    const confirm = p.toConfirm.length > 0 ? tr(f, `，需确认：${p.toConfirm.join("、")}`, `; to confirm: ${p.toConfirm.join(", ")}`) : "";
    return tr(f, `${pol(p.id)}：${p.verdictText}${why}${amount}${confirm}。`, `${pol(p.id)}: ${p.verdictText}${why}${amount}${confirm}.`);
  };
  const open = list.filter((p) => p.verdict !== "not_eligible");
  const closed = list.filter((p) => p.verdict === "not_eligible");
  const docs = [...new Set(list.filter((p) => p.verdict !== "not_eligible").flatMap((p) => p.documents))];
  return {
    headline: best
      ? tr(
          f,
          `最有希望的补贴是${pol(best.policyId)}，预计${yuan(f, best.amountWan, best.amountYuan)}。`,
          `The best subsidy prospect is ${pol(best.policyId)}, estimated at ${yuan(f, best.amountWan, best.amountYuan)}.`,
        )
      : tr(f, "目前没有可确定金额的补贴，部分政策需进一步确认。", "No subsidy with a known amount yet; some policies need confirming."),
    paragraphs: [
      open.length > 0
        ? tr(f, "符合或可能符合的政策：", "Policies the firm meets or may meet: ") + open.map(line).join(" ")
        : tr(f, "目前没有符合或可能符合的政策。", "No policy is met or possibly met yet."),
      ...(closed.length > 0
        ? [
            tr(
              f,
              `不符合的政策（地区、行业、规模或等级条件不满足）：${closed.map((p) => pol(p.id)).join("、")}。`,
              `Policies not met (region, industry, size or level conditions): ${closed.map((p) => pol(p.id)).join(", ")}.`,
            ),
          ]
        : []),
      tr(
        f,
        "补贴一般在改造完成、数字化水平复核达标后兑付，金额与资格以主管部门的最终审核为准。",
        "Subsidies are usually paid after the transformation and a re-check of the level; the amount and eligibility are decided by the authority's final review.",
      ),
    ],
    bullets: [
      ...(docs.length > 0 ? [tr(f, `准备材料：${docs.join("、")}`, `Prepare: ${docs.join(", ")}`)] : []),
      tr(f, "向所在地工信主管部门确认申报批次和截止时间", "Confirm the application round and deadline with the local industry authority"),
      tr(f, "改造完成后申请数字化水平复核", "Apply for a level re-check once the transformation is done"),
    ],
    solutionIds: [],
    policyIds: list.map((p) => p.id),
  };
};

const risks: Write = (f) => ({
  headline: tr(f, "先打好数据基础，再分步投入，控制风险。", "Lay the data foundation first and invest step by step to keep risks low."),
  paragraphs: [
    tr(f, `本诊断的局限：${f.caveats.join("")}`, `Limits of this diagnosis: ${f.caveats.join(" ")}`),
    tr(
      f,
      "实施中常见的风险有：基础数据不准确、不完整，导致系统上线后用不起来；一线人员不接受新流程；投入超出预算；被单一供应商锁定、数据难以迁出。应对办法是先梳理数据和流程，选择可按月订阅、可导出数据的方案，指定专人负责并设定阶段目标。",
      "Usual risks are: inaccurate or incomplete base data, so that systems go unused; staff who do not take up new processes; spending above budget; lock-in to one vendor with data hard to move. Handle them by cleaning data and processes first, choosing offerings with monthly terms and data export, and naming one owner with staged goals.",
    ),
  ],
  bullets: [
    ...(f.plans.next?.steps[0] ? [tr(f, `启动第一步：${f.plans.next.steps[0].what}`, `Start the first step: ${f.plans.next.steps[0].what}`)] : []),
    ...f.candidates.policies
      .filter((p) => p.verdict === "possibly_eligible")
      .map((p) => tr(f, `确认${pol(p.id)}的条件：${p.toConfirm.join("、")}`, `Confirm the conditions of ${pol(p.id)}: ${p.toConfirm.join(", ")}`)),
    tr(f, "指定数字化负责人，按月跟踪进度", "Name an owner for the transformation and review progress monthly"),
    tr(f, "完成改造后重新评测，核对等级变化", "Reassess after the changes to confirm the new level"),
  ],
  solutionIds: [],
  policyIds: f.candidates.policies.filter((p) => p.verdict === "possibly_eligible").map((p) => p.id),
});

const WRITERS: Record<SectionKey, Write> = { summary, level, dimensions, scenes, plan, solutions, subsidies, risks };

export function writeDeterministic(key: SectionKey, facts: ReportFacts): SectionOutput {
  return { ...WRITERS[key](facts), statedLevel: facts.level.current };
}
