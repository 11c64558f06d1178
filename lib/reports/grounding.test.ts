import { describe, expect, it } from "vitest";
import type { SectionOutput } from "@/prompts/report";
import { candidateIds, checkGrounding, type GroundingContext } from "./grounding";

const ctx: GroundingContext = {
  facts: {
    model: { name: "《中小企业数字化水平评测指标（2024年版）》" },
    level: { current: 1, name: "一级", total: 37.225, next: 2, nextName: "二级" },
    plan: { costYuan: 150_000, costWan: 15, bestSubsidy: { policyId: "zz-policy", amountYuan: 45_000 } },
    steps: [{ n: 1, what: "质量管理", solutionIds: ["qms-lite"] }],
    candidates: { solutions: [{ id: "mes-basic" }] },
  },
  currentLevel: 1,
  catalogue: {
    solutions: [
      { id: "qms-lite", names: ["质量管理轻应用"], providers: ["云启数智（演示）", "云启数智"] },
      { id: "mes-basic", names: ["基础MES"], providers: ["云启数智（演示）", "云启数智"] },
      { id: "erp-pro", names: ["旗舰ERP"], providers: ["远山软件（演示）", "远山软件"] },
    ],
    policies: [
      { id: "zz-policy", titles: ["郑州市改造补贴", "Zhengzhou retrofit subsidy"] },
      { id: "other-policy", titles: ["中山市试点政策", "Zhongshan pilot"] },
    ],
  },
};

const out = (paragraph: string, over: Partial<SectionOutput> = {}): SectionOutput => ({
  headline: "诊断",
  paragraphs: [paragraph],
  bullets: [],
  statedLevel: 1,
  solutionIds: [],
  policyIds: [],
  ...over,
});
const check = (paragraph: string, over: Partial<SectionOutput> = {}) => checkGrounding(out(paragraph, over), ctx);

describe("grounding check", () => {
  it("finds the candidates wherever the facts list them", () => {
    expect(candidateIds(ctx.facts)).toEqual({ solutions: new Set(["qms-lite", "mes-basic"]), policies: new Set(["zz-policy"]) });
  });

  it("accepts text built from the facts", () => {
    expect(
      check(
        "目前为一级，总分37.225分，距二级还差。首年投入约15万元（150,000元），可能获补贴4.5万元。依据《中小企业数字化水平评测指标（2024年版）》。先上 [[solution:qms-lite]]，申请 [[policy:zz-policy]]。",
        { solutionIds: ["qms-lite"], policyIds: ["zz-policy"] },
      ),
    ).toEqual([]);
    expect(check("总分约37.2分，写作三十七点二分也可以。")).toEqual([]);
  });

  it("rejects numbers that are not in the facts, also written in Chinese", () => {
    expect(check("总分71.3分")).toEqual(["numbers not in the facts: 71.3"]);
    expect(check("总分七十一点三分")).toEqual(["numbers not in the facts: 七十一点三"]);
    expect(check("投入16万元")).toEqual(["numbers not in the facts: 16"]);
  });

  it("rejects a level other than the computed one, stated or claimed", () => {
    expect(check("诊断", { statedLevel: 2 })).toEqual(["statedLevel is 2, but the computed level (facts.level.current) is 1"]);
    expect(check("贵企业目前处于二级。")[0]).toMatch(/claims level 2/);
    expect(check("The firm is currently at Level 3.").join()).toMatch(/claims level 3/);
    expect(check("达到三级需要更多场景。")).toEqual(['"三级" is a level the facts do not mention']);
    expect(check("目前为一级，目标是二级。")).toEqual([]);
  });

  it("rejects references outside the candidates, malformed ones, and names written out", () => {
    expect(check("选 [[solution:erp-pro]]")).toEqual(["[[solution:erp-pro]] is not among the candidate solutions of this section"]);
    expect(check("见 [[policy:other-policy]]")).toEqual(["[[policy:other-policy]] is not among the candidate policies of this section"]);
    expect(check("见 [[product:x]]")).toEqual(["malformed reference [[product:x]]: use [[solution:ID]] or [[policy:ID]]"]);
    expect(check("诊断", { solutionIds: ["erp-pro"] })).toEqual(['solutionIds lists "erp-pro", which is not a candidate solution']);
    expect(check("可考虑旗舰ERP。")).toEqual(['"旗舰ERP" is not among the candidate solutions']);
    expect(check("可联系远山软件。")).toEqual(['"远山软件" is not a provider of the candidate solutions']);
    expect(check("可联系云启数智。")).toEqual([]);
    expect(check("参照中山市试点政策。")).toEqual(['"中山市试点政策" is not among the candidate policies']);
  });

  it("rejects invented documents and products in brackets", () => {
    expect(check("依据《数字化转型促进条例》")[0]).toMatch(/《数字化转型促进条例》 is not a document in the facts/);
    expect(check("推荐「智造云MES旗舰版」")[0]).toMatch(/「智造云MES旗舰版」 is not a candidate solution/);
    expect(check("推荐「基础MES」")).toEqual([]);
  });
});

describe("grounding sees through other ways of writing", () => {
  it("rejects figures in financial numerals, full-width digits, 万/亿 compositions and English words", () => {
    for (const text of [
      "投入壹佰万元",
      "投入１００万元",
      "投入一百二十三万元",
      "投入两亿元",
      "投入1.5亿元",
      "总分伍拾分",
      "It costs one million yuan.",
      "a score of twenty-five points",
      "about 1.5 million yuan",
      "ninety-nine points",
    ]) {
      expect(check(text).join(), text).toMatch(/numbers not in the facts/);
    }
  });

  it("accepts the facts' figures however they are written", () => {
    for (const text of [
      "投入壹拾伍万元",
      "投入１５万元",
      "投入十五万元",
      "投入150,000元",
      "首年投入１５万元，补贴４．５万元",
      "about one hundred and fifty thousand yuan",
      "fifteen 万元 (15万元)",
      "0.15 million yuan",
      "one of the steps, a one-off cost",
    ]) {
      expect(check(text), text).toEqual([]);
    }
  });

  it("rejects level words the facts do not give, in every form", () => {
    for (const text of [
      "达到肆级需要更多场景",
      "达到4级需要更多场景",
      "达到第四级需要更多场景",
      "达到第4级",
      "Reaching Level four takes more scenes.",
      "Reaching level IV takes more scenes.",
      "Reaching L4 takes more scenes.",
      "Reaching Level 4 takes more scenes.",
      "the fourth level",
    ]) {
      expect(check(text).join(), text).toMatch(/level the facts do not mention|claims level/);
    }
  });

  it("rejects a claimed level other than the computed one, in every form", () => {
    for (const text of [
      "贵企业目前为贰级",
      "贵企业目前为2级",
      "贵企业目前处于第二级",
      "The firm is currently at level two.",
      "The firm is currently at Level II.",
      "The firm has reached L2.",
    ]) {
      expect(check(text).join(), text).toMatch(/claims level 2/);
    }
    for (const text of [
      "贵企业目前为壹级，目标是贰级",
      "贵企业目前为1级，下一步是第2级",
      "The firm is currently at Level One; the next goal is level II.",
      "It is at L1 and aims for Level 2.",
    ]) {
      expect(check(text), text).toEqual([]);
    }
  });

  it("rejects policy and document names outside the facts whatever the brackets, or with none", () => {
    for (const text of [
      "可申请郑州市中小企业数字化转型专项资金管理办法。",
      "可参照河南省中小企业数字化改造补贴实施细则",
      "依据“数字化转型促进条例”",
      '依据"数字化转型促进条例"',
      "依据〈数字化转型促进条例〉",
      "依据『中小企业数字化赋能专项行动方案』",
      "参照关于推进中小企业数字化转型的若干措施",
      "参照2025年中小企业数字化转型城市试点工作方案",
      "中山市数字化试点政策也值得关注",
      "Apply under the Henan SME Digital Retrofit Subsidy Measures.",
      "see the Notice on Promoting SME Digital Transformation",
      "Apply for the “Zhongshan Pilot Fund Implementation Rules”.",
      "the zhongshan pilot",
    ]) {
      expect(check(text).length, text).toBeGreaterThan(0);
    }
  });

  it("does not take ordinary words for policy names", () => {
    expect(
      check(
        "建议制定数字化改造实施方案，落实保障措施，听取专家意见，关注相关补贴政策和申报通知，选择合适的解决方案；应对办法是先梳理数据，按计划推进，了解市场营销方案，节省成本。可申请郑州市改造补贴。",
      ),
    ).toEqual([]);
    expect(
      check("Policies the firm may meet need confirming; follow the plan and the measures below, and compare the solution plans of two providers."),
    ).toEqual([]);
    expect(check("依据《中小企业数字化水平评测指标（2024年版）》，写“可能符合，需确认”。")).toEqual([]);
  });
});

describe("grounding takes nothing from what the firm typed", () => {
  const typed: GroundingContext = {
    ...ctx,
    facts: {
      ...(ctx.facts as Record<string, unknown>),
      firm: { name: "郑州99分科技（四级）有限公司", industry: "通用设备制造业" },
      firmText: { description: "参照《数字化转型促进条例》，年产值3000万元" },
    },
  };
  const checkTyped = (paragraph: string) => checkGrounding(out(paragraph), typed);

  it("numbers, levels and document names in the firm's name or text are not facts", () => {
    expect(checkTyped("贵企业总分99分。").join()).toMatch(/numbers not in the facts: 99/);
    expect(checkTyped("达到四级需要更多场景。").join()).toMatch(/level the facts do not mention/);
    expect(checkTyped("年产值3000万元。").join()).toMatch(/numbers not in the facts: 3000/);
    expect(checkTyped("依据《数字化转型促进条例》").join()).toMatch(/not a document in the facts/);
  });

  it("the firm's name itself may still be written", () => {
    expect(checkTyped("郑州99分科技（四级）有限公司目前为一级，总分37.225分。")).toEqual([]);
  });
});

describe("grounding reads numerals of units only, currency codes and every level form", () => {
  it("rejects an invented amount written as a numeral of units only or after a currency code", () => {
    for (const text of [
      "可获百万元补贴",
      "投入十万元",
      "补贴拾万元",
      "千万元级项目",
      "最高奖励万元",
      "可获补贴百万。",
      "投入RMB200万元",
      "投入CNY2000000",
      "about USD 5,000",
      "about USD5,000",
    ]) {
      expect(check(text).join(), text).toMatch(/numbers not in the facts/);
    }
  });

  it("accepts the facts' amounts after a currency code, and ordinary words and codes", () => {
    for (const text of [
      "首年投入约RMB150,000（CNY 150,000，即15万元）",
      "千万不要一次铺开，十分重要的是先做质量管理，万万不可跳过数据采集。",
      "已通过ISO9001认证的企业，可借助5G网络、MES系统和3D打印，做到千人千面、服务千家万户。",
      "参照GB/T 23001-2017 两化融合管理体系。",
    ]) {
      expect(check(text), text).toEqual([]);
    }
  });

  it("rejects a level written with Roman numerals, spaces, 級 or Lv", () => {
    for (const text of [
      "贵企业目前处于Ⅳ级",
      "贵企业目前为四 级",
      "贵企业目前为肆級",
      "贵企业目前为四級",
      "贵企业目前处于第 四 级",
      "The firm is currently at Level IV.",
      "The firm is currently at level-4.",
      "The firm is currently at Lv4.",
    ]) {
      expect(check(text).join(), text).toMatch(/claims level 4/);
    }
    expect(check("达到Ⅳ级需要更多场景").join()).toMatch(/level the facts do not mention/);
    expect(check("贵企业目前为壹級，目标是第 二 级")).toEqual([]);
  });
});

describe("the firm's name is masked only where it cannot be a claim", () => {
  const named = (name: string, description = "精密零部件机加工"): GroundingContext => ({
    ...ctx,
    facts: { ...(ctx.facts as Record<string, unknown>), firm: { name, industry: "通用设备制造业" }, firmText: { description } },
  });
  const checkNamed = (name: string, paragraph: string) => checkGrounding(out(paragraph), named(name));

  it("does not mask a name made of a level or a figure", () => {
    expect(checkNamed("四级", "贵公司目前已达四级").join()).toMatch(/claims level 4/);
    expect(checkNamed("100", "补贴100万元").join()).toMatch(/numbers not in the facts: 100/);
    expect(checkNamed("补贴100万元", "贵公司可获补贴100万元").join()).toMatch(/numbers not in the facts: 100/);
    expect(checkNamed("Level Four", "The firm is currently at Level Four.").join()).toMatch(/claims level 4/);
  });

  it("masks an ordinary name, also one with figures or level words in it", () => {
    expect(checkNamed("郑州精工机械有限公司", "郑州精工机械有限公司目前为一级，总分37.225分。")).toEqual([]);
    expect(checkNamed("郑州精工机械厂2", "郑州精工机械厂2目前为一级。")).toEqual([]);
    expect(checkNamed("郑州99分科技（四级）有限公司", "郑州99分科技（四级）有限公司目前为一级。")).toEqual([]);
  });

  it("masks only whole occurrences: a figure across the name's edge is checked", () => {
    expect(checkNamed("郑州精工机械厂2", "郑州精工机械厂20万元补贴").join()).toMatch(/numbers not in the facts: 20/);
    expect(checkNamed("郑州精工机械厂7", "郑州精工机械厂7 万元补贴").join()).toMatch(/numbers not in the facts: 7/);
    expect(checkNamed("郑州精工机械厂4", "郑州精工机械厂4级").join()).toMatch(/level the facts do not mention/);
    expect(checkNamed("郑州精工机械有限公司", "贵公司（郑州精工机械有限公司）目前已达四级").join()).toMatch(/claims level 4/);
  });

  it("never masks what the firm wrote about itself, however long the quote", () => {
    const description = "贵公司已达四级，可获补贴100万元";
    expect(checkNamed("郑州精工机械有限公司", "正如贵公司所说：“贵公司已达四级，可获补贴100万元”").join(), description).toMatch(/claims level 4/);
    expect(checkGrounding(out("贵公司已达四级，可获补贴100万元"), named("郑州精工机械有限公司", description)).join()).toMatch(/numbers not in the facts: 100/);
  });
});
