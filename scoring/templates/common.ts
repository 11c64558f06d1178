import type { Localized } from "../model/schema";

export const L = (zh: string, en: string): Localized => ({ "zh-CN": zh, en });

export const DIMENSIONS = [
  { code: "FOUNDATION" as const, label: L("数字化基础", "Digital foundation"), max: 50 },
  { code: "MANAGEMENT" as const, label: L("数字化管理", "Digital management"), max: 30 },
  { code: "EFFECT" as const, label: L("数字化成效", "Digital results"), max: 20 },
];

/** Level rule (maturity-model.md §4, [M]): evaluated from level 4 down. Kept as data on purpose. */
export const LEVEL_RULE = [
  { level: 4, minScore: 80, minScenes: 10, minConstrained: 6 },
  { level: 3, minScore: 60, minScenes: 8, minConstrained: 5 },
  { level: 2, minScore: 40, minScenes: 6, minConstrained: 3 },
  { level: 1, minScore: 20, minScenes: 6, minConstrained: 3 },
];

export const LEVEL_NAMES = {
  0: L("未达一级", "Below level 1"),
  1: L("一级", "Level 1"),
  2: L("二级", "Level 2"),
  3: L("三级", "Level 3"),
  4: L("四级", "Level 4"),
};

export const LEVEL_DESCRIPTIONS = {
  1: L(
    "开展基础业务流程梳理和数据规范化管理，并进行简单的信息技术应用。",
    "Basic business processes are sorted out and data is kept in order, with simple use of IT.",
  ),
  2: L("利用信息系统对单项业务活动实现数字化管理。", "Information systems manage at least one business activity digitally."),
  3: L(
    "主要业务活动实现数字化管控，并基于数据开展分析与优化。",
    "The main business activities are under digital control, with data analysis and optimisation.",
  ),
  4: L("全业务链数据贯通，驱动协同运营和智能决策。", "Data flows across the whole business chain and drives collaboration and intelligent decisions."),
};

export const SCENE_LEVEL_ZERO = L("尚未开展该项业务的数字化", "This activity has not been digitised");

/** Default effort of raising a scene one step: 0→1, 1→2, 2→3, 3→4 (relative units, [EST]). */
export const SCENE_STEP_EFFORT = [1, 3, 6, 12];

const BAND_LABELS = [
  L("10%及以下", "10% or less"),
  L("10%以上至20%", "over 10% to 20%"),
  L("20%以上至40%", "over 20% to 40%"),
  L("40%以上至60%", "over 40% to 60%"),
  L("60%以上", "over 60%"),
];
const BAND_EDGES = [0, 10, 20, 40, 60, 100];
const BAND_CODES = ["p0_10", "p10_20", "p20_40", "p40_60", "p60_100"];

/** The five share bands of the official data: [0,10], (10,20], (20,40], (40,60], (60,100]. */
export function bands(points: readonly number[], effort: readonly number[]) {
  return BAND_CODES.map((code, i) => ({
    code,
    label: BAND_LABELS[i] ?? L(code, code),
    points: points[i] ?? 0,
    effort: effort[i] ?? 0,
    min: BAND_EDGES[i] ?? 0,
    max: BAND_EDGES[i + 1] ?? 100,
  }));
}

/** worse / flat / better; the words say which way the measure moved (a fall is better for costs). */
export function trend(max: number, effort: readonly [number, number], words: { zh: [string, string, string]; en: [string, string, string] }) {
  return [
    { code: "worse", label: L(`变差（${words.zh[0]}）`, `worse (${words.en[0]})`), points: 0, effort: 0 },
    { code: "flat", label: L(`持平`, `flat`), points: max / 2, effort: effort[0] },
    { code: "better", label: L(`改善（${words.zh[2]}）`, `better (${words.en[2]})`), points: max, effort: effort[1] },
  ];
}

export const UP_WORDS = { zh: ["下降", "持平", "上升"] as [string, string, string], en: ["fell", "flat", "rose"] as [string, string, string] };
export const DOWN_WORDS = { zh: ["上升", "持平", "下降"] as [string, string, string], en: ["rose", "flat", "fell"] as [string, string, string] };
