import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessmentResults, assessments, enterprises } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import {
  benchmark,
  cheapestPath,
  constrainedFlags,
  getTemplate,
  median,
  scoredAnswers,
  specializedPoints,
  type Answers,
  type Benchmark,
  type CheapestPath,
  type Level,
  type Localized,
  type PeerResult,
  type Result,
} from "@/scoring";
import { authorise, type Caller } from "./access";
import { findPeers } from "./peers";
import { constrainedScenesFor } from "./profile";
import { templateView, type TemplateView } from "./template-view";

/** The axes of the radar: the three scored dimensions and the scene groups, each in percent. */
export interface RadarAxis {
  key: string;
  label: string;
  value: number;
  peerMedian: number | null;
}

export interface ResultView {
  id: string;
  submittedAt: string;
  enterprise: { name: string; regionName: string | null; sizeClass: string | null; aboveScale: boolean | null; industryCode: string };
  result: Result;
  levelDescription: string | null;
  paths: { next: CheapestPath | null; level2: CheapestPath | null };
  peers: { group: Localized; count: number; benchmark: Benchmark } | null;
  radar: RadarAxis[];
  specialized: { points: number; max: number; confidence: "M" };
  template: TemplateView;
}

function radarValues(t: ReturnType<typeof getTemplate>, dims: Readonly<Record<string, number>>, scenes: Readonly<Record<string, number>>): number[] {
  const values = t.def.dimensions.map((d) => ((dims[d.code] ?? 0) / d.max) * 100);
  for (const g of t.def.sceneGroups) {
    const members = t.scenes.filter((s) => s.def.group === g.code);
    const avg = members.reduce((sum, s) => sum + (scenes[s.code] ?? 0), 0) / Math.max(1, members.length);
    values.push((avg / 4) * 100);
  }
  return values.map((v) => Math.round(v * 10) / 10);
}

/** The radar of a result, with the peers' median on every axis when there are peers. */
export function radarAxes(t: ReturnType<typeof getTemplate>, mine: PeerResult, peers: readonly PeerResult[], locale: Locale): RadarAxis[] {
  const mineRadar = radarValues(t, mine.dimensions, mine.scenes);
  const peerRadars = peers.map((p) => radarValues(t, p.dimensions, p.scenes));
  const labels = [...t.def.dimensions.map((d) => d.label[locale]), ...t.def.sceneGroups.map((g) => g.label[locale])];
  const keys = [...t.def.dimensions.map((d) => d.code), ...t.def.sceneGroups.map((g) => `scenes:${g.code}`)];
  return keys.map((k, i) => ({
    key: k,
    label: labels[i] ?? k,
    value: mineRadar[i] ?? 0,
    peerMedian: peerRadars.length > 0 ? median(peerRadars.map((r) => r[i] ?? 0).sort((a, b) => a - b)) : null,
  }));
}

export async function getResultView(db: Db, id: string, caller: Caller, locale: Locale): Promise<ResultView> {
  const key = await authorise(db, id, caller, "assessment.read");
  if (key.status !== "submitted") {
    throw new AppError("conflict", "status: the result appears once the assessment is submitted", { issues: [{ field: "status", message: "draft" }] });
  }
  const [row] = await db
    .select({
      detail: assessmentResults.detail,
      submittedAt: assessmentResults.submittedAt,
      answers: assessments.answers,
      name: enterprises.name,
      regionName: enterprises.regionName,
      sizeClass: enterprises.sizeClass,
      aboveScale: enterprises.aboveScale,
      industryCode: enterprises.industryCode,
      industrySegment: enterprises.industrySegment,
      cityCode: enterprises.cityCode,
    })
    .from(assessmentResults)
    .innerJoin(assessments, eq(assessments.id, assessmentResults.assessmentId))
    .innerJoin(enterprises, eq(enterprises.id, assessmentResults.enterpriseId))
    .where(eq(assessmentResults.assessmentId, key.id));
  if (!row) throw new AppError("internal", `submitted assessment ${key.id} has no result`);
  const t = getTemplate(key.templateId);
  const result = row.detail as unknown as Result;
  const profile = await constrainedScenesFor(db, key.tenantId, key.templateId, row);
  const answers = scoredAnswers(row.answers as Answers, result);
  const pathOptions = { profile: profile.scenes };
  const next = result.level < 4 ? cheapestPath(t, answers, { ...pathOptions, target: (result.level + 1) as Level }) : null;
  const level2 = result.level < 2 ? cheapestPath(t, answers, { ...pathOptions, target: 2 }) : null;

  const mine: PeerResult = {
    total: result.total,
    dimensions: result.dimensions,
    scenes: Object.fromEntries(result.scenes.map((s) => [s.code, s.level])),
  };
  const group = await findPeers(db, {
    assessmentId: key.id,
    enterpriseId: key.enterpriseId,
    templateId: key.templateId,
    industryCode: row.industryCode,
    cityCode: row.cityCode,
    sizeClass: row.sizeClass,
  });
  const view = templateView(key.templateId, locale, profile.scenes ? constrainedFlags(t, profile.scenes) : undefined);
  return {
    id: key.id,
    submittedAt: row.submittedAt.toISOString(),
    enterprise: { name: row.name, regionName: row.regionName, sizeClass: row.sizeClass, aboveScale: row.aboveScale, industryCode: row.industryCode },
    result,
    levelDescription: result.level > 0 ? t.def.levelDescriptions[result.level as 1 | 2 | 3 | 4][locale] : null,
    paths: { next, level2 },
    peers: group ? { group: group.label, count: group.peers.length, benchmark: benchmark(mine, group.peers) } : null,
    radar: radarAxes(t, mine, group?.peers ?? [], locale),
    specialized: specializedPoints(result.level),
    template: view,
  };
}
