import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  json,
  jsonb,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { Result } from "@/scoring";
import { enterprises } from "./enterprises";
import { assessmentMode, assessmentStatus, language, sizeClass } from "./enums";
import { storedFiles } from "./files";
import { tenants } from "./tenants";
import { users } from "./users";

export const RESULT_ORIGINS = ["real", "demo", "synthetic"] as const;
export type ResultOrigin = (typeof RESULT_ORIGINS)[number];

/** An answer as the API takes it: an option code, option codes (multi) or a scene level 0–4. */
export type StoredAnswer = string | string[] | number;
/** Numeric evidence behind a derived band or trend, per question code (e.g. equipment counts). */
export type StoredEvidence = Record<string, number | string | null>;
/** A generated firm's compact result (lib/dashboard/synthetic-writer.ts): figures only, nothing to explain. */
export interface SyntheticResultDetail {
  synthetic: true;
  level: number;
  total: number;
}
/** `assessment_results.detail`: the engine's explained result, or a generated firm's compact one. */
export type StoredResultDetail = Result | SyntheticResultDetail;

/**
 * One row per assessment, created at the start and patched answer by answer (the basis of save and
 * resume). The resume secret is stored only as a hash.
 */
export const assessments = pgTable(
  "assessments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    templateId: text("template_id").notNull(),
    templateVersion: text("template_version").notNull(),
    status: assessmentStatus("status").notNull().default("draft"),
    mode: assessmentMode("mode").notNull().default("self"),
    language: language("language").notNull().default("zh-CN"),
    answers: jsonb("answers").$type<Record<string, StoredAnswer>>().notNull().default({}),
    evidence: jsonb("evidence").$type<Record<string, StoredEvidence>>().notNull().default({}),
    /** What the firm wrote about itself (main business, pain points): untrusted text, quoted to the LLM. */
    context: jsonb("context").$type<{ description?: string; painPoints?: string; visitPeople?: string }>().notNull().default({}),
    /** Seconds spent per question code, summed over visits (usage analysis). */
    timings: jsonb("timings").$type<Record<string, number>>().notNull().default({}),
    currentStep: text("current_step"),
    /** Incremented on every patch; clients send it back to detect concurrent edits. */
    revision: integer("revision").notNull().default(0),
    resumeTokenHash: text("resume_token_hash").notNull(),
    resumeTokenExpiresAt: timestamp("resume_token_expires_at", { withTimezone: true }).notNull(),
    ownerUserId: uuid("owner_user_id").references(() => users.id, { onDelete: "set null" }),
    consultantUserId: uuid("consultant_user_id").references(() => users.id, { onDelete: "set null" }),
    embedOrigin: text("embed_origin"),
    pledgeAcceptedAt: timestamp("pledge_accepted_at", { withTimezone: true }),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    lastAnsweredAt: timestamp("last_answered_at", { withTimezone: true }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("assessments_resume_token_key").on(t.resumeTokenHash),
    index("assessments_tenant_status_idx").on(t.tenantId, t.status, t.submittedAt),
    index("assessments_enterprise_idx").on(t.enterpriseId, t.createdAt),
    index("assessments_owner_idx")
      .on(t.ownerUserId)
      .where(sql`${t.ownerUserId} is not null`),
    index("assessments_consultant_idx")
      .on(t.consultantUserId)
      .where(sql`${t.consultantUserId} is not null`),
  ],
);

/** Evidence files attached to an answer (consultant on-site mode). */
export const assessmentFiles = pgTable(
  "assessment_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    questionCode: text("question_code").notNull(),
    fileId: uuid("file_id")
      .notNull()
      .references(() => storedFiles.id, { onDelete: "cascade" }),
    caption: text("caption"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("assessment_files_assessment_idx").on(t.assessmentId)],
);

/**
 * The scored result of a submitted assessment. Firm facts are copied in at scoring time so that the
 * city dashboard aggregates one table with indexes instead of joining at 100k rows.
 */
export const assessmentResults = pgTable(
  "assessment_results",
  {
    assessmentId: uuid("assessment_id")
      .primaryKey()
      .references(() => assessments.id, { onDelete: "cascade" }),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    templateId: text("template_id").notNull(),
    templateVersion: text("template_version").notNull(),
    engineVersion: text("engine_version").notNull(),
    total: doublePrecision("total").notNull(),
    /** 0 = 未达一级, 1–4 = 一级–四级. */
    level: smallint("level").notNull(),
    /** Non-manufacturing templates give a 参考等级 only. */
    isReference: boolean("is_reference").notNull().default(false),
    dimensionScores: jsonb("dimension_scores").$type<Record<string, number>>().notNull(),
    sceneLevels: jsonb("scene_levels").$type<Record<string, number>>().notNull(),
    /**
     * The full explained result of the engine, frozen at submission. Plain json, not jsonb: it is only
     * ever read whole, and parsing ~6 KB into jsonb doubled the cost of a submit.
     */
    detail: json("detail").$type<StoredResultDetail>().notNull(),
    industryCode: text("industry_code").notNull(),
    industrySegment: text("industry_segment"),
    cityCode: text("city_code"),
    districtCode: text("district_code"),
    sizeClass: sizeClass("size_class"),
    aboveScale: boolean("above_scale"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
    /** The firm's most recent result: the dashboard counts each firm once, by this row. */
    isLatest: boolean("is_latest").notNull().default(true),
    /** The firm's previous result when this one replaced it (progress of reassessed firms). */
    previousLevel: smallint("previous_level"),
    previousTotal: doublePrecision("previous_total"),
    /**
     * Subsidy policies matched on the firm's funded path (to the next level and to 二级), written when
     * its report's facts are computed, from the catalogue of that day; null until then.
     */
    subsidyEligible: text("subsidy_eligible").array(),
    subsidyPossible: text("subsidy_possible").array(),
    /** The largest eligible subsidy estimate in yuan (subsidies are not assumed to stack). */
    subsidyBestYuan: integer("subsidy_best_yuan"),
    subsidiesMatchedAt: timestamp("subsidies_matched_at", { withTimezone: true }),
    /**
     * Dimension scores then scene levels, in the template's order: the dashboard averages them by
     * position from a covering index, far faster than reading each code out of the jsonb.
     */
    capabilityVector: real("capability_vector").array().$type<(number | null)[]>(),
    /**
     * What the row is: a firm's own submission (`real`), one made by a demo account (`demo`), or a
     * generated firm for the dashboard at scale (`synthetic`). Only `real` rows are ever peers. Set at
     * submit; synthetic rows are marked by a trigger on their engine version (migration 0009).
     */
    origin: text("origin").$type<ResultOrigin>().notNull().default("real"),
    /**
     * The peer benchmark, computed once in the background right after submit and then only read, so
     * that the result page, the report and the PDF show the same figures (lib/assessments/peers.ts);
     * null while it is being computed.
     */
    benchmark: json("benchmark").$type<Record<string, unknown>>(),
  },
  (t) => [
    // The dashboard's covering indexes (tenant, submitted_at) INCLUDE (…), every result and latest
    // only, are created in migration 0007, and the peers' covering index (template, industry, size,
    // city) INCLUDE (firm, total, vector) over real latest results in 0009: drizzle cannot declare
    // INCLUDE columns.
    check("assessment_results_origin_kind", sql`${t.origin} in ('real', 'demo', 'synthetic')`),
    index("assessment_results_tenant_segment_idx").on(t.tenantId, t.industrySegment, t.level),
    index("assessment_results_enterprise_idx").on(t.enterpriseId, t.submittedAt),
  ],
);

/** Funnel and per-question usage events (产品使用分析). */
export const usageEvents = pgTable(
  "usage_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    assessmentId: uuid("assessment_id").references(() => assessments.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(), // started | step_viewed | question_answered | submitted | report_read | pdf_downloaded
    step: text("step"),
    questionCode: text("question_code"),
    durationMs: integer("duration_ms"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("usage_events_tenant_kind_at_idx").on(t.tenantId, t.kind, t.at),
    index("usage_events_assessment_idx").on(t.assessmentId),
    // Funnel steps happen once per assessment, so the funnel counts rows (an index-only scan).
    uniqueIndex("usage_events_funnel_once_idx")
      .on(t.assessmentId, t.kind)
      .where(sql`${t.kind} in ('started', 'submitted', 'report_read', 'pdf_downloaded')`),
  ],
);

/**
 * Time per question rolled up by portal and day the assessment started (China time), added when an
 * assessment is submitted and its timings are final; each assessment's time on a question capped at
 * ten minutes, so that a tab left open does not count as an hour.
 */
export const questionTimeDaily = pgTable(
  "question_time_daily",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    code: text("code").notNull(),
    seconds: doublePrecision("seconds").notNull().default(0),
    assessments: integer("assessments").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.day, t.code] })],
);
