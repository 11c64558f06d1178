import { getTemplate, type DimensionCode } from "@/scoring";

export type { DimensionCode };

export interface ModelSummary {
  dimensions: { code: DimensionCode; max: number }[];
  scenes: number;
  levelRule: { level: number; minScore: number; minScenes: number; minConstrained: number }[];
}

/** The official model's shape for pages that describe it (landing page), read from the template data. */
export function officialModelSummary(): ModelSummary {
  const t = getTemplate("miit-2024-manufacturing");
  return {
    dimensions: t.def.dimensions.map((d) => ({ code: d.code, max: d.max })),
    scenes: t.scenes.length,
    levelRule: t.rungs.map(({ level, minScore, minScenes, minConstrained }) => ({ level, minScore, minScenes, minConstrained })),
  };
}
