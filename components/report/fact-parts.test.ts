import { describe, expect, it } from "vitest";
import { clientTranslator } from "@/lib/i18n/format";
import { en } from "@/lib/i18n/messages/en";
import { zhCN } from "@/lib/i18n/messages/zh-CN";
import { buildReportFacts } from "@/lib/reports/facts";
import type { PlanFacts } from "@/prompts/report";
import { reportInputs } from "@/tests/support/report-inputs";
import { levelText, plansOf, solutionName, standingText, timelineBars } from "./fact-parts";

/** The pure pieces of the report page's facts tables: words for figures, which plans, where the bars sit. */

const zh = clientTranslator(zhCN);
const english = clientTranslator(en);

const phase = (n: number, startWeek: number, endWeek: number): PlanFacts["phases"][number] => ({
  phase: n,
  solutionIds: [],
  steps: [],
  weeks: { min: endWeek - startWeek + 1, max: endWeek - startWeek + 1 },
  startWeek,
  endWeek,
});

describe("facts tables", () => {
  it("places each phase's bar over the plan's weeks, end to end", () => {
    const { weeks, bars } = timelineBars([phase(1, 1, 4), phase(2, 5, 10)]);
    expect(weeks).toBe(10);
    expect(bars.map((b) => [b.left, b.width])).toEqual([
      [0, 40],
      [40, 60],
    ]);
    expect(timelineBars([]).weeks).toBe(1);
  });

  it("states peer standing as 前/后 x% (never a percentile rank)", () => {
    expect(standingText(zh, { side: "top", percent: 12, all: false })).toBe("前 12%");
    expect(standingText(zh, { side: "bottom", percent: 40, all: false })).toBe("后 40%");
    expect(standingText(zh, { side: "top", percent: 0, all: true })).toBe("高于全部同类");
    expect(standingText(zh, null)).toBe("—");
    expect(standingText(english, { side: "bottom", percent: 3, all: false })).toBe("bottom 3%");
  });

  it("words a scene level as the report does: level 0 is 未开展, never 0级", () => {
    expect(levelText(zh, 0)).toBe("未开展");
    expect(levelText(zh, 3)).toBe("3级");
    expect(levelText(english, 2)).toBe("level 2");
  });

  it("names a solution by catalogue name and provider, as the text does, and falls back to the id", () => {
    const names = { solutions: { a: { name: "排产云", provider: "某服务商（演示）", demo: true } }, policies: {} };
    expect(solutionName(names, "a", "zh-CN")).toBe("「排产云」（某服务商（演示））");
    expect(solutionName(names, "a", "en")).toBe("“排产云” (某服务商（演示）)");
    expect(solutionName(names, "missing", "zh-CN")).toBe("missing");
  });

  it("lists each plan of the facts once, with its title", () => {
    const facts = buildReportFacts(reportInputs({ context: { painPoints: "交期延误" } }));
    const plans = plansOf(facts, zh);
    expect(plans.map((p) => p.kind)).toEqual([
      "next",
      ...(facts.plans.level2 && facts.plans.level2.targetLevel !== facts.plans.next?.targetLevel ? ["level2"] : []),
      "pain",
    ]);
    expect(plans[0]?.title).toBe(`到${facts.plans.next!.targetName}的方案（三年总成本最低）`);
    // A plan to level 2 that is the next plan already is not listed twice.
    const same = { ...facts, plans: { ...facts.plans, level2: facts.plans.next } };
    expect(plansOf(same, zh).filter((p) => p.kind === "level2")).toEqual([]);
  });
});
