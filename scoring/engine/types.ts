import type { DimensionCode } from "../model/schema";

/** An option code (single, band, trend), option codes (multi) or a scene level 0–4. */
export type Answer = string | readonly string[] | number;
export type Answers = Readonly<Record<string, Answer>>;
/** Numeric evidence per question code: band → {numerator key, denominator key}; trend → {before, after}. */
export type Evidence = Readonly<Record<string, Readonly<Record<string, number>>>>;

export type Level = 0 | 1 | 2 | 3 | 4;

export type ProblemKind =
  | "not_an_object"
  | "unknown_code"
  | "wrong_kind"
  | "unknown_option"
  | "duplicate_option"
  | "none_with_others"
  | "scene_level_out_of_range"
  | "missing"
  | "evidence_invalid";

/** One problem with the answers, always naming the question (or scene) code it concerns. */
export interface Problem {
  code: string;
  kind: ProblemKind;
  message: string;
  messageZh: string;
}

/** The numbers of a scored assessment, in arrays indexed like the compiled template (points ×1000). */
export interface ScoreCore {
  questionMilli: number[];
  questionAnswered: boolean[];
  indicatorMilli: number[];
  dimensionMilli: number[];
  totalMilli: number;
  sceneLevels: number[];
  sceneAnswered: boolean[];
  answered: number;
  questionCount: number;
}

export interface LevelCondition {
  kind: "score" | "scenes" | "constrained";
  required: number;
  actual: number;
  met: boolean;
}

export interface LevelCheck {
  level: number;
  met: boolean;
  conditions: LevelCondition[];
}

export interface LevelOutcome {
  level: Level;
  /** Scenes at each level or above, index 1–4 (index 0 unused). */
  scenesAtOrAbove: number[];
  constrainedAtOrAbove: number[];
  checks: LevelCheck[];
}

export type DimensionScores = Record<DimensionCode, number>;
