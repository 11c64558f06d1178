import { sql } from "drizzle-orm";
import { bigint, bigserial, boolean, check, date, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { policies } from "./catalogues";
import { storedFiles } from "./files";
import { projectItems, projects } from "./projects";
import { tenants } from "./tenants";
import { users } from "./users";

/** One material of a policy's checklist as the applicant handled it: uploaded files are in subsidy_application_files. */
export interface SubsidyMaterialState {
  name: string;
  /** Handed in on paper (or at the counter) instead of uploaded. */
  offline: boolean;
  note: string | null;
}

/**
 * A project's application for one policy's money (lib/subsidies): the batch and its deadline, the
 * materials the policy lists, the items claimed, and a state 申报 → 审核 → 公示 → 拨付 (or returned,
 * refused, withdrawn). Money in fen. A project applies to a policy once at a time.
 */
export const subsidyApplications = pgTable(
  "subsidy_applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    policyId: uuid("policy_id")
      .notNull()
      .references(() => policies.id, { onDelete: "no action" }),
    /** The policy's code and title when the application was made (a policy may be renamed or retired later). */
    policyCode: text("policy_code").notNull(),
    policyTitle: text("policy_title").notNull(),
    batch: text("batch").notNull(),
    deadline: date("deadline", { mode: "string" }),
    status: text("status").notNull().default("draft"),
    requestedFen: bigint("requested_fen", { mode: "number" }).notNull(),
    /** What the policy's percent and cap give on the items claimed, when they are known (the reviewer sees a request above it). */
    estimateFen: bigint("estimate_fen", { mode: "number" }),
    approvedFen: bigint("approved_fen", { mode: "number" }),
    paidFen: bigint("paid_fen", { mode: "number" }),
    paidOn: date("paid_on", { mode: "string" }),
    materials: jsonb("materials").$type<SubsidyMaterialState[]>().notNull(),
    lastNote: text("last_note"),
    revision: integer("revision").notNull().default(0),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    stateSince: timestamp("state_since", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("subsidy_applications_status_known", sql`${t.status} in ('draft', 'applied', 'reviewing', 'publicized', 'paid', 'rejected', 'withdrawn')`),
    check(
      "subsidy_applications_amounts",
      sql`${t.requestedFen} > 0 and (${t.approvedFen} is null or ${t.approvedFen} between 0 and ${t.requestedFen}) and (${t.paidFen} is null or ${t.paidFen} between 0 and coalesce(${t.approvedFen}, ${t.requestedFen}))`,
    ),
    // One live application per project and policy: a refused or withdrawn one may be followed by another.
    uniqueIndex("subsidy_applications_live_key")
      .on(t.projectId, t.policyId)
      .where(sql`${t.status} not in ('rejected', 'withdrawn')`),
    index("subsidy_applications_tenant_status_idx").on(t.tenantId, t.status, t.stateSince),
  ],
);

/** The contract items an application claims: an item is claimed by one live application at most (no item funded twice). */
export const subsidyApplicationItems = pgTable(
  "subsidy_application_items",
  {
    applicationId: uuid("application_id")
      .notNull()
      .references(() => subsidyApplications.id, { onDelete: "cascade" }),
    projectItemId: uuid("project_item_id")
      .notNull()
      .references(() => projectItems.id, { onDelete: "cascade" }),
    amountFen: bigint("amount_fen", { mode: "number" }).notNull(),
    /** Set when the application is refused or withdrawn: the item may then be claimed again. */
    released: boolean("released").notNull().default(false),
  },
  (t) => [
    uniqueIndex("subsidy_application_items_pair_key").on(t.applicationId, t.projectItemId),
    uniqueIndex("subsidy_application_items_once_key")
      .on(t.projectItemId)
      .where(sql`not ${t.released}`),
  ],
);

/** Files uploaded for a material of the checklist (by its position in `materials`). */
export const subsidyApplicationFiles = pgTable(
  "subsidy_application_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => subsidyApplications.id, { onDelete: "cascade" }),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    material: smallint("material").notNull(),
    fileId: uuid("file_id")
      .notNull()
      .references(() => storedFiles.id, { onDelete: "cascade" }),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("subsidy_application_files_application_idx").on(t.applicationId, t.material)],
);

/** Every move of an application, with who made it, why and the amount it set. */
export const subsidyApplicationEvents = pgTable(
  "subsidy_application_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => subsidyApplications.id, { onDelete: "cascade" }),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    amountFen: bigint("amount_fen", { mode: "number" }),
    note: text("note"),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("subsidy_application_events_application_idx").on(t.applicationId, t.at)],
);
