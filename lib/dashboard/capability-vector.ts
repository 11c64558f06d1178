import type { CompiledTemplate } from "@/scoring";

/**
 * A result's dimension scores then scene levels, in the template's order (dimensions as the template
 * lists them, then its scenes): what `assessment_results.capability_vector` holds, so the dashboard
 * can average by position from an index. Pure. A scene the result lacks is null (averages skip it).
 */
export function capabilityVector(
  t: Pick<CompiledTemplate, "dimensionCodes" | "scenes">,
  dimensions: Readonly<Record<string, number>>,
  sceneLevels: Readonly<Record<string, number>>,
): (number | null)[] {
  return [...t.dimensionCodes.map((d) => dimensions[d] ?? null), ...t.scenes.map((s) => sceneLevels[s.code] ?? null)];
}

/** The codes at each position of a template's vector. */
export function capabilityCodes(t: Pick<CompiledTemplate, "dimensionCodes" | "scenes">): { dimensions: readonly string[]; scenes: readonly string[] } {
  return { dimensions: t.dimensionCodes, scenes: t.scenes.map((s) => s.code) };
}
