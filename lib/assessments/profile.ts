import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sceneProfiles } from "@/db/schema";
import { constrainedFlags, getTemplate, type TemplateId } from "@/scoring";

export interface SceneProfileRow {
  name: string;
  segment: string | null;
  codes: string[];
  scenes: string[];
}

/**
 * The constrained scenes that apply to a firm: its city's profile for its 细分行业 or 大类 when the
 * city defined one, else the template default (scenes undefined).
 */
export function pickSceneProfile(
  rows: readonly SceneProfileRow[],
  templateId: TemplateId,
  enterprise: { industryCode: string; industrySegment: string | null },
): { scenes: string[] | undefined; profileName: string | null } {
  const match =
    rows.find((r) => enterprise.industrySegment && r.segment === enterprise.industrySegment) ?? rows.find((r) => r.codes.includes(enterprise.industryCode));
  if (!match) return { scenes: undefined, profileName: null };
  // A profile naming scenes the template lacks is ignored rather than breaking the assessment.
  try {
    constrainedFlags(getTemplate(templateId), match.scenes);
    return { scenes: match.scenes, profileName: match.name };
  } catch {
    return { scenes: undefined, profileName: null };
  }
}

/** The tenant's active profiles as one JSON value, to embed in another query. */
export function sceneProfilesJson(tenantIdColumn: unknown) {
  return sql<
    SceneProfileRow[]
  >`(select coalesce(json_agg(json_build_object('name', ${sceneProfiles.name}, 'segment', ${sceneProfiles.industrySegment}, 'codes', ${sceneProfiles.industryCodes}, 'scenes', ${sceneProfiles.constrainedScenes})), '[]'::json) from ${sceneProfiles} where ${sceneProfiles.tenantId} = ${tenantIdColumn} and ${sceneProfiles.status} = 'active')`;
}

export async function constrainedScenesFor(
  db: Db,
  tenantId: string,
  templateId: TemplateId,
  enterprise: { industryCode: string; industrySegment: string | null },
): Promise<{ scenes: string[] | undefined; profileName: string | null }> {
  const rows = await db
    .select({ name: sceneProfiles.name, segment: sceneProfiles.industrySegment, codes: sceneProfiles.industryCodes, scenes: sceneProfiles.constrainedScenes })
    .from(sceneProfiles)
    .where(and(eq(sceneProfiles.tenantId, tenantId), eq(sceneProfiles.status, "active")));
  return pickSceneProfile(rows, templateId, enterprise);
}
