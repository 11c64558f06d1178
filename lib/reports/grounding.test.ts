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
    expect(check("目前为一级，总分37.225分，距二级还差。首年投入约15万元（150,000元），可能获补贴4.5万元。依据《中小企业数字化水平评测指标（2024年版）》。先上 [[solution:qms-lite]]，申请 [[policy:zz-policy]]。", { solutionIds: ["qms-lite"], policyIds: ["zz-policy"] })).toEqual([]);
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
