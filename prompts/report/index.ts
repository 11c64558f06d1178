import { dimensionsPrompt } from "./dimensions";
import { levelPrompt } from "./level";
import { planPrompt } from "./plan";
import { risksPrompt } from "./risks";
import { SECTION_KEYS, type SectionKey, type SectionPrompt } from "./section";
import { scenesPrompt } from "./scenes";
import { solutionsPrompt } from "./solutions";
import { subsidiesPrompt } from "./subsidies";
import { summaryPrompt } from "./summary";

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
export type { PainPlanFacts, PlanFacts, PolicyFacts, PolicyVerdict, ReportFacts, SolutionFacts, StepFacts } from "./facts";

export const SECTION_PROMPTS: Record<SectionKey, SectionPrompt> = {
  summary: summaryPrompt,
  level: levelPrompt,
  dimensions: dimensionsPrompt,
  scenes: scenesPrompt,
  plan: planPrompt,
  solutions: solutionsPrompt,
  subsidies: subsidiesPrompt,
  risks: risksPrompt,
};

export const SECTION_ORDER: readonly SectionKey[] = SECTION_KEYS;
