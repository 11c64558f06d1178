import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { text } from "@/lib/validation/text";
import type { Db } from "@/db/client";
import { reports, reportVersions, type SectionProvenance } from "@/db/schema";
import { authorise, consultantMade, type AuthorisedAssessment, type Caller } from "@/lib/assessments/access";
import type { Permission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { localizePair } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { enqueueJob } from "@/lib/jobs/define";
import { reportJob } from "@/lib/jobs/definitions";
import { loadCatalogues } from "@/lib/recommendations/catalogue-store";
import { SECTION_KEYS, type SectionKey, type SectionOutput } from "@/prompts/report";
import { ENGINE_VERSION } from "@/scoring";
import type { ReportFacts } from "./facts";
import { REFERENCE_TOKEN, resolveSection, type ReferenceNames } from "./references";
import { sectionSources, type FigureSource } from "./sources";
import { LEGACY_SECTION_ORDER, LEGACY_SECTION_TITLES, SECTION_TITLES } from "./titles";
import { messageText } from "@/lib/i18n/translate";
import { zodText } from "@/lib/i18n/zod";

/**
 * Reading, editing, restoring, regenerating and publishing reports. A report is reached with its
 * assessment's resume token (the firm itself) or by an account related to the assessment (see
 * `authorise`). When a consultant assessed the firm, the firm's owner sees only the version the
 * consultant published. Only a caller who may edit the report gets the writers' [[solution:…]] and
 * [[policy:…]] tokens; everyone else gets the names in their place.
 */

import type { SectionState } from "@/db/schema";
export type { SectionState };

interface SectionViewBase {
  title: string;
  state: SectionState;
  content: SectionOutput | null;
  provenance: SectionProvenance | null;
  sources: FigureSource[];
}

/** A section of the current structure, or one of a report written before it (`legacy`, shown read-only under its old title). */
export type ReportSectionView = (SectionViewBase & { key: SectionKey; legacy?: undefined }) | (SectionViewBase & { key: string; legacy: true });

export interface ReportView {
  id: string;
  assessmentId: string;
  language: Locale;
  status: "queued" | "generating" | "ready" | "failed";
  error: string | null;
  version: number;
  versions: { version: number; kind: "generated" | "edited" | "restored"; createdAt: string }[];
  sections: ReportSectionView[];
  /** Names for the [[solution:…]] and [[policy:…]] references in the text (empty for a reader who cannot edit: their text has the names). */
  references: ReferenceNames;
  /** Names of the solutions and policies the facts tables list by id (plans' steps and phases, policies), for every reader. */
  factNames: ReferenceNames;
  /** The version shown was written before the 诊断报告 structure: its sections are the old ones, to be regenerated. */
  legacy: boolean;
  /** How it was written: which writers, which model. */
  method: { writers: Partial<Record<SectionProvenance["writer"], number>>; models: string[]; cachedSections: number };
  tokenUsage: { prompt: number; completion: number; calls: number } | null;
  facts: ReportFacts | null;
  updatedAt: string;
  published: { version: number; at: string } | null;
  /** What this caller may do with it (the page shows editing and publishing accordingly). */
  access: { edit: boolean; publish: boolean };
}

export async function submittedKey(db: Db, id: string, caller: Caller, permission: Permission = "report.read"): Promise<AuthorisedAssessment> {
  const key = await authorise(db, id, caller, permission);
  if (key.status !== "submitted") {
    throw new AppError(
      "conflict",
      { "zh-CN": "status：评测提交后才会撰写报告", en: "status: the report is written once the assessment is submitted" },
      { issues: [{ field: "status", message: messageText("error.notSubmitted") }] },
    );
  }
  return key;
}

/** Reads never queue work: a report in a language nobody asked for yet is a 404 naming the language. */
function notRequested(): AppError {
  return new AppError(
    "not_found",
    {
      "zh-CN": "这种语言的报告还没有生成：请先发起生成（POST 同一地址）",
      en: "report: not requested in this language yet; POST to the same address to start writing it",
    },
    { issues: [{ field: "language", message: { "zh-CN": "尚未发起", en: "not requested yet" } }] },
  );
}

/** The report of an assessment in a language; with `create` (a write: POST, an export job) created and queued when missing. */
async function reportRow(db: Db, tenantId: string, assessmentId: string, language: Locale, create: boolean) {
  const find = () =>
    db
      .select()
      .from(reports)
      .where(and(eq(reports.assessmentId, assessmentId), eq(reports.language, language)));
  let [row] = await find();
  let queued = false;
  if (!row && !create) throw notRequested();
  if (!row) {
    // The row and its job together: a row without a job (a crash between two statements) would stay
    // "queued" for ever, since later requests find the row and queue nothing.
    queued = await db.transaction(async (tx) => {
      const inserted = await tx.insert(reports).values({ tenantId, assessmentId, language }).onConflictDoNothing().returning({ id: reports.id });
      if (!inserted[0]) return false;
      await enqueueJob(tx, reportJob, { reportId: inserted[0].id }, { tenantId });
      return true;
    });
    [row] = await find();
  }
  if (!row) throw new AppError("internal", { "zh-CN": "报告记录丢失", en: "report row vanished" });
  return { row, queued };
}

export type LoadedReport = { view: ReportView; queued: boolean; tenantId: string; catalogues: Awaited<ReturnType<typeof loadCatalogues>> };

/** A firm owner, or the holder of the visit's link, reading what a consultant made sees the published version only. */
export function publishedOnly(key: Pick<AuthorisedAssessment, "relation" | "mode">): boolean {
  return (key.relation === "owner" || key.relation === "token") && consultantMade(key.mode);
}

export async function getReportView(db: Db, id: string, caller: Caller, language: Locale): Promise<LoadedReport> {
  return reportViewFor(db, await submittedKey(db, id, caller), language);
}

/** Ask for the report in a language (the one submitted is asked for at submit): created and queued once. */
export async function requestReport(db: Db, id: string, caller: Caller, language: Locale): Promise<LoadedReport> {
  return reportViewFor(db, await submittedKey(db, id, caller), language, { create: true });
}

/** The report of an assessment already authorised for the caller (or for a job acting for one). */
export async function reportViewFor(
  db: Db,
  key: Pick<AuthorisedAssessment, "id" | "tenantId" | "relation" | "mode">,
  language: Locale,
  o: { create?: boolean } = {},
): Promise<LoadedReport> {
  const onlyPublished = publishedOnly(key);
  if (onlyPublished) {
    const [published] = await db
      .select({ version: reports.publishedVersion })
      .from(reports)
      .where(and(eq(reports.assessmentId, key.id), eq(reports.language, language)));
    if (published?.version == null) {
      throw new AppError(
        "not_found",
        { "zh-CN": "report：您的顾问尚未发布这份报告", en: "report: your consultant has not published this report yet" },
        { issues: [{ field: "report", message: { "zh-CN": "未发布", en: "not published" } }] },
      );
    }
  }
  const { row, queued } = await reportRow(db, key.tenantId, key.id, language, o.create ?? false);
  const shown = onlyPublished && row.publishedVersion !== null ? row.publishedVersion : row.currentVersion;
  // The list of versions without their content; the content of the current one only.
  const [versions, [current], catalogues] = await Promise.all([
    db
      .select({ version: reportVersions.version, kind: reportVersions.kind, createdAt: reportVersions.createdAt })
      .from(reportVersions)
      .where(and(eq(reportVersions.reportId, row.id), onlyPublished ? eq(reportVersions.version, shown) : undefined))
      .orderBy(asc(reportVersions.version)),
    db
      .select({ sections: reportVersions.sections, provenance: reportVersions.provenance })
      .from(reportVersions)
      .where(and(eq(reportVersions.reportId, row.id), eq(reportVersions.version, shown))),
    loadCatalogues(db, key.tenantId),
  ]);
  const partial = row.partial;
  // Facts stored before the 诊断报告 structure (no format 2) are shown as they are, without sources or tables.
  const facts = row.facts ?? null;
  const currentFacts = facts?.format === 2 ? facts : null;
  const policyLinks = new Map(catalogues.policies.map((p) => [p.id, { title: localizePair(p.title, p.titleEn, language), sources: p.sources }]));
  const progress = row.progress;
  const edit = !onlyPublished && key.relation !== "admin";
  // A regeneration keeps the current version on screen; its sections' states follow the new writing.
  // An owner reads the published version, whatever the consultant is doing meanwhile.
  const writing = !onlyPublished && (row.status === "queued" || row.status === "generating");

  const legacy = isLegacy(current?.sections);
  const sections: ReportSectionView[] =
    legacy && current
      ? legacySections(current.sections, current.provenance, language, writing)
      : SECTION_KEYS.map((k) => {
          const content = current?.sections[k] ?? partial[k]?.content ?? null;
          const provenance = current?.provenance[k] ?? partial[k]?.provenance ?? null;
          return {
            key: k,
            title: SECTION_TITLES[k][language],
            state: current && !writing ? "done" : (progress[k] ?? "queued"),
            content,
            provenance,
            sources: currentFacts ? sectionSources(k, currentFacts, policyLinks, ENGINE_VERSION) : [],
          };
        });
  const solutionIds = new Set<string>();
  const policyIds = new Set<string>();
  for (const s of sections) {
    const text = s.content ? [s.content.headline, ...s.content.paragraphs, ...s.content.bullets].join("\n") : "";
    for (const m of text.matchAll(REFERENCE_TOKEN)) (m[1] === "solution" ? solutionIds : policyIds).add(m[2]!);
  }
  const references: ReferenceNames = {
    solutions: Object.fromEntries(
      catalogues.solutions
        .filter((s) => solutionIds.has(s.id))
        .map((s) => [s.id, { name: s.name[language], provider: s.provider.name[language], demo: s.demo }]),
    ),
    policies: Object.fromEntries(
      catalogues.policies
        .filter((p) => policyIds.has(p.id))
        .map((p) => [p.id, { title: localizePair(p.title, p.titleEn, language), href: `/policies/${p.id}`, demo: p.demo }]),
    ),
  };
  const factNames = namesInFacts(currentFacts, catalogues, language);
  const writers: ReportView["method"]["writers"] = {};
  const models = new Set<string>();
  let cachedSections = 0;
  for (const s of sections) {
    if (!s.provenance) continue;
    writers[s.provenance.writer] = (writers[s.provenance.writer] ?? 0) + 1;
    if (s.provenance.model && s.provenance.writer !== "deterministic") models.add(s.provenance.model);
    if (s.provenance.cached) cachedSections++;
  }
  return {
    queued,
    tenantId: key.tenantId,
    catalogues,
    view: {
      id: row.id,
      assessmentId: key.id,
      language,
      // The published version is complete, whatever is being written or went wrong since.
      status: onlyPublished ? "ready" : row.status,
      error: onlyPublished ? null : row.error,
      version: shown,
      versions: versions.map((v) => ({ version: v.version, kind: v.kind, createdAt: v.createdAt.toISOString() })),
      sections: edit ? sections : sections.map((s) => forReader(s, references, language)),
      references: edit ? references : { solutions: {}, policies: {} },
      factNames,
      legacy,
      method: { writers, models: [...models], cachedSections },
      tokenUsage: row.tokenUsage ?? null,
      facts,
      updatedAt: row.updatedAt.toISOString(),
      published: row.publishedVersion !== null && row.publishedAt ? { version: row.publishedVersion, at: row.publishedAt.toISOString() } : null,
      access: { edit, publish: key.relation === "consultant" },
    },
  };
}

const CURRENT_KEYS: ReadonlySet<string> = new Set(SECTION_KEYS);

/** A version written before the 诊断报告 structure has sections under keys that are no longer ours (level, dimensions…). */
function isLegacy(sections: Record<string, SectionOutput> | undefined): boolean {
  return !!sections && Object.keys(sections).some((k) => !CURRENT_KEYS.has(k));
}

/** An old version's sections as stored, in the old structure's order (unknown keys last), under the titles they were written with. */
function legacySections(
  sections: Record<string, SectionOutput>,
  provenance: Record<string, SectionProvenance>,
  language: Locale,
  writing: boolean,
): ReportSectionView[] {
  const rank = (k: string) => (LEGACY_SECTION_ORDER.includes(k) ? LEGACY_SECTION_ORDER.indexOf(k) : LEGACY_SECTION_ORDER.length);
  const stored = Object.entries(sections).sort(([a], [b]) => rank(a) - rank(b));
  return stored.map(([key, content]) => ({
    key,
    legacy: true as const,
    // The old summary, plan and risks were not the numbered chapters that now share their keys.
    title: (LEGACY_SECTION_TITLES[key] ?? (CURRENT_KEYS.has(key) ? SECTION_TITLES[key as SectionKey] : undefined))?.[language] ?? key,
    // While it is written again in the new structure, the old text stays on screen as it is.
    state: writing ? "queued" : "done",
    content,
    provenance: provenance[key] ?? null,
    // Figures' sources come from facts of the current format, which an old report does not have.
    sources: [],
  }));
}

/** Names for the ids the facts tables show (steps' and phases' solutions, matched policies); none for facts of an older format. */
function namesInFacts(facts: ReportFacts | null, catalogues: Awaited<ReturnType<typeof loadCatalogues>>, language: Locale): ReferenceNames {
  if (!facts) return { solutions: {}, policies: {} };
  const solutionIds = new Set<string>();
  const policyIds = new Set<string>(facts.candidates.policies.map((p) => p.id));
  for (const plan of [facts.plans.next, facts.plans.level2, facts.plans.pain]) {
    if (!plan) continue;
    for (const step of plan.steps) for (const id of step.solutionIds) solutionIds.add(id);
    for (const phase of plan.phases) for (const id of phase.solutionIds) solutionIds.add(id);
    if (plan.bestSubsidy) policyIds.add(plan.bestSubsidy.policyId);
  }
  return {
    solutions: Object.fromEntries(
      catalogues.solutions
        .filter((s) => solutionIds.has(s.id))
        .map((s) => [s.id, { name: s.name[language], provider: s.provider.name[language], demo: s.demo }]),
    ),
    policies: Object.fromEntries(
      catalogues.policies
        .filter((p) => policyIds.has(p.id))
        .map((p) => [p.id, { title: localizePair(p.title, p.titleEn, language), href: `/policies/${p.id}`, demo: p.demo }]),
    ),
  };
}

/**
 * A section as a reader who cannot edit it gets it: names instead of tokens, and without what the
 * grounding check rejected (the model's discarded drafts, which may quote tokens).
 */
function forReader(s: ReportSectionView, references: ReferenceNames, language: Locale): ReportSectionView {
  const provenance = s.provenance ? { ...s.provenance } : null;
  if (provenance) delete provenance.rejected;
  return { ...s, content: s.content ? resolveSection(s.content, references, language) : null, provenance };
}

const editedSection = z
  .object({
    // Cleaned of control and invisible characters: what is printed is what a reader sees.
    headline: text(300, { min: 1 }),
    paragraphs: z
      .array(text(4000, { min: 1 }))
      .min(1, zodText({ "zh-CN": "至少一段", en: "at least one paragraph" }))
      .max(12),
    bullets: z.array(text(600, { min: 1 })).max(20),
  })
  .strict();

export const editReportRequest = z
  .object({
    language: z.enum(["zh-CN", "en"]).default("zh-CN"),
    /** The version the edit started from: a newer one in between is a conflict, not an overwrite. */
    basedOn: z.number().int().min(1),
    sections: z
      .partialRecord(z.enum(SECTION_KEYS), editedSection)
      .refine((s) => Object.keys(s).length > 0, zodText({ "zh-CN": "至少修改一个章节", en: "at least one section" })),
  })
  .strict();

export const restoreReportRequest = z.object({ language: z.enum(["zh-CN", "en"]).default("zh-CN"), version: z.number().int().min(1) }).strict();

async function readyReport(db: Db, id: string, caller: Caller, language: Locale, permission: Permission) {
  const key = await submittedKey(db, id, caller, permission);
  const [row] = await db
    .select()
    .from(reports)
    .where(and(eq(reports.assessmentId, key.id), eq(reports.language, language), eq(reports.tenantId, key.tenantId)));
  if (!row) throw AppError.notFound("report");
  if (row.currentVersion === 0) throw new AppError("conflict", messageText("error.reportWriting"), { issues: [{ field: "status", message: row.status }] });
  return row;
}

/** A new version with the edited sections; the others carried over. */
export async function editReport(db: Db, id: string, caller: Caller, request: z.infer<typeof editReportRequest>): Promise<{ version: number }> {
  const row = await readyReport(db, id, caller, request.language, "report.edit");
  const by = typeof caller === "string" ? null : caller.actor.userId;
  if (request.basedOn !== row.currentVersion) {
    throw new AppError(
      "conflict",
      {
        "zh-CN": `basedOn：报告刚刚有了改动（现为第 ${row.currentVersion} 版），请刷新后再编辑`,
        en: `basedOn: the report changed meanwhile (now version ${row.currentVersion}); reload before editing`,
      },
      { issues: [{ field: "basedOn", message: messageText("error.currentVersion", { version: row.currentVersion }) }] },
    );
  }
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(reportVersions)
      .where(and(eq(reportVersions.reportId, row.id), eq(reportVersions.version, row.currentVersion)));
    if (!current)
      throw new AppError("internal", {
        "zh-CN": `报告 ${row.id} 没有第 ${row.currentVersion} 版`,
        en: `report ${row.id} has no version ${row.currentVersion}`,
      });
    const sections = { ...current.sections };
    const provenance = { ...current.provenance };
    for (const [key, edit] of Object.entries(request.sections)) {
      const before = sections[key] as SectionOutput;
      sections[key] = { ...before, ...edit };
      provenance[key] = { ...provenance[key], writer: "edited" } as SectionProvenance;
    }
    const version = row.currentVersion + 1;
    // The conditional update is the lock: two edits from the same version cannot both land.
    const moved = await tx
      .update(reports)
      .set({ currentVersion: version, updatedAt: new Date() })
      .where(and(eq(reports.id, row.id), eq(reports.currentVersion, row.currentVersion)))
      .returning({ id: reports.id });
    if (moved.length === 0)
      throw new AppError(
        "conflict",
        { "zh-CN": "basedOn：报告刚刚有了改动，请刷新后再编辑", en: "basedOn: the report changed meanwhile; reload before editing" },
        { issues: [{ field: "basedOn", message: { "zh-CN": "已过时", en: "stale" } }] },
      );
    await tx.insert(reportVersions).values({ tenantId: row.tenantId, reportId: row.id, version, kind: "edited", sections, provenance, createdBy: by });
    return { version };
  });
}

/** Any earlier version (the generated draft included) becomes the current one, as a new version. */
export async function restoreReport(db: Db, id: string, caller: Caller, request: z.infer<typeof restoreReportRequest>): Promise<{ version: number }> {
  const row = await readyReport(db, id, caller, request.language, "report.edit");
  const by = typeof caller === "string" ? null : caller.actor.userId;
  return db.transaction(async (tx) => {
    const [source] = await tx
      .select()
      .from(reportVersions)
      .where(and(eq(reportVersions.reportId, row.id), eq(reportVersions.version, request.version)));
    if (!source)
      throw AppError.validation([
        { field: "version", message: { "zh-CN": `这份报告没有第 ${request.version} 版`, en: `no version ${request.version} of this report` } },
      ]);
    const [moved] = await tx
      .update(reports)
      .set({ currentVersion: sql`${reports.currentVersion} + 1`, updatedAt: new Date() })
      .where(eq(reports.id, row.id))
      .returning({ version: reports.currentVersion });
    if (!moved) throw AppError.notFound("report");
    await tx.insert(reportVersions).values({
      tenantId: row.tenantId,
      reportId: row.id,
      version: moved.version,
      kind: "restored",
      sections: source.sections,
      provenance: source.provenance,
      createdBy: by,
    });
    return { version: moved.version };
  });
}

export const regenerateReportRequest = z
  .object({
    language: z.enum(["zh-CN", "en"]).default("zh-CN"),
    /** Sections to write afresh even where they were edited (their edit is dropped); the other edited ones are kept. */
    sections: z
      .array(z.enum(SECTION_KEYS))
      .max(SECTION_KEYS.length)
      .default([])
      .transform((keys) => [...new Set(keys)]),
  })
  .strict();

function stillWriting(status: string): AppError {
  return new AppError(
    "conflict",
    {
      "zh-CN": "status：报告正在撰写中，完成后才能重新生成",
      en: "status: the report is being written; regenerate it once it is done",
    },
    { issues: [{ field: "status", message: status }] },
  );
}

/**
 * Write the report again from fresh facts, as a new "generated" version: the job rewrites every section
 * except the edited ones not listed in `sections`, which it carries over. The current version stays
 * readable (and the owner keeps reading the published one) until the new one is saved.
 */
export async function regenerateReport(
  db: Db,
  id: string,
  caller: Caller,
  request: z.infer<typeof regenerateReportRequest>,
): Promise<{ version: number; status: "queued"; kept: SectionKey[]; rewrite: SectionKey[] }> {
  const row = await readyReport(db, id, caller, request.language, "report.edit");
  return db.transaction(async (tx) => {
    // The conditional update is the lock: a report already being written is not queued twice.
    const moved = await tx
      .update(reports)
      .set({ status: "queued", partial: {}, progress: {}, error: null, updatedAt: new Date() })
      .where(and(eq(reports.id, row.id), inArray(reports.status, ["ready", "failed"])))
      .returning({ version: reports.currentVersion });
    if (!moved[0]) throw stillWriting(row.status);
    const queued = await enqueueJob(tx, reportJob, { reportId: row.id, rewrite: request.sections }, { tenantId: row.tenantId });
    // The previous job has not finished yet (its report just turned ready): the same conflict.
    if (queued === null) throw stillWriting("generating");
    // What the editor is told is kept; the job decides again when it saves (an edit made meanwhile counts).
    const [current] = await tx
      .select({ sections: reportVersions.sections, provenance: reportVersions.provenance })
      .from(reportVersions)
      .where(and(eq(reportVersions.reportId, row.id), eq(reportVersions.version, moved[0].version)));
    const rewrite = new Set<string>(request.sections);
    // An old-structure version keeps nothing (see generate.ts): its edits are not chapters of the new one.
    const kept = isLegacy(current?.sections) ? [] : SECTION_KEYS.filter((k) => current?.provenance[k]?.writer === "edited" && !rewrite.has(k));
    return { version: moved[0].version, status: "queued" as const, kept, rewrite: request.sections };
  });
}
