/** Public face of the scoring package: pure, no I/O, nothing imported from the app. */
export { compileTemplate, constrainedFlags, TemplateError, type CompiledTemplate, type CompiledQuestion, type CompiledScene } from "./model/load";
export type { Localized, DimensionCode, TemplateDef, TemplateInput, QuestionDef, SceneDef, SkipRule } from "./model/schema";
export { DIMENSION_CODES } from "./model/schema";
export { getTemplate, isTemplateId, templateForIndustry, TEMPLATE_IDS, type TemplateId } from "./templates";
export type { Answer, Answers, Evidence, Level, Problem, ProblemKind, ScoreCore, LevelCheck } from "./engine/types";
export { validateAnswers, missingCodes, findInconsistencies, isAnswered, type Inconsistency } from "./engine/validate";
export { bandFor, bandOfShare, changeOf, percentText, readableChange, readableShare, shareOf, trendFor, type BandEdge } from "./engine/derive";
export { exact, compare, readable, type Fraction, type Readable } from "./engine/exact";
export { findWarnings, draftWarnings, ANSWER_WARNING_CODES, type AnswerWarning, type AnswerWarningCode } from "./engine/warnings";
export { deriveFromEvidence, resolveAnswers, type Derivation } from "./engine/evidence";
export { applySkipRules } from "./engine/skip";
export { scoreAnswers, levelOf, levelOnly, sceneCounts } from "./engine/score";
export {
  evaluate,
  buildResult,
  scoredAnswers,
  type Evaluation,
  type EvaluateOptions,
  type Result,
  type QuestionResult,
  type SceneResult,
  type GapItem,
} from "./engine/evaluate";
export { cheapestPath, applyPath, type CheapestPath, type PathStep, type PathOptions } from "./path/cheapest-path";
export { modelEffort, type EffortModel } from "./path/effort";
export { benchmark, percentileRank, median, type Benchmark, type PeerResult, type Standing } from "./benchmark";
export { specializedPoints, SPECIALIZED_POINTS } from "./specialized";

/**
 * 1.1.0: skip rules fill only unanswered questions (an explicit answer is scored as given), band
 * edges and trends in exact decimal arithmetic, contradictions reported as `warnings`.
 */
export const ENGINE_VERSION = "1.1.0";
export { purchasable } from "./purchasable";
