import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessmentResults, assessments, enterprises } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import {
  cheapestPath,
  constrainedFlags,
  getTemplate,
  scoredAnswers,
  type Answers,
  type CheapestPath,
  type Level,
  type PeerResult,
  type Result,
} from "@/scoring";
import { authorise, type Caller } from "./access";
import { peerStanding, type PeerStanding } from "./peers";
import { radarAxes, type RadarAxis } from "./radar";
import { specializedView, type SpecializedView } from "./specialized";
import { storedResult } from "./stored-result";
import { constrainedScenesFor } from "./profile";
import { templateView, type TemplateView } from "./template-view";
import { messageText } from "@/lib/i18n/translate";

export type { RadarAxis } from "./radar";

export interface ResultView {
  id: string;
  submittedAt: string;
  enterprise: {
    name: string;
    regionName: string | null;
    sizeClass: string | null;
    aboveScale: boolean | null;
    industryCode: string;
    revenueWan: number | null;
  };
  result: Result;
  levelDescription: string | null;
  paths: { next: CheapestPath | null; level2: CheapestPath | null };
  /** The stored benchmark (computed once right after submit): pending, too few peers, or the figures. */
  peers: PeerStanding;
  radar: RadarAxis[];
  specialized: SpecializedView;
  template: TemplateView;
}

export async function getResultView(db: Db, id: string, caller: Caller, locale: Locale): Promise<ResultView> {
  const key = await authorise(db, id, caller, "assessment.read");
  if (key.status !== "submitted") {
    throw new AppError(
      "conflict",
      { "zh-CN": "status：评测提交后才会显示结果", en: "status: the result appears once the assessment is submitted" },
      { issues: [{ field: "status", message: messageText("error.notSubmitted") }] },
    );
  }
  const [row] = await db
    .select({
      detail: assessmentResults.detail,
      submittedAt: assessmentResults.submittedAt,
      benchmark: assessmentResults.benchmark,
      answers: assessments.answers,
      name: enterprises.name,
      regionName: enterprises.regionName,
      sizeClass: enterprises.sizeClass,
      aboveScale: enterprises.aboveScale,
      industryCode: enterprises.industryCode,
      industrySegment: enterprises.industrySegment,
      cityCode: enterprises.cityCode,
      revenueWan: enterprises.revenueWan,
    })
    .from(assessmentResults)
    .innerJoin(assessments, eq(assessments.id, assessmentResults.assessmentId))
    .innerJoin(enterprises, eq(enterprises.id, assessmentResults.enterpriseId))
    .where(eq(assessmentResults.assessmentId, key.id));
  if (!row) throw new AppError("internal", messageText("error.missingResult", { id: key.id }));
  const t = getTemplate(key.templateId);
  const result = storedResult(row.detail);
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
  const peers = peerStanding(row.benchmark);
  const view = templateView(key.templateId, locale, profile.scenes ? constrainedFlags(t, profile.scenes) : undefined);
  return {
    id: key.id,
    submittedAt: row.submittedAt.toISOString(),
    enterprise: {
      name: row.name,
      regionName: row.regionName,
      sizeClass: row.sizeClass,
      aboveScale: row.aboveScale,
      industryCode: row.industryCode,
      revenueWan: row.revenueWan,
    },
    result,
    levelDescription: result.level > 0 ? t.def.levelDescriptions[result.level as 1 | 2 | 3 | 4][locale] : null,
    paths: { next, level2 },
    peers,
    radar: radarAxes(t, mine, peers.status === "ready" ? peers.radarMedians : null, locale),
    specialized: specializedView(result),
    template: view,
  };
}
