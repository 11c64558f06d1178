/** Template ids and the industry → template rule, without the template data (safe for browser bundles). */

export const TEMPLATE_IDS = ["miit-2024-manufacturing", "miit-2024-services", "miit-2024-other"] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export function isTemplateId(id: unknown): id is TemplateId {
  return typeof id === "string" && (TEMPLATE_IDS as readonly string[]).includes(id);
}

/**
 * Template by GB/T 4754 大类 [EST]: B, C, D → manufacturing; producer services (51, 53–60, 63–69,
 * 71–75, 77) → services; everything else → other. The user confirms it.
 */
export function templateForIndustry(industryCode: string): TemplateId {
  if (!/^\d{2}$/.test(industryCode)) return "miit-2024-other";
  const n = Number(industryCode);
  if (n >= 6 && n <= 46) return "miit-2024-manufacturing";
  if (n === 51 || (n >= 53 && n <= 60) || (n >= 63 && n <= 69) || (n >= 71 && n <= 75) || n === 77) return "miit-2024-services";
  return "miit-2024-other";
}
