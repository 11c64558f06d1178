import { describe, expect, it } from "vitest";
import { evaluate, getTemplate } from "@/scoring";
import { AFTER_PROJECT_MANUFACTURING, COMPLETE_MANUFACTURING } from "@/tests/support/fixtures";
import { compare, packItems, predictOnSite } from "./pack-data";

const T = "miit-2024-manufacturing" as const;
const scored = (answers: Record<string, unknown>) => {
  const e = evaluate(getTemplate(T), answers, { complete: true });
  if (!e.ok) throw new Error(JSON.stringify(e.problems));
  return e.result;
};

describe("acceptance pack data", () => {
  it("lists each missing item with its reason", () => {
    const items = packItems({
      applicationAnswered: false,
      afterSubmitted: false,
      pledgeAt: null,
      documents: [{ slot: "contract", fileName: "合同.pdf" }],
      milestones: [
        { name: "联网", due: "2026-05-01", doneOn: "2026-04-30" },
        { name: "试运行", due: "2026-06-01", doneOn: null },
      ],
      completionReportedAt: null,
      completionByProvider: false,
      afterBy: null,
    });
    expect(items).toHaveLength(8);
    expect(items.filter((i) => !i.present).map((i) => i.key)).toEqual([
      "application",
      "comparison",
      "self_assessment",
      "invoices",
      "implementation",
      "pledge",
      "provider_statement",
    ]);
    expect(items.find((i) => i.key === "implementation")!.reason["zh-CN"]).toContain("试运行");
    expect(items.find((i) => i.key === "contract")!.files).toEqual(["合同.pdf"]);
  });

  it("compares before and after and predicts the level if the unsupported improvements are not accepted", () => {
    const before = scored(COMPLETE_MANUFACTURING);
    const after = scored(AFTER_PROJECT_MANUFACTURING);
    expect([before.level, after.level, after.total]).toEqual([1, 2, 42.1]);
    const files = [{ questionCode: "F.EQNET", fileName: "台账.png" }];
    const c = compare(T, before, after, { files, figures: { "F.EQDIG": { digitised: 30, total: 60 } } }, "zh-CN");
    expect(c.questions.find((q) => q.code === "F.EQDIG")).toMatchObject({ before: expect.any(Number), figures: ["digitised=30", "total=60"] });
    expect(c.effects.map((q) => q.code)).toEqual(["E.ENERGY", "E.QUALITY", "E.REVENUE", "E.COST"]);
    expect(c.indicators.reduce((s, i) => s + i.after, 0)).toBeCloseTo(after.total, 6);
    const p = predictOnSite(T, c, { after: AFTER_PROJECT_MANUFACTURING, before: COMPLETE_MANUFACTURING, afterFigures: {} }, after);
    // F.EQDIG has figures and F.EQNET a file: M.RULES and the two scenes are what a reviewer questions.
    expect(p.thin.map((t) => t.code).sort()).toEqual(["M.RULES", "S.EQUIPMENT", "S.PRODUCTION"]);
    // The official rule on the answers with those three put back as they were.
    const reverted = { ...AFTER_PROJECT_MANUFACTURING, "M.RULES": COMPLETE_MANUFACTURING["M.RULES"]!, "S.EQUIPMENT": 1, "S.PRODUCTION": 1 };
    expect(p).toMatchObject({ claimed: 2, ifThinRejected: scored(reverted).level });
    // Nothing behind any improvement: back to the baseline's level.
    const bare = compare(T, before, after, { files: [], figures: {} }, "zh-CN");
    expect(predictOnSite(T, bare, { after: AFTER_PROJECT_MANUFACTURING, before: COMPLETE_MANUFACTURING, afterFigures: {} }, after)).toMatchObject({
      ifThinRejected: 1,
    });
    // With everything supported, the self-assessed level stands.
    const supported = compare(
      T,
      before,
      after,
      { files: ["F.EQDIG", "F.EQNET", "M.RULES", "S.PRODUCTION", "S.EQUIPMENT"].map((q) => ({ questionCode: q, fileName: `${q}.png` })), figures: {} },
      "zh-CN",
    );
    expect(predictOnSite(T, supported, { after: AFTER_PROJECT_MANUFACTURING, before: COMPLETE_MANUFACTURING, afterFigures: {} }, after)).toMatchObject({
      thin: [],
      ifThinRejected: 2,
    });
  });
});
