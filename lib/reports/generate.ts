import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessments, reports, reportVersions, type SectionProvenance } from "@/db/schema";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { AppError } from "@/lib/errors";
import type { StructuredModel } from "@/lib/llm/structured";
import { SECTION_KEYS, type ReportFacts, type SectionKey, type SectionOutput } from "@/prompts/report";
import { recordSubsidyMatch } from "@/lib/dashboard/subsidies";
import { subsidyMatch } from "@/lib/recommendations/subsidy-match";
import { writeDeterministic } from "./deterministic";
import { buildReportFacts } from "./facts";
import { loadReportInputs } from "./inputs";
import { dbSectionCache } from "./section-cache";
import { sectionCacheKey, writeSection } from "./write-section";

/**
 * Writes a report: facts once, then every section in parallel (the model's concurrency cap applies
 * across reports), each saved as soon as it is done so the page fills in and a restarted job picks
 * up where it stopped. The finished sections become the next version, kind "generated".
 * A regeneration (asked for by the report's editor) carries the edited sections of the current
 * version over unchanged, except those the editor chose to have written afresh.
 */

export interface GenerateOutcome {
  version: number;
  writers: Record<SectionKey, SectionProvenance["writer"]>;
  requests: number;
}

type PartialSections = (typeof reports.$inferSelect)["partial"];

/** A regeneration: the section keys to write afresh even where edited (the job's payload stores them). */
export interface Regeneration {
  rewrite: readonly string[];
}

export async function generateReport(
  db: Db,
  reportId: string,
  model: StructuredModel | null,
  today?: string,
  regeneration?: Regeneration,
): Promise<GenerateOutcome> {
  const [report] = await db.select().from(reports).where(eq(reports.id, reportId));
  if (!report) throw AppError.notFound("report");
  const { inputs, catalogue, tenantId } = await loadReportInputs(db, report.assessmentId, report.language, today);
  const facts = buildReportFacts(inputs);
  // The city dashboard counts the subsidies these same plans match.
  await recordSubsidyMatch(db, report.assessmentId, subsidyMatch([inputs.plans.next, inputs.plans.level2], [...inputs.policies.values()]));
  // Edited sections kept are not written at all (no model calls); saveVersion takes them from the
  // version current when it saves, so an edit made meanwhile is kept too.
  const kept = regeneration ? keptSections(await versionSections(db, reportId, report.currentVersion), regeneration) : {};
  const done = { ...report.partial, ...kept };
  const pending = SECTION_KEYS.filter((key) => !done[key]);
  // Without a model every section is written here in a few milliseconds: no progress to show, so
  // one write for the whole report instead of a status update and one update per section.
  if (!model) {
    const written: PartialSections = {};
    for (const key of pending) written[key] = { content: writeDeterministic(key, facts), provenance: { writer: "deterministic" } };
    return saveVersion(db, reportId, tenantId, 0, { written, facts, regeneration });
  }
  // Pending sections start together (the model's cap queues the rest inside the client).
  const progress = Object.fromEntries(SECTION_KEYS.map((k) => [k, done[k] ? ("done" as const) : ("running" as const)]));
  await db.update(reports).set({ status: "generating", progress, facts, error: null, updatedAt: new Date() }).where(eq(reports.id, reportId));

  const keys = new Map(pending.map((key) => [key, sectionCacheKey(key, facts, model.model)] as const));
  const cache = await dbSectionCache(db, tenantId, [...keys.values()]);
  let requests = 0;
  // Settled, not raced: a section that must wait (RunLater) lets the others finish and keep their work.
  const settled = await Promise.allSettled(
    pending.map(async (key) => {
      const written = await writeSection(key, facts, { model, catalogue, cache }, keys.get(key));
      requests += written.usage.requests;
      const entry = { [key]: { content: written.content, provenance: written.provenance } };
      const u = written.usage;
      await db
        .update(reports)
        .set({
          partial: sql`${reports.partial} || ${JSON.stringify(entry)}::jsonb`,
          progress: sql`${reports.progress} || ${JSON.stringify({ [key]: "done" })}::jsonb`,
          tokenUsage: sql`jsonb_build_object(
            'prompt', coalesce((${reports.tokenUsage} ->> 'prompt')::int, 0) + ${u.promptTokens}::int,
            'completion', coalesce((${reports.tokenUsage} ->> 'completion')::int, 0) + ${u.completionTokens}::int,
            'calls', coalesce((${reports.tokenUsage} ->> 'calls')::int, 0) + ${u.requests}::int)`,
          updatedAt: new Date(),
        })
        .where(eq(reports.id, reportId));
    }),
  );
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed) throw failed.reason;

  return saveVersion(db, reportId, tenantId, requests, { regeneration });
}

/** One version's sections with their provenance ({} when there is no such version). */
async function versionSections(db: Db, reportId: string, version: number): Promise<PartialSections> {
  const [row] = await db
    .select({ sections: reportVersions.sections, provenance: reportVersions.provenance })
    .from(reportVersions)
    .where(and(eq(reportVersions.reportId, reportId), eq(reportVersions.version, version)));
  const out: PartialSections = {};
  // A version of the structure before the 诊断报告 keeps nothing: its summary, plan and risks share
  // keys with the new chapters but not their content, so a hand edit of them must not be carried over.
  if (row && Object.keys(row.sections).some((k) => !(SECTION_KEYS as readonly string[]).includes(k))) return out;
  for (const key of SECTION_KEYS) {
    const content = row?.sections[key];
    const provenance = row?.provenance[key];
    if (content && provenance) out[key] = { content, provenance };
  }
  return out;
}

/** The edited sections a regeneration carries over: all but those the editor asked to rewrite. */
function keptSections(sections: PartialSections, regeneration: Regeneration): PartialSections {
  const rewrite = new Set(regeneration.rewrite);
  return Object.fromEntries(Object.entries(sections).filter(([key, s]) => s.provenance.writer === "edited" && !rewrite.has(key)));
}

/** The sections written so far (plus `written`) become the report's next version, in one transaction. */
async function saveVersion(
  db: Db,
  reportId: string,
  tenantId: string,
  requests: number,
  extra: { written?: PartialSections; facts?: ReportFacts; regeneration?: Regeneration },
): Promise<GenerateOutcome> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ partial: reports.partial, currentVersion: reports.currentVersion, assessmentId: reports.assessmentId, language: reports.language })
      .from(reports)
      .where(eq(reports.id, reportId))
      .for("update");
    if (!current) throw AppError.notFound("report");
    // A regeneration: edits in the version current now win; a section left unwritten (edited when the
    // job started, restored since) keeps what that version has.
    const before = extra.regeneration ? await versionSections(tx, reportId, current.currentVersion) : {};
    const kept = extra.regeneration ? keptSections(before, extra.regeneration) : {};
    const all = { ...before, ...current.partial, ...extra.written, ...kept };
    const sections: Record<string, SectionOutput> = {};
    const provenance: Record<string, SectionProvenance> = {};
    for (const key of SECTION_KEYS) {
      const s = all[key];
      if (!s) throw new Error(`report ${reportId}: section ${key} missing after generation`);
      sections[key] = s.content;
      provenance[key] = s.provenance;
    }
    const version = current.currentVersion + 1;
    await tx.insert(reportVersions).values({ tenantId, reportId, version, kind: "generated", sections, provenance });
    await tx
      .update(reports)
      .set({
        status: "ready",
        currentVersion: version,
        partial: {},
        error: null,
        ...(extra.facts ? { facts: extra.facts, progress: Object.fromEntries(SECTION_KEYS.map((k) => [k, "done"])) } : {}),
        updatedAt: new Date(),
      })
      .where(eq(reports.id, reportId));
    const [firm] = await tx.select({ enterpriseId: assessments.enterpriseId }).from(assessments).where(eq(assessments.id, current.assessmentId));
    if (firm)
      await emitWebhookEvent(tx, {
        tenantId,
        enterpriseId: firm.enterpriseId,
        type: "report.ready",
        data: { reportId, assessmentId: current.assessmentId, enterpriseId: firm.enterpriseId, language: current.language, version },
      });
    return {
      version,
      writers: Object.fromEntries(SECTION_KEYS.map((k) => [k, provenance[k]!.writer])) as Record<SectionKey, SectionProvenance["writer"]>,
      requests,
    };
  });
}
