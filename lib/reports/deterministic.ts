import type { SectionKey, SectionOutput } from "@/prompts/report";
import type { PainPlanFacts, PlanFacts, ReportFacts } from "./facts";
import { sectionFacts } from "./section-facts";

/**
 * The writer that needs no model: every chapter of the 诊断报告 from the same facts, by templates in
 * both languages. Used when no LLM is configured and whenever a model's section fails the checks. It
 * names only the scenes and steps of the plans, quotes the firm's own words, states each amount as the
 * facts give it and describes each solution once (in the plan chapter). Its output passes the same
 * grounding check as a model's (a test makes sure).
 */

type Write = (f: ReportFacts) => Omit<SectionOutput, "statedLevel">;

const zh = (f: ReportFacts) => f.language === "zh-CN";
const tr = (f: ReportFacts, zhText: string, enText: string) => (zh(f) ? zhText : enText);
const money = (f: ReportFacts, wan: number, yuanValue: number) => (zh(f) ? `${wan}万元` : `CNY ${yuanValue.toLocaleString("en-US")}`);
const join = (f: ReportFacts, items: readonly string[]) => items.join(zh(f) ? "、" : ", ");
const sentences = (f: ReportFacts, items: readonly string[]) => items.join(zh(f) ? "；" : "; ");
const sol = (id: string) => `[[solution:${id}]]`;
/** "1 step", "3 steps": English counts read as words, never "step(s)". */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const pol = (id: string) => `[[policy:${id}]]`;
const quote = (f: ReportFacts, words: string) => (zh(f) ? `“${words}”` : `“${words}”`);
/** The schema allows eight paragraphs: the rest joins the last. */
const atMost = (paragraphs: string[], n = 8) => (paragraphs.length <= n ? paragraphs : [...paragraphs.slice(0, n - 1), paragraphs.slice(n - 1).join(" ")]);

function levelPhrase(f: ReportFacts): string {
  const ref = f.model.isReference ? tr(f, "（参考等级）", " (reference level)") : "";
  return f.level.current === 0 ? tr(f, `尚未达到一级${ref}`, `below level 1${ref}`) : tr(f, `为${f.level.name}${ref}`, `at ${f.level.name}${ref}`);
}

/** A scene's level in words: level 0 is 未开展 (not done), never "0级". */
const sceneLevel = (f: ReportFacts, n: number) => (n === 0 ? tr(f, "未开展", "not done") : tr(f, `${n}级`, `level ${n}`));

function standingPhrase(f: ReportFacts, s: { side: "top" | "bottom"; percent: number; all: boolean }, count: number): string {
  if (s.all)
    return s.side === "top" ? tr(f, `高于全部${count}家同类企业`, `above all ${count} peers`) : tr(f, `低于全部${count}家同类企业`, `below all ${count} peers`);
  return s.side === "top"
    ? tr(f, `位于同类前${s.percent}%`, `in the top ${s.percent}% of peers`)
    : tr(f, `位于同类后${s.percent}%`, `in the bottom ${s.percent}% of peers`);
}

function peersSentence(f: ReportFacts): string {
  if (f.peers)
    return tr(
      f,
      `与${f.peers.group}（共${f.peers.count}家）相比，总分${standingPhrase(f, f.peers.standing, f.peers.count)}，同类中位数为${f.peers.totalMedian}分。`,
      `Among the ${f.peers.count} ${f.peers.group}, the total is ${standingPhrase(f, f.peers.standing, f.peers.count)}; their median is ${f.peers.totalMedian}.`,
    );
  if (f.peersShortfall)
    return tr(
      f,
      `${f.peersShortfall.group}目前只有${f.peersShortfall.count}家，少于${f.peersShortfall.minimum}家，暂不做同类比较。`,
      `Peers so far: ${f.peersShortfall.count} (${f.peersShortfall.group}), fewer than ${f.peersShortfall.minimum}: no comparison is given yet.`,
    );
  return tr(f, "同类企业样本尚不足，暂不做同类比较。", "There are not yet enough similar firms for a comparison.");
}

/** The subsidy and net cost of a plan, or the plain statement that no amount is known: one wording everywhere. */
function subsidyClause(f: ReportFacts, p: PlanFacts): string {
  return p.bestSubsidy
    ? tr(
        f,
        `如获得${pol(p.bestSubsidy.policyId)}的补贴约${money(f, p.bestSubsidy.amountWan, p.bestSubsidy.amountYuan)}，首年净支出约${money(f, p.netCostWan, p.netCostYuan)}（一次性加首年费用扣除补贴）`,
        `with the subsidy of ${pol(p.bestSubsidy.policyId)}, about ${money(f, p.bestSubsidy.amountWan, p.bestSubsidy.amountYuan)}, the first-year net outlay is about ${money(f, p.netCostWan, p.netCostYuan)} (one-off plus first year, less the subsidy)`,
      )
    : tr(f, "目前没有可确定金额的补贴，暂按全额自筹计算", "no subsidy with a known amount matched, so the firm should plan to fund it in full");
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
  const what = p.exact
    ? tr(f, `到${p.targetName}三年总成本最低的方案`, `The plan to ${p.targetName} with the least three-year cost`)
    : tr(
        f,
        `到${p.targetName}的可行方案（求解超时，未能证明最省）`,
        `A feasible plan to ${p.targetName} (the solver timed out before proving it the cheapest)`,
      );
  return tr(
    f,
    `${what}共${p.stepCount}步，采购${p.solutionCount}项方案、涉及${p.providerCount}家服务商，三年总成本约${money(f, p.threeYearCostWan, p.threeYearCostYuan)}（一次性费用加三年年费），其中一次性加首年费用约${money(f, p.costWan, p.costYuan)}；${subsidyClause(f, p)}。`,
    `${what} has ${count(p.stepCount, "step")}: ${count(p.solutionCount, "solution")} from ${count(p.providerCount, "provider")}, about ${money(f, p.threeYearCostWan, p.threeYearCostYuan)} over three years (one-off plus three years of fees), of which ${money(f, p.costWan, p.costYuan)} one-off plus first year; ${subsidyClause(f, p)}.`,
  );
}

function painSentence(f: ReportFacts, p: PainPlanFacts): string {
  // One clause per quotation, with every scene it points to.
  const byQuote = new Map<string, string[]>();
  for (const x of p.painPoints) {
    const scene = tr(
      f,
      `“${x.scene}”（${sceneLevel(f, x.fromLevel)}→${sceneLevel(f, x.toLevel)}）`,
      `${x.scene} (${sceneLevel(f, x.fromLevel)} → ${sceneLevel(f, x.toLevel)})`,
    );
    byQuote.set(x.quote, [...(byQuote.get(x.quote) ?? []), scene]);
  }
  const named = sentences(
    f,
    [...byQuote].map(([words, scenes]) =>
      tr(f, `企业提到${quote(f, words)}，对应${join(f, scenes)}`, `the firm wrote ${quote(f, words)}, which points to ${join(f, scenes)}`),
    ),
  );
  if (!p.reachable)
    return tr(
      f,
      `从企业提出的问题出发：${named}。按现有方案目录，无法在达到${p.targetName}的同时把这些场景提升到位。`,
      `Starting from the firm's problems: ${named}. With the current catalogue these scenes cannot be lifted as well as reaching ${p.targetName}.`,
    );
  const extra =
    p.extraWan === null
      ? ""
      : (p.extraYuan ?? 0) > 0
        ? tr(f, `，比三年总成本最低的方案多${p.extraWan}万元`, `, CNY ${p.extraYuan?.toLocaleString("en-US") ?? ""} more than the least-cost plan`)
        : tr(f, "，与三年总成本最低的方案花费相同", ", the same as the least-cost plan");
  return tr(
    f,
    `从企业提出的问题出发：${named}。同时解决这些问题并达到${p.targetName}的方案共${p.stepCount}步，三年总成本约${money(f, p.threeYearCostWan, p.threeYearCostYuan)}${extra}。`,
    `Starting from the firm's problems: ${named}. The plan that solves them as well and reaches ${p.targetName} has ${count(p.stepCount, "step")}, about ${money(f, p.threeYearCostWan, p.threeYearCostYuan)} over three years${extra}.`,
  );
}

const stepLine = (f: ReportFacts, s: PlanFacts["steps"][number]) =>
  tr(f, `第${s.n}步 ${s.what}：${s.change}`, `Step ${s.n}, ${s.what}: ${s.change}`) +
  (s.solutionIds.length > 0 ? tr(f, `（选用${s.solutionIds.map(sol).join("、")}）`, ` (with ${s.solutionIds.map(sol).join(", ")})`) : "");

const summary: Write = (f) => {
  const weakestDim = [...f.dimensions].sort((a, b) => a.percent - b.percent)[0];
  const p1 =
    tr(
      f,
      `${f.firm.name}${f.model.isReference ? "参照" : "依据"}${f.model.name}的评测总分为${f.level.total}分，数字化水平${levelPhrase(f)}。`,
      `${f.model.isReference ? "On" : "Under"} the ${f.model.name}, ${f.firm.name} scores ${f.level.total} points and is ${levelPhrase(f)}.`,
    ) + peersSentence(f);
  const weak = weakestDim
    ? tr(
        f,
        `三个维度中相对最弱的是${weakestDim.name}（${weakestDim.score}/${weakestDim.max}分）。`,
        `The weakest of the three dimensions is ${weakestDim.name} (${weakestDim.score} of ${weakestDim.max}).`,
      )
    : "";
  const plan = f.plans.next
    ? planSentence(f, f.plans.next)
    : tr(
        f,
        "企业已处于最高等级，重点是保持并深化数据驱动的协同运营。",
        "The firm is at the top level; the focus is to keep and deepen data-driven operations.",
      );
  const level2 = f.plans.level2 ? planSentence(f, f.plans.level2) : "";
  const progress = f.previous
    ? tr(
        f,
        `与${f.previous.date}的上次评测（${f.previous.total}分，${f.previous.levelName}）相比，总分变化${f.previous.change}分。`,
        `Since the last assessment on ${f.previous.date} (${f.previous.total} points, ${f.previous.levelName}) the total changed by ${f.previous.change}.`,
      )
    : "";
  return {
    headline: f.level.nextName
      ? tr(f, `数字化水平${levelPhrase(f)}，下一步目标是${f.level.nextName}。`, `Digital level: ${levelPhrase(f)}; the next goal is ${f.level.nextName}.`)
      : tr(f, `数字化水平${levelPhrase(f)}。`, `Digital level: ${levelPhrase(f)}.`),
    paragraphs: [p1, weak + plan + level2, f.plans.pain ? painSentence(f, f.plans.pain) : "", progress].filter((p) => p.length > 0),
    bullets: f.plans.next?.steps.slice(0, 3).map((s) => stepLine(f, s)) ?? [],
    solutionIds: [...new Set(f.plans.next?.steps.slice(0, 3).flatMap((s) => s.solutionIds) ?? [])],
    policyIds: [...new Set([f.plans.next?.bestSubsidy?.policyId, f.plans.level2?.bestSubsidy?.policyId].filter((x): x is string => !!x))],
  };
};

const profile: Write = (f) => {
  const firm = f.firm;
  const facts = [
    firm.region ? tr(f, `位于${firm.region}`, `based in ${firm.region}`) : "",
    tr(f, `属于${firm.industry}`, `in ${firm.industry}`) + (firm.subIndustry ? tr(f, `（${firm.subIndustry}）`, ` (${firm.subIndustry})`) : ""),
    firm.segment ? tr(f, `所在细分行业为${firm.segment}`, `in the pilot segment ${firm.segment}`) : "",
    firm.size ? tr(f, `为${firm.size}`, `a ${firm.size}`) : "",
    firm.aboveScale === true
      ? tr(f, "属于规模以上企业", "above designated size")
      : firm.aboveScale === false
        ? tr(f, "为规模以下企业", "below designated size")
        : "",
    firm.staff !== null ? tr(f, `员工${firm.staff}人`, `${firm.staff} staff`) : "",
    firm.revenueWan !== null ? tr(f, `年营业收入约${firm.revenueWan}万元`, `annual revenue about CNY ${(firm.revenueYuan ?? 0).toLocaleString("en-US")}`) : "",
  ].filter((x) => x.length > 0);
  const description = f.quotes.description;
  const own = description
    ? tr(f, `企业自述的主营业务与业务流程：${quote(f, description)}。`, `In its own words, the firm's business and how it works: ${quote(f, description)}.`)
    : tr(
        f,
        "企业未填写主营业务的说明，建议补充主营产品与主要工艺，以便方案更贴合实际。",
        "The firm did not describe its business; adding its main products and processes makes the plan fit better.",
      );
  const inventory = f.inventory.map((r) => tr(f, `${r.item}：${r.value}`, `${r.item}: ${r.value}`));
  const systems =
    f.systems.length > 0
      ? tr(
          f,
          `已有${f.systems.length}个业务场景使用专用信息系统管理（见评测结果中的场景表）。`,
          `${f.systems.length} business scenes already run on a dedicated information system (see the scene table of the result).`,
        )
      : tr(
          f,
          "目前还没有业务场景使用专用信息系统管理，主要依靠表格、纸质单据和人工。",
          "No business scene runs on a dedicated information system yet: the firm relies on spreadsheets, paper and people.",
        );
  const visit = f.visit
    ? tr(
        f,
        `本次诊断${f.visit.organisation ? `由${f.visit.organisation}` : ""}${f.visit.consultant ? `的${f.visit.consultant}` : ""}于${f.visit.date}开展调研${f.visit.people ? `，走访了${f.visit.people}` : ""}。`,
        `The diagnosis was made${f.visit.consultant ? ` by ${f.visit.consultant}` : ""}${f.visit.organisation ? ` of ${f.visit.organisation}` : ""} on ${f.visit.date}${f.visit.people ? `, meeting ${f.visit.people}` : ""}.`,
      )
    : "";
  return {
    headline: tr(
      f,
      `${firm.name}：${firm.industry}${firm.size ? `，${firm.size}` : ""}。`,
      `${firm.name}: ${firm.industry}${firm.size ? `, ${firm.size}` : ""}.`,
    ),
    paragraphs: [
      tr(f, `${firm.name}${facts.join("，")}。`, `${firm.name} is ${facts.join(", ")}.`) + visit,
      own,
      tr(
        f,
        `企业报告的设备、网络与信息系统情况：${sentences(f, inventory)}。`,
        `Equipment, networks and systems the firm reported: ${sentences(f, inventory)}.`,
      ) + systems,
    ],
    bullets: inventory,
    solutionIds: [],
    policyIds: [],
  };
};

const GAP_KIND = {
  score: ["总分", "total score"],
  scenes: ["达标场景数", "scenes at the level"],
  constrained: ["达标约束性场景数", "constrained scenes at the level"],
} as const;

const result: Write = (f) => {
  const meaning = f.level.description
    ? tr(f, `${f.level.name}的含义是：${f.level.description}`, `${f.level.name} means: ${f.level.description}`)
    : tr(f, "企业尚未满足一级的全部条件。", "The firm does not yet meet all conditions of level 1.");
  const ref = f.model.isReference ? tr(f, "本企业不属于制造业，结果为参考等级。", "The firm is not in manufacturing, so this is a reference level.") : "";
  const dims = f.dimensions.map((d) => {
    const peer = d.standing && f.peers ? tr(f, `，${standingPhrase(f, d.standing, f.peers.count)}`, `, ${standingPhrase(f, d.standing, f.peers.count)}`) : "";
    return tr(f, `${d.name}${d.score}分（满分${d.max}分，得分率${d.percent}%${peer}）`, `${d.name} ${d.score} of ${d.max} (${d.percent}%${peer})`);
  });
  const target = f.level.next;
  const rung = target !== null ? f.rule.find((r) => r.level === target) : undefined;
  const why =
    rung && target !== null
      ? tr(
          f,
          `${rung.name}要求总分不低于${rung.minTotal}分、至少${rung.minScenes}个场景达到该级且其中约束性场景不少于${rung.minConstrained}个；企业有${f.counts.atOrAbove[String(target)] ?? 0}个场景达到${target}级，其中约束性场景${f.counts.constrainedAtOrAbove[String(target)] ?? 0}个。`,
          `${rung.name} needs a total of at least ${rung.minTotal}, at least ${rung.minScenes} scenes at that level and ${rung.minConstrained} of them constrained; the firm has ${f.counts.atOrAbove[String(target)] ?? 0} scenes at level ${target}, ${f.counts.constrainedAtOrAbove[String(target)] ?? 0} of them constrained.`,
        )
      : tr(f, "企业已满足最高等级的全部条件。", "The firm meets every condition of the top level.");
  const gapItems =
    f.gap?.items.map((g) => {
      const [zhName, enName] = GAP_KIND[g.kind];
      return tr(f, `${zhName}：要求${g.required}，现为${g.actual}，差${g.short}`, `${enName}: ${g.required} required, ${g.actual} now, ${g.short} short`);
    }) ?? [];
  const progress = f.previous
    ? tr(
        f,
        `上次评测（${f.previous.date}）总分${f.previous.total}分、${f.previous.levelName}，本次总分变化${f.previous.change}分。`,
        `At the last assessment (${f.previous.date}) the total was ${f.previous.total}, ${f.previous.levelName}; it changed by ${f.previous.change}.`,
      )
    : "";
  const specialized = f.specialized
    ? tr(
        f,
        `按这一等级，专精特新中小企业认定的数字化水平指标可得${f.specialized.points}分（满分${f.specialized.max}分）。`,
        `At this level, the digital criterion of the 专精特新 certification gives ${f.specialized.points} of ${f.specialized.max} points.`,
      )
    : "";
  const nextName = f.level.nextName;
  return {
    headline: nextName
      ? tr(
          f,
          `总分${f.level.total}分，数字化水平${levelPhrase(f)}；距${nextName}还差${gapItems.length}项条件。`,
          `Total ${f.level.total}, ${levelPhrase(f)}; ${count(gapItems.length, "condition")} of ${nextName} unmet.`,
        )
      : tr(f, `总分${f.level.total}分，数字化水平${levelPhrase(f)}。`, `Total ${f.level.total}, ${levelPhrase(f)}.`),
    paragraphs: [
      meaning + ref,
      tr(f, `三个评分维度：${sentences(f, dims)}。`, `The three scored dimensions: ${sentences(f, dims)}.`) + peersSentence(f),
      tr(
        f,
        `共评测${f.counts.sceneCount}个业务场景，其中约束性场景${f.counts.constrainedCount}个。等级按总分、达标场景数和达标约束性场景数三个条件同时判定。`,
        `${f.counts.sceneCount} business scenes were assessed, ${f.counts.constrainedCount} of them constrained. A level needs its total, its number of scenes and its number of constrained scenes at once.`,
      ) + why,
      progress + specialized,
    ].filter((p) => p.length > 0),
    bullets: gapItems,
    solutionIds: [],
    policyIds: [],
  };
};

const diagnosis: Write = (f) => {
  const items = f.diagnosis;
  if (items.length === 0)
    return f.level.next === null
      ? {
          headline: tr(f, "没有需要通过改造弥补的短板。", "No weak point needs a transformation step."),
          paragraphs: [tr(f, "企业已处于最高等级，建议保持现有做法并持续优化。", "The firm is at the top level; keep up and refine what it does.")],
          bullets: [],
          solutionIds: [],
          policyIds: [],
        }
      : {
          // Below the top level with no plan found: say so, never "已处于最高等级".
          headline: tr(f, `暂未找到到${f.level.nextName ?? ""}的改造路径。`, `No path to ${f.level.nextName ?? ""} was found yet.`),
          paragraphs: [
            f.plans.next
              ? planSentence(f, f.plans.next)
              : tr(f, "请结合评测结果中的场景表逐项分析短板。", "Read the scene table of the result scene by scene."),
          ],
          bullets: [],
          solutionIds: [],
          policyIds: [],
        };
  const paragraph = (d: (typeof items)[number]) => {
    const head =
      d.kind === "scene"
        ? tr(
            f,
            `${d.name}（${d.constrained ? "约束性场景，" : ""}${d.now}）：${d.today}。`,
            `${d.name} (${d.constrained ? "constrained, " : ""}${d.now}): ${d.today}.`,
          )
        : tr(f, `${d.name}（${d.now}），${d.today}。`, `${d.name} (${d.now}), ${d.today}.`);
    const words =
      d.quotes.length > 0
        ? tr(
            f,
            `企业自己提到${d.quotes.map((q) => quote(f, q)).join("、")}，问题正出在这里。`,
            `The firm itself wrote ${d.quotes.map((q) => quote(f, q)).join(", ")}: this is where it lies.`,
          )
        : "";
    const industry =
      d.industryPains.length > 0
        ? tr(
            f,
            `这也是${f.industry.name}企业的常见问题：${join(f, d.industryPains)}。`,
            `It is a common problem in ${f.industry.name}: ${join(f, d.industryPains)}.`,
          )
        : "";
    const target = d.target
      ? d.kind === "scene"
        ? tr(f, `改造后应做到：${d.target}。`, `After the work: ${d.target}.`)
        : tr(f, `需要：${d.target}。`, `Needed: ${d.target}.`)
      : "";
    return head + words + industry + target;
  };
  const quoted = items.filter((d) => d.quotes.length > 0);
  const first = quoted[0] ?? items.find((d) => d.constrained) ?? items[0]!;
  return {
    headline: tr(f, `${items.length}处短板需要改进，首先是${first.name}。`, `${count(items.length, "weak point")} to improve, first ${first.name}.`),
    paragraphs: atMost(items.map(paragraph)),
    bullets: items.slice(0, 12).map((d) => tr(f, `${d.name}：${d.target || d.today}`, `${d.name}: ${d.target || d.today}`)),
    solutionIds: [],
    policyIds: [],
  };
};

const targets: Write = (f) => {
  const t = f.targets;
  if (!t)
    return {
      headline: tr(f, "企业已处于最高等级。", "The firm is at the top level."),
      paragraphs: [
        tr(f, "改造目标是保持各场景水平并提升数据驱动的决策能力。", "The target is to keep every scene at its level and deepen data-driven decisions."),
      ],
      bullets: [],
      solutionIds: [],
      policyIds: [],
    };
  const scenes = t.scenes.map((s) =>
    tr(
      f,
      `${s.name}${s.constrained ? "（约束性）" : ""}${sceneLevel(f, s.fromLevel)}→${sceneLevel(f, s.toLevel)}`,
      `${s.name}${s.constrained ? " (constrained)" : ""} ${sceneLevel(f, s.fromLevel)} → ${sceneLevel(f, s.toLevel)}`,
    ),
  );
  const others = (f.plans.next?.steps ?? []).filter((s) => s.kind === "indicator").map((s) => tr(f, `${s.what}：${s.change}`, `${s.what}: ${s.change}`));
  const level2 = f.plans.level2
    ? tr(
        f,
        `到${f.plans.level2.targetName}还需：${join(
          f,
          f.plans.level2.steps.map((s) => s.what),
        )}。`,
        `To reach ${f.plans.level2.targetName} as well: ${join(
          f,
          f.plans.level2.steps.map((s) => s.what),
        )}.`,
      )
    : "";
  const kpis = t.kpis.map((k) =>
    tr(
      f,
      `${k.name}${k.unit ? `（${k.unit}）` : ""}：改造前记录基线，改造后按同一口径复核`,
      `${k.name}${k.unit ? ` (${k.unit})` : ""}: record the baseline before, measure the same way after`,
    ),
  );
  return {
    headline:
      t.sceneCount > 0
        ? tr(f, `目标是达到${t.levelName}，${t.sceneCount}个场景需要提升。`, `The target is ${t.levelName}, with ${count(t.sceneCount, "scene")} to lift.`)
        : (f.plans.next?.stepCount ?? 0) > 0
          ? tr(f, `目标是达到${t.levelName}，重点在基础与管理。`, `The target is ${t.levelName}, through foundation and management.`)
          : tr(f, `目标是达到${t.levelName}，暂未找到可行路径。`, `The target is ${t.levelName}; no feasible path was found yet.`),
    paragraphs: [
      tr(f, `改造的目标等级为${t.levelName}。`, `The target level is ${t.levelName}.`) +
        (scenes.length > 0 ? tr(f, `场景目标：${sentences(f, scenes)}。`, `Scene targets: ${sentences(f, scenes)}.`) : "") +
        (others.length > 0 ? tr(f, `基础与管理方面：${sentences(f, others)}。`, `Foundation and management: ${sentences(f, others)}.`) : "") +
        level2,
      tr(
        f,
        "成效指标不能靠采购获得：请在改造开始前按统一口径记录下列指标的基线，改造完成后再记录一次，下次评测和验收时用来证明改善。",
        "Outcome measures cannot be bought: record the baseline of the measures below before the work starts and again after it, to prove the change at the next assessment and at acceptance.",
      ),
    ],
    bullets: kpis,
    solutionIds: [],
    policyIds: [],
  };
};

const DEPLOYMENT: Record<string, [string, string]> = {
  saas: ["云订阅", "SaaS"],
  on_premises: ["本地部署", "on premises"],
  hybrid: ["混合部署", "hybrid"],
  service: ["服务", "service"],
};

const plan: Write = (f) => {
  const paragraphs: string[] = [];
  const next = f.plans.next;
  if (!next) paragraphs.push(tr(f, "企业已处于最高等级，无需提升路径。", "The firm is at the top level; no path is needed."));
  for (const p of [next, f.plans.level2]) {
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
    if (p.reachable && p.budget.length > 0)
      paragraphs.push(
        tr(
          f,
          `预算构成（${p.targetName}方案）：${sentences(
            f,
            p.budget.map((b) => `${b.line}一次性${b.oneOffWan}万元、年费${b.yearlyWan}万元，三年合计${b.threeYearWan}万元`),
          )}。`,
          `Budget (plan to ${p.targetName}): ${sentences(
            f,
            p.budget.map(
              (b) =>
                `${b.line} CNY ${b.oneOffYuan.toLocaleString("en-US")} one-off and CNY ${b.yearlyYuan.toLocaleString("en-US")} a year, CNY ${b.threeYearYuan.toLocaleString("en-US")} over three years`,
            ),
          )}.`,
        ),
      );
  }
  if (f.plans.pain) paragraphs.push(painSentence(f, f.plans.pain));
  // Each solution described once, where the plan buys it; the alternatives by name only.
  const chosen = f.candidates.solutions.filter((s) => s.chosenForPrice);
  const describe = (s: (typeof chosen)[number]) => {
    const d = DEPLOYMENT[s.deployment] ?? [s.deployment, s.deployment];
    return tr(
      f,
      `${sol(s.id)}：${s.description}（${d[0]}，首年约${s.firstYearCostWan}万元，工期${s.durationWeeks.min}–${s.durationWeeks.max}周${s.smallFastLightPrecise ? "，属“小快轻准”产品" : ""}）`,
      `${sol(s.id)}: ${s.description} (${d[1]}, about CNY ${s.firstYearCostYuan.toLocaleString("en-US")} in the first year, ${s.durationWeeks.min}–${s.durationWeeks.max} weeks${s.smallFastLightPrecise ? ", small, fast, light and precise" : ""})`,
    );
  };
  if (chosen.length > 0) {
    // Offers of one kind (the same product for several scenes) are described once, together.
    const sceneNames = f.scenes.map((x) => x.name).sort((x, y) => y.length - x.length);
    const generic = (d: string) => sceneNames.reduce((text, n) => text.replaceAll(n, ""), d);
    const groups = new Map<string, typeof chosen>();
    for (const c of chosen) {
      const key = [generic(c.description), c.deployment, c.firstYearCostWan, c.durationWeeks.min, c.durationWeeks.max, c.smallFastLightPrecise].join("|");
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    const described = [...groups.values()].map((g) => {
      if (g.length === 1) return describe(g[0]!);
      const c = g[0]!;
      const d = DEPLOYMENT[c.deployment] ?? [c.deployment, c.deployment];
      return tr(
        f,
        `${g.map((x) => sol(x.id)).join("、")}：均为${generic(c.description)}（${d[0]}，每项首年约${c.firstYearCostWan}万元，工期${c.durationWeeks.min}–${c.durationWeeks.max}周${c.smallFastLightPrecise ? "，属“小快轻准”产品" : ""}）`,
        `${g.map((x) => sol(x.id)).join(", ")}: each ${generic(c.description)} (${d[1]}, about CNY ${c.firstYearCostYuan.toLocaleString("en-US")} each in the first year, ${c.durationWeeks.min}–${c.durationWeeks.max} weeks${c.smallFastLightPrecise ? ", small, fast, light and precise" : ""})`,
      );
    });
    paragraphs.push(tr(f, `选用的方案：${sentences(f, described)}。`, `The solutions chosen: ${sentences(f, described)}.`));
  }
  const alternatives = (next?.steps ?? []).filter((s) => s.alternativeIds.length > 0);
  if (alternatives.length > 0)
    paragraphs.push(
      tr(
        f,
        `可比较的替代方案：${sentences(
          f,
          alternatives.map((s) => `${s.what}可比较${s.alternativeIds.slice(0, 3).map(sol).join("、")}`),
        )}。建议向至少两家服务商询价，比较实施周期、数据归属和后续服务。`,
        `Alternatives to compare: ${sentences(
          f,
          alternatives.map((s) => `for ${s.what}, ${s.alternativeIds.slice(0, 3).map(sol).join(", ")}`),
        )}. Ask at least two providers for quotes and compare delivery time, data ownership and support.`,
      ),
    );
  const used = new Set<string>();
  for (const p of [next, f.plans.level2, f.plans.pain]) p?.steps.forEach((s) => s.solutionIds.forEach((id) => used.add(id)));
  alternatives.forEach((s) => s.alternativeIds.slice(0, 3).forEach((id) => used.add(id)));
  chosen.forEach((s) => used.add(s.id));
  return {
    headline: next?.reachable
      ? tr(
          f,
          `${next.stepCount}步可达${next.targetName}，三年总成本约${money(f, next.threeYearCostWan, next.threeYearCostYuan)}。`,
          `${count(next.stepCount, "step")} ${next.stepCount === 1 ? "reaches" : "reach"} ${next.targetName} for about ${money(f, next.threeYearCostWan, next.threeYearCostYuan)} over three years.`,
        )
      : tr(f, "改造方案", "Transformation plan"),
    paragraphs: atMost(paragraphs),
    bullets: next?.steps.map((s) => stepLine(f, s)) ?? [],
    solutionIds: [...used],
    policyIds: [...new Set([next?.bestSubsidy?.policyId, f.plans.level2?.bestSubsidy?.policyId].filter((x): x is string => !!x))],
  };
};

const schedule: Write = (f) => {
  const p = f.plans.next;
  if (!p?.reachable || p.phases.length === 0)
    return {
      headline: tr(f, "暂无需要排期的改造。", "No work to schedule yet."),
      paragraphs: [tr(f, "方案确定后，按步骤排定阶段、里程碑和分工。", "Once a plan is chosen, set its phases, milestones and roles.")],
      bullets: [],
      solutionIds: [],
      policyIds: [],
    };
  const stepName = (n: number) => p.steps.find((s) => s.n === n)?.what ?? "";
  const phases = p.phases.map((ph) => {
    const steps = ph.steps.map(stepName).filter((x) => x.length > 0);
    return tr(
      f,
      `第${ph.phase}阶段（第${ph.startWeek}–${ph.endWeek}周）：${steps.length > 0 ? join(f, steps) : ph.solutionIds.map(sol).join("、")}${ph.solutionIds.length > 1 ? "，可同时进行" : ""}，阶段末完成验收`,
      `Phase ${ph.phase} (weeks ${ph.startWeek}–${ph.endWeek}): ${steps.length > 0 ? join(f, steps) : ph.solutionIds.map(sol).join(", ")}${ph.solutionIds.length > 1 ? ", in parallel" : ""}; signed off at its end`,
    );
  });
  const provider = f.visit?.organisation;
  return {
    headline: tr(
      f,
      `分${p.phaseCount}个阶段实施，约${p.weeks.min}–${p.weeks.max}周。`,
      `${count(p.phaseCount, "phase")}, about ${p.weeks.min}–${p.weeks.max} weeks.`,
    ),
    paragraphs: [
      p.phaseCount === 1
        ? tr(
            f,
            `改造在一个阶段内完成，其中的方案可以并行，整体约需${p.weeks.min}–${p.weeks.max}周。`,
            `The work runs in one phase, its solutions in parallel, about ${p.weeks.min}–${p.weeks.max} weeks in all.`,
          )
        : tr(
            f,
            `改造按${p.phaseCount}个阶段依次进行，前一阶段为后一阶段打基础；同一阶段内的方案可以并行，整体约需${p.weeks.min}–${p.weeks.max}周。`,
            `The work runs in ${count(p.phaseCount, "phase")}, each preparing the next; solutions within a phase run in parallel, about ${p.weeks.min}–${p.weeks.max} weeks in all.`,
          ),
      tr(f, `${sentences(f, phases)}。`, `${sentences(f, phases)}.`),
      tr(
        f,
        `分工：企业指定一名数字化负责人，提供基础数据、流程说明和参与人员，并在开始前记录成效指标的基线；服务商${provider ? `（如${provider}）` : ""}负责实施、数据迁移和培训，每个阶段结束时提交交付物；全部完成后，企业重新评测并向主管部门申请等级复核。`,
        `Roles: the firm names one owner for the work, provides base data, process descriptions and people, and records the outcome baselines before starting; providers${provider ? ` (such as ${provider})` : ""} implement, migrate data and train, handing over at the end of each phase; once done, the firm reassesses and applies to the authority for a re-check of its level.`,
      ),
    ],
    bullets: p.phases.map((ph) =>
      tr(f, `里程碑${ph.phase}：第${ph.endWeek}周完成第${ph.phase}阶段`, `Milestone ${ph.phase}: phase ${ph.phase} done by week ${ph.endWeek}`),
    ),
    solutionIds: [...new Set(p.phases.flatMap((ph) => (ph.steps.length > 0 ? [] : ph.solutionIds)))],
    policyIds: [],
  };
};

const effects: Write = (f) => {
  const list = f.candidates.policies;
  const line = (p: (typeof list)[number]) => {
    const amount =
      p.amountYuan !== null && p.amountWan !== null
        ? tr(f, `，按下一级方案估算约${money(f, p.amountWan, p.amountYuan)}`, `, about ${money(f, p.amountWan, p.amountYuan)} for the plan to the next level`)
        : p.upToYuan !== null && p.upToWan !== null
          ? tr(f, `，最高${money(f, p.upToWan, p.upToYuan)}`, `, up to ${money(f, p.upToWan, p.upToYuan)}`)
          : "";
    const why = p.reasons.length > 0 ? tr(f, `（${p.reasons.join("；")}）`, ` (${p.reasons.join("; ")})`) : "";
    const confirm = p.toConfirm.length > 0 ? tr(f, `，需确认：${join(f, p.toConfirm)}`, `; to confirm: ${join(f, p.toConfirm)}`) : "";
    return tr(f, `${pol(p.id)}：${p.verdictText}${why}${amount}${confirm}`, `${pol(p.id)}: ${p.verdictText}${why}${amount}${confirm}`);
  };
  const open = list.filter((p) => p.verdict !== "not_eligible");
  const closed = list.filter((p) => p.verdict === "not_eligible");
  const docs = [...new Set(open.flatMap((p) => p.documents))];
  const plans = [f.plans.next, f.plans.level2, f.plans.pain].filter((p): p is PlanFacts => !!p?.reachable);
  const byPlan = plans.map((p) =>
    p === f.plans.pain
      ? tr(f, `从痛点出发的方案：`, `The plan from the firm's problems: `) + subsidyClause(f, p)
      : tr(f, `到${p.targetName}的方案：`, `The plan to ${p.targetName}: `) + subsidyClause(f, p),
  );
  const kpis = (f.targets?.kpis ?? []).map((k) => k.name);
  const good = sectionFacts("effects", f).goodLooksLike as string[];
  const best = f.plans.next?.bestSubsidy;
  return {
    headline: best
      ? tr(
          f,
          `最有希望的补贴约${money(f, best.amountWan, best.amountYuan)}，改造完成并复核达标后兑付。`,
          `The best subsidy prospect is about ${money(f, best.amountWan, best.amountYuan)}, paid after the work and a level re-check.`,
        )
      : tr(f, "目前没有可确定金额的补贴，改造成效以基线对比衡量。", "No subsidy with a known amount yet; the effect is measured against the baselines."),
    paragraphs: [
      tr(
        f,
        `预期成效（可能的改善，不作承诺）：改造完成后，${kpis.length > 0 ? `${join(f, kpis)}等指标有望改善，需与改造前的基线对比确认` : "相关业务的效率与质量有望改善，需与改造前的基线对比确认"}。${good.length > 0 ? `同行业做得好的企业通常：${join(f, good)}。` : ""}`,
        `Expected effects (possible, not promised): after the work, ${kpis.length > 0 ? `${join(f, kpis)} should improve, to be confirmed against the baselines` : "efficiency and quality of the activities concerned should improve, to be confirmed against the baselines"}. ${good.length > 0 ? `Firms that do this well in the industry typically: ${join(f, good)}.` : ""}`,
      ),
      byPlan.length > 0 ? tr(f, `各方案的补贴：${sentences(f, byPlan)}。`, `Subsidies by plan: ${sentences(f, byPlan)}.`) : "",
      open.length > 0
        ? tr(f, `符合或可能符合的政策：${sentences(f, open.map(line))}。`, `Policies the firm meets or may meet: ${sentences(f, open.map(line))}.`)
        : tr(f, "目前没有符合或可能符合的政策。", "No policy is met or possibly met yet."),
      closed.length > 0
        ? tr(
            f,
            `不符合的政策（地区、行业、规模或等级条件不满足）：${closed.map((p) => pol(p.id)).join("、")}。`,
            `Policies not met (region, industry, size or level conditions): ${closed.map((p) => pol(p.id)).join(", ")}.`,
          )
        : "",
      tr(
        f,
        "申报时间：补贴一般“先建后补”，即改造完成、数字化水平复核达标后兑付，金额与资格以主管部门的最终审核为准。",
        "Timing: subsidies are usually paid after the work (build first, paid later), once a re-check confirms the level; the authority's final review decides the amount and eligibility.",
      ),
    ].filter((p) => p.length > 0),
    bullets: [
      ...(docs.length > 0 ? [tr(f, `准备材料：${join(f, docs)}`, `Prepare: ${join(f, docs)}`)] : []),
      tr(f, "向所在地工信主管部门确认申报批次和截止时间", "Confirm the application round and deadline with the local industry authority"),
      tr(f, "签订合同并保留发票、付款凭证和验收记录", "Sign contracts and keep invoices, payment records and sign-off records"),
      tr(f, "改造完成后重新评测并申请数字化水平复核", "Reassess once the work is done and apply for a level re-check"),
    ],
    solutionIds: [],
    policyIds: [...new Set([...list.map((p) => p.id), ...plans.flatMap((p) => (p.bestSubsidy ? [p.bestSubsidy.policyId] : []))])],
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
    ...(f.plans.next?.steps[0] ? [tr(f, `尽快启动第一步：${f.plans.next.steps[0].what}`, `Start the first step: ${f.plans.next.steps[0].what}`)] : []),
    ...f.candidates.policies
      .filter((p) => p.verdict === "possibly_eligible")
      .map((p) => tr(f, `确认${pol(p.id)}的条件：${join(f, p.toConfirm)}`, `Confirm the conditions of ${pol(p.id)}: ${join(f, p.toConfirm)}`)),
    tr(f, "指定数字化负责人，按月跟踪进度", "Name an owner for the transformation and review progress monthly"),
    tr(f, "90天内复盘第一阶段成效，决定下一阶段投入", "Within 90 days, review the first phase and decide on the next"),
  ],
  solutionIds: [],
  policyIds: f.candidates.policies.filter((p) => p.verdict === "possibly_eligible").map((p) => p.id),
});

const WRITERS: Record<SectionKey, Write> = { summary, profile, result, diagnosis, targets, plan, schedule, effects, risks };

/** English sentences joined from parts get their space back ("Level 1.Among" → "Level 1. Among"). */
const spaced = (f: ReportFacts, text: string) => (zh(f) ? text : text.replace(/([.;])(?=[A-Z“])/g, "$1 "));

export function writeDeterministic(key: SectionKey, facts: ReportFacts): SectionOutput {
  const out = WRITERS[key](facts);
  return { ...out, headline: spaced(facts, out.headline), paragraphs: out.paragraphs.map((p) => spaced(facts, p)), statedLevel: facts.level.current };
}
