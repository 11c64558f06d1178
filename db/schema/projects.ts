import { sql } from "drizzle-orm";
import { bigint, bigserial, boolean, check, date, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
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
  (t) => [uniqueIndex("project_milestones_position_key").on(t.projectId, t.position)],
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
