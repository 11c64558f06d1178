import { z } from "zod";

/**
 * The maturity model as data. Templates are validated against these schemas at load (see load.ts,
 * which also checks the invariants between parts). Points are given in points (e.g. 1.875) and must
 * be multiples of 0.001; the engine works in integer thousandths so that sums are exact.
 */

export const localized = z.object({ "zh-CN": z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof localized>;

const code = z.string().regex(/^[A-Z]+(\.[A-Z0-9_]+)+$/, "codes look like F.NET or S.PRODUCT_DESIGN");
const optionCode = z.string().regex(/^[a-z0-9_]+$/, "option codes are lower-case snake_case");
const points = z
  .number()
  .min(0)
  .refine((p) => Math.abs(Math.round(p * 1000) - p * 1000) < 1e-6, "points must be multiples of 0.001");
const effort = z.number().min(0);

export const DIMENSION_CODES = ["FOUNDATION", "MANAGEMENT", "EFFECT"] as const;
export const dimensionCode = z.enum(DIMENSION_CODES);
export type DimensionCode = z.infer<typeof dimensionCode>;

export const dimension = z.object({ code: dimensionCode, label: localized, max: points });

export const indicator = z.object({
  code: z.string().regex(/^[A-Z]+\.[A-Z_]+$/),
  dimension: dimensionCode,
  label: localized,
  max: points,
});

/**
 * Text shown to firms. Notes meant for us (sources, doubts about the data) go in `note`, which is
 * never displayed.
 */
const help = z.object({ meaning: localized, evidence: localized, note: z.string().optional() });

const option = z.object({
  code: optionCode,
  label: localized,
  points,
  /**
   * Default effort to reach this option (single/band/trend: cumulative from the lowest option;
   * multi: to add this option). Relative units; replaced by solution prices when they are known.
   */
  effort,
});
export type OptionDef = z.infer<typeof option>;

/** A band option covers (min, max]; the lowest band also includes its min. Percentages. */
const bandOption = option.extend({ min: z.number().min(0), max: z.number().positive() });

const questionBase = z.object({
  code,
  indicator: z.string(),
  label: localized,
  /** A short name for messages that name two questions (设备联网率); the label when absent. */
  shortLabel: localized.optional(),
  help,
  max: points,
});

const singleQuestion = questionBase.extend({ kind: z.literal("single"), options: z.array(option).min(2) });
const multiQuestion = questionBase.extend({
  kind: z.literal("multi"),
  /** The option that means "none of these"; exclusive and worth 0. */
  none: optionCode,
  options: z.array(option).min(2),
});
const bandQuestion = questionBase.extend({
  kind: z.literal("band"),
  options: z.array(bandOption).min(2),
  /** Numeric evidence: the share numerator / denominator × 100 picks the band. */
  evidence: z.object({
    numerator: z.object({ key: optionCode, label: localized }),
    denominator: z.object({ key: optionCode, label: localized }),
    /** Whether the numerator may exceed the denominator (investment can exceed revenue; counts cannot). */
    allowAbove100: z.boolean(),
  }),
});
const trendQuestion = questionBase.extend({
  kind: z.literal("trend"),
  options: z.array(option).length(3),
  evidence: z.object({
    measure: localized,
    /** For energy or cost per revenue a fall is the improvement. */
    better: z.enum(["higher", "lower"]),
  }),
});

export const question = z.discriminatedUnion("kind", [singleQuestion, multiQuestion, bandQuestion, trendQuestion]);
export type QuestionDef = z.infer<typeof question>;
export type BandQuestionDef = z.infer<typeof bandQuestion>;
export type TrendQuestionDef = z.infer<typeof trendQuestion>;

export const sceneGroup = z.object({ code: z.string().regex(/^[A-Z_]+$/), label: localized });

export const scene = z.object({
  code,
  group: z.string(),
  label: localized,
  /** What each level looks like in this scene; level 0 is "not done" and shared by all scenes. */
  ladder: z.object({ 1: localized, 2: localized, 3: localized, 4: localized }),
  /** Effort to go from level n-1 to n (index 0 = 0→1); overrides the template default. */
  stepEffort: z.array(effort).length(4).optional(),
});
export type SceneDef = z.infer<typeof scene>;

export const levelRung = z.object({
  level: z.number().int().min(1).max(4),
  minScore: z.number().min(0).max(100),
  /** Scenes at this level or above. */
  minScenes: z.number().int().min(0),
  /** Of which constrained scenes. */
  minConstrained: z.number().int().min(0),
});
export type LevelRung = z.infer<typeof levelRung>;

export const sceneProfile = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/),
  label: localized,
  scenes: z.array(code),
});
export type SceneProfile = z.infer<typeof sceneProfile>;

export const consistencyRule = z.object({
  /** The answer to `question` may not be a higher option than the answer to `notAbove`. */
  question: code,
  notAbove: code,
  message: localized,
});

export const skipRule = z.object({
  /** The question that does not apply… */
  question: code,
  /** …when this other question has one of these answers… */
  when: z.object({ question: code, in: z.array(optionCode).min(1) }),
  /** …and whose answer is then implied. */
  implies: optionCode,
  reason: localized,
});
export type SkipRule = z.infer<typeof skipRule>;

export const template = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.string().min(1),
  label: localized,
  /** Non-official variants give a reference level (参考等级) only. */
  isReference: z.boolean(),
  source: localized,
  dimensions: z.array(dimension).length(3),
  indicators: z.array(indicator).min(1),
  questions: z.array(question).min(1),
  sceneGroups: z.array(sceneGroup).min(1),
  scenes: z.array(scene).min(1),
  /** Shared text of level 0 (未开展) for all scenes. */
  sceneLevelZero: localized,
  sceneStepEffort: z.array(effort).length(4),
  levelRule: z.array(levelRung).min(1),
  levelNames: z.object({ 0: localized, 1: localized, 2: localized, 3: localized, 4: localized }),
  levelDescriptions: z.object({ 1: localized, 2: localized, 3: localized, 4: localized }),
  profiles: z.array(sceneProfile).min(1),
  defaultProfile: z.string(),
  consistency: z.array(consistencyRule).default([]),
  skipRules: z.array(skipRule).default([]),
  /** Relative change within ± this many percent counts as "flat" when a trend is derived from figures. */
  trendFlatPercent: z.number().min(0).max(50),
});
export type TemplateDef = z.infer<typeof template>;
export type TemplateInput = z.input<typeof template>;
