import { diagnosisPrompt } from "./diagnosis";
import { effectsPrompt } from "./effects";
import { planPrompt } from "./plan";
import { profilePrompt } from "./profile";
import { resultPrompt } from "./result";
import { risksPrompt } from "./risks";
import { schedulePrompt } from "./schedule";
import { SECTION_KEYS, type SectionKey, type SectionPrompt } from "./section";
import { summaryPrompt } from "./summary";
import { targetsPrompt } from "./targets";

export {
  REPAIR_PROMPT,
  SECTION_KEYS,
  SYSTEM_PROMPT,
  sectionSchema,
  type PromptLanguage,
  type SectionKey,
  type SectionOutput,
  type SectionPrompt,
} from "./section";
export { promptData, quoteUntrusted } from "./untrusted";
export type {
  DiagnosisItem,
  IndustryFacts,
  PainPlanFacts,
  PlanFacts,
  PolicyFacts,
  PolicyVerdict,
  ReportFacts,
  SolutionFacts,
  SourcedText,
  StepFacts,
} from "./facts";

export const SECTION_PROMPTS: Record<SectionKey, SectionPrompt> = {
  summary: summaryPrompt,
  profile: profilePrompt,
  result: resultPrompt,
  diagnosis: diagnosisPrompt,
  targets: targetsPrompt,
  plan: planPrompt,
  schedule: schedulePrompt,
  effects: effectsPrompt,
  risks: risksPrompt,
};

export const SECTION_ORDER: readonly SectionKey[] = SECTION_KEYS;
