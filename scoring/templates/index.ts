import { compileTemplate, type CompiledTemplate } from "../model/load";
import { MANUFACTURING } from "./manufacturing";
import { OTHER, SERVICES } from "./non-manufacturing";

export const TEMPLATE_IDS = ["miit-2024-manufacturing", "miit-2024-services", "miit-2024-other"] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

const RAW: Record<TemplateId, unknown> = {
  "miit-2024-manufacturing": MANUFACTURING,
  "miit-2024-services": SERVICES,
  "miit-2024-other": OTHER,
};

const compiled = new Map<string, CompiledTemplate>();

export function isTemplateId(id: unknown): id is TemplateId {
  return typeof id === "string" && (TEMPLATE_IDS as readonly string[]).includes(id);
}

/** Validated once per process, on first use. */
export function getTemplate(id: TemplateId): CompiledTemplate {
  let t = compiled.get(id);
  if (!t) {
    t = compileTemplate(RAW[id]);
    compiled.set(id, t);
  }
  return t;
}

/**
 * Template by GB/T 4754 大类 [EST]: B, C, D → manufacturing; producer services (51, 53–60, 63–69,
 * 71–75, 77) → services; everything else → other. The user confirms it.
 */
export function templateForIndustry(industryCode: string): TemplateId {
  const n = Number(industryCode);
  if (!/^\d{2}$/.test(industryCode)) return "miit-2024-other";
  if (n >= 6 && n <= 46) return "miit-2024-manufacturing";
  if (n === 51 || (n >= 53 && n <= 60) || (n >= 63 && n <= 69) || (n >= 71 && n <= 75) || n === 77) return "miit-2024-services";
  return "miit-2024-other";
}
