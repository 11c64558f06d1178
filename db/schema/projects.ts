import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { assessments } from "./assessments";
import { enterprises } from "./enterprises";
import { storedFiles } from "./files";
import { tenants } from "./tenants";
import { users } from "./users";

/**
 * A firm's transformation project in a portal's pilot programme (lib/projects): the provider, the
 * baseline assessment and the target, the contract and its items, milestones, and a state that moves by
 * the transitions of lib/projects/workflow.ts, each one recorded in project_events. Money is in fen
 * (integers): the items must add up to the contract exactly.
 */
export const projects = pgTable(
  "projects",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    status: text("status").notNull().default("draft"),
    /** The submitted assessment the project starts from, and the one made after completion. */
    baselineAssessmentId: uuid("baseline_assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "no action" }),
    afterAssessmentId: uuid("after_assessment_id").references(() => assessments.id, { onDelete: "set null" }),
    /** The provider: always a name; a consultant of the portal when it is one (they act on the project). */
    providerName: text("provider_name").notNull(),
    providerUserId: uuid("provider_user_id").references(() => users.id, { onDelete: "set null" }),
    targetLevel: smallint("target_level").notNull(),
    targetScenes: text("target_scenes")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    contractAmountFen: bigint("contract_amount_fen", { mode: "number" }).notNull(),
    /** The contract is a 小快轻准 (small, fast, light, precise) product or service. */
    lightweight: boolean("lightweight").notNull().default(false),
    contractSignedOn: date("contract_signed_on", { mode: "string" }),
    /** Set when the administrator records the payment. */
    paidAmountFen: bigint("paid_amount_fen", { mode: "number" }),
    /** The last refusal or return, with its reason (also in the events). */
    lastNote: text("last_note"),
    /** Incremented on every change: a stale edit gets a 409. */
    revision: integer("revision").notNull().default(0),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** The firm's district and 细分行业 when the project was filed (the pipeline's groups read projects only). */
    districtCode: text("district_code"),
    industrySegment: text("industry_segment"),
    /** When it first reached each state (from its events, by a trigger of migration 0017): the pipeline reads projects only. */
    reachedAt: jsonb("reached_at")
      .$type<Record<string, string>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** When the project entered its present state (time in stage, overdue lists). */
    stateSince: timestamp("state_since", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      "projects_status_known",
      sql`${t.status} in ('draft', 'filed', 'contracted', 'implementing', 'completed', 'acceptance_submitted', 'accepted', 'rejected', 'paid')`,
    ),
    check("projects_target_level_range", sql`${t.targetLevel} between 1 and 4`),
    check("projects_amounts_non_negative", sql`${t.contractAmountFen} >= 0 and coalesce(${t.paidAmountFen}, 0) >= 0`),
    index("projects_tenant_status_idx").on(t.tenantId, t.status, t.stateSince),
    index("projects_enterprise_idx").on(t.enterpriseId, t.createdAt),
    index("projects_provider_idx")
      .on(t.providerUserId)
      .where(sql`${t.providerUserId} is not null`),
  ],
);

/** As lib/projects/workflow.ts lists them (the check constraint below keeps the table to them). */
export type ProjectItemCategory = "software" | "hardware" | "service";

/** The contract's items, split 软件/硬件/服务, each optionally a catalogue solution. */
export const projectItems = pgTable(
  "project_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    position: smallint("position").notNull(),
    name: text("name").notNull(),
    category: text("category").$type<ProjectItemCategory>().notNull(),
    amountFen: bigint("amount_fen", { mode: "number" }).notNull(),
    solutionCode: text("solution_code"),
  },
  (t) => [
    uniqueIndex("project_items_position_key").on(t.projectId, t.position),
    check("project_items_category_known", sql`${t.category} in ('software', 'hardware', 'service')`),
    check("project_items_amount_non_negative", sql`${t.amountFen} >= 0`),
  ],
);

export const projectMilestones = pgTable(
  "project_milestones",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    position: smallint("position").notNull(),
    name: text("name").notNull(),
    due: date("due", { mode: "string" }).notNull(),
    doneOn: date("done_on", { mode: "string" }),
    note: text("note"),
    reportedBy: uuid("reported_by").references(() => users.id, { onDelete: "set null" }),
    reportedAt: timestamp("reported_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("project_milestones_position_key").on(t.projectId, t.position),
    // The dashboard's overdue list: open milestones by date, the most overdue first.
    index("project_milestones_open_due_idx")
      .on(t.due)
      .where(sql`${t.doneOn} is null`),
  ],
);

/** Every transition (and the creation), with who made it and why: the audit trail and the time in each stage. */
export const projectEvents = pgTable(
  "project_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    note: text("note"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("project_events_project_idx").on(t.projectId, t.at), index("project_events_tenant_to_idx").on(t.tenantId, t.toStatus, t.at)],
);

/** Files per stage (the signed contract, delivery notes, photos): listed in the acceptance pack. */
export const projectDocuments = pgTable(
  "project_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    stage: text("stage").notNull(),
    label: text("label").notNull(),
    fileId: uuid("file_id")
      .notNull()
      .references(() => storedFiles.id, { onDelete: "cascade" }),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("project_documents_project_idx").on(t.projectId, t.stage)],
);

/**
 * A portal's own versions of the project forms (lib/projects/forms.ts): a save adds a version, the
 * latest active one is asked; answers keep the version they were given against.
 */
export const formTemplates = pgTable(
  "form_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    version: integer("version").notNull(),
    definition: jsonb("definition").$type<Record<string, unknown>>().notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("form_templates_version_key").on(t.tenantId, t.key, t.version)],
);

/** A project's answers to one form (the latest; each save is audited). */
export const projectForms = pgTable(
  "project_forms",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    /** The template version answered: 0 is the built-in form. */
    version: integer("version").notNull(),
    values: jsonb("values").$type<Record<string, unknown>>().notNull(),
    answeredBy: uuid("answered_by").references(() => users.id, { onDelete: "set null" }),
    /** Which side answered: the firm, its provider, or the portal recording the firm's answer. */
    answeredAs: text("answered_as").notNull(),
    answeredAt: timestamp("answered_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.key] })],
);

/**
 * The outcome survey a year after acceptance: a job mails the firm a link (its secret stored as a
 * hash); the answer counts in the provider's scorecard.
 */
export const projectOutcomeSurveys = pgTable(
  "project_outcome_surveys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    tokenHash: text("token_hash"),
    sentTo: text("sent_to"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** Why it could not be sent (no address on file), for the portal to follow up. */
    notSent: text("not_sent"),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    /** 1–5: how far the project's benefits have lasted. */
    rating: smallint("rating"),
    stillInUse: boolean("still_in_use"),
    comment: text("comment"),
  },
  (t) => [
    uniqueIndex("project_outcome_surveys_project_key").on(t.projectId),
    uniqueIndex("project_outcome_surveys_token_key")
      .on(t.tokenHash)
      .where(sql`${t.tokenHash} is not null`),
    check("project_outcome_surveys_rating_range", sql`${t.rating} is null or ${t.rating} between 1 and 5`),
  ],
);
