import { describe, expect, it } from "vitest";
import { loadSolutionCatalogue } from "@/db/catalogue/solutions";
import { getTemplate, type Answers } from "@/scoring";
import { loadSolver } from "./optimum/solve";
import { painPointScenes } from "./pain-points";
import { buildPlan } from "./plan";

const t = getTemplate("miit-2024-manufacturing");
const FIRM = {
  provinceCode: "41",
  cityCode: "4101",
  districtCode: null,
  industryCode: "34",
  industrySegment: null,
  sizeClass: "small" as const,
  aboveScale: true,
};

/** A small workshop at 一级 with nothing in sales, stock or HR. */
const ANSWERS: Answers = {
  "F.NET": ["enterprise_network"],
  "F.EQDIG": "p20_40",
  "F.EQNET": "p10_20",
  "F.DATA": ["finance", "production_control"],
  "F.IS": "several",
  "F.NETSEC": ["policy", "products"],
  "F.DATASEC": ["policy"],
  "M.PLAN": "planned",
  "M.RULES": ["workflow"],
  "M.TALENT": ["staff"],
  "M.FUND": "p10_20",
  "E.ENERGY": "flat",
  "E.QUALITY": "flat",
  "E.REVENUE": "flat",
  "E.COST": "flat",
  "S.FINANCE": 2,
  "S.PRODUCTION": 2,
  "S.QUALITY": 1,
  "S.EQUIPMENT": 1,
  "S.SAFETY": 2,
  "S.OFFICE": 2,
  "S.PLANNING": 1,
};

describe("pain points: the firm's own words to scenes", () => {
  it("maps lost WeChat orders and stock counts to 营销管理 and 仓储物流, keeping the words that triggered each", () => {
    const found = painPointScenes(t, { painPoints: "微信下单经常漏单，库存盘点对不上", description: "冲压件加工" });
    expect(found).toEqual([
      { scene: "S.MARKETING", words: ["微信下单", "漏单"], field: "painPoints" },
      { scene: "S.WAREHOUSING", words: ["库存", "盘点"], field: "painPoints" },
    ]);
  });

  it("falls back on the business description when no problem is stated, and finds nothing in empty text", () => {
    expect(painPointScenes(t, { description: "主要做汽车零部件，设备老旧经常停机" }).map((p) => [p.scene, p.field])).toEqual([["S.EQUIPMENT", "description"]]);
    expect(painPointScenes(t, { painPoints: "   " })).toEqual([]);
  });

  it("gives a plan that lifts those scenes, costing at least the least-cost plan, with sales and stock solutions in it", async () => {
    const solver = await loadSolver();
    const catalogue = loadSolutionCatalogue();
    const common = { solver, template: t, answers: ANSWERS, target: 2 as const, firm: FIRM, catalogue, policies: [], today: "2026-11-29" };
    const leastCost = buildPlan(common);
    const painPoints = painPointScenes(t, { painPoints: "微信下单经常漏单，库存盘点对不上" });
    const pain = buildPlan({ ...common, painPoints });
    expect(pain.reachable).toBe(true);
    expect(pain.painPoints.map((p) => [p.scene, p.from, p.to])).toEqual([
      ["S.MARKETING", 0, 2],
      ["S.WAREHOUSING", 0, 2],
    ]);
    expect(pain.answersAfter["S.MARKETING"]).toBeGreaterThanOrEqual(2);
    expect(pain.answersAfter["S.WAREHOUSING"]).toBeGreaterThanOrEqual(2);
    expect(pain.threeYearCostYuan).toBeGreaterThanOrEqual(leastCost.threeYearCostYuan);
    const scenesLifted = pain.steps.filter((s) => s.kind === "scene").map((s) => s.code);
    expect(scenesLifted).toEqual(expect.arrayContaining(["S.MARKETING", "S.WAREHOUSING"]));
    // It starts from the problems: the firm's scenes come first, in the order it named them.
    expect(pain.steps.slice(0, 2).map((s) => s.code)).toEqual(["S.MARKETING", "S.WAREHOUSING"]);
    expect(leastCost.painPoints).toEqual([]);
  });
});

describe("pain points: words, not letters", () => {
  it("matches English words whole and gives a word inside a longer one to the longer one's scene", () => {
    const found = painPointScenes(t, { painPoints: "after-sales complaints pile up and work orders get lost" });
    expect(found.map((p) => [p.scene, p.words])).toEqual([
      ["S.AFTER_SALES", ["after-sales", "complaints"]],
      ["S.PRODUCTION", ["work orders"]],
    ]);
  });
});
