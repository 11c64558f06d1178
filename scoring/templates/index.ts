import { compileTemplate, type CompiledTemplate } from "../model/load";
import { MANUFACTURING } from "./manufacturing";
import { OTHER, SERVICES } from "./non-manufacturing";
import type { TemplateId } from "../template-ids";

export { isTemplateId, templateForIndustry, TEMPLATE_IDS, type TemplateId } from "../template-ids";

const RAW: Record<TemplateId, unknown> = {
  "miit-2024-manufacturing": MANUFACTURING,
  "miit-2024-services": SERVICES,
  "miit-2024-other": OTHER,
};

const compiled = new Map<string, CompiledTemplate>();

/** Validated once per process, on first use. */
export function getTemplate(id: TemplateId): CompiledTemplate {
  let t = compiled.get(id);
  if (!t) {
    t = compileTemplate(RAW[id]);
    compiled.set(id, t);
  }
  return t;
}
