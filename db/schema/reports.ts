import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { ReportFacts, SectionOutput } from "@/prompts/report";
import { assessments } from "./assessments";
import { language, reportStatus, reportVersionKind } from "./enums";
import { tenants } from "./tenants";
import { users } from "./users";

/** Which writer produced a section and what, if anything, the grounding check rejected. */
export interface SectionProvenance {
  writer: "llm" | "llm_repaired" | "deterministic" | "edited";
  model?: string;
  promptVersion?: string;
  rejected?: string[];
  /** Served from the section cache (no model call). */
  cached?: boolean;
}

/** Where one section of a report being written stands. */
export type SectionState = "queued" | "running" | "done" | "failed";

export const reports = pgTable(
  "reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    language: language("language").notNull(),
    status: reportStatus("status").notNull().default("queued"),
    /** Per-section progress while generating: section → queued | running | done | failed. */
    progress: jsonb("progress").$type<Record<string, SectionState>>().notNull().default({}),
    currentVersion: integer("current_version").notNull().default(0),
    publishedVersion: integer("published_version"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedBy: uuid("published_by").references(() => users.id, { onDelete: "set null" }),
    /** Sections finished so far while generating (shown as they fill in), with who wrote them. */
    partial: jsonb("partial").$type<Record<string, { content: SectionOutput; provenance: SectionProvenance }>>().notNull().default({}),
    /** The facts the sections were written from, frozen with the report (figures and their sources). */
    facts: jsonb("facts").$type<ReportFacts>(),
    tokenUsage: jsonb("token_usage").$type<{ prompt: number; completion: number; calls: number }>(),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("reports_assessment_language_key").on(t.assessmentId, t.language), index("reports_tenant_idx").on(t.tenantId, t.createdAt)],
);

/** Every generated, edited or restored state of a report; version 1 is the generated draft. */
export const reportVersions = pgTable(
  "report_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    kind: reportVersionKind("kind").notNull(),
    sections: jsonb("sections").$type<Record<string, SectionOutput>>().notNull(),
    provenance: jsonb("provenance").$type<Record<string, SectionProvenance>>().notNull().default({}),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("report_versions_report_version_key").on(t.reportId, t.version)],
);

/** Sections reused when the facts, prompt version and model are identical (key is their hash). */
export const reportSectionCache = pgTable(
  "report_section_cache",
  {
    cacheKey: text("cache_key").primaryKey(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    section: text("section").notNull(),
    content: jsonb("content").$type<SectionOutput>().notNull(),
    model: text("model").notNull(),
    promptVersion: text("prompt_version").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("report_section_cache_tenant_idx").on(t.tenantId)],
);
