import { json, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { assessments } from "./assessments";
import { tenants } from "./tenants";

/**
 * The plans of a submitted assessment (least-cost and 从痛点出发, to the next level and to 二级), computed
 * once in the background and read by the result page, the report and the PDF, so that all three show
 * the same plan. `fingerprint` says what they were computed from (the tenant's catalogues as they
 * were, the day, the plan code's version): a different one means they are computed again.
 */
export const assessmentPlans = pgTable("assessment_plans", {
  assessmentId: uuid("assessment_id")
    .primaryKey()
    .references(() => assessments.id, { onDelete: "cascade" }),
  tenantId: uuid("tenant_id")
    .notNull()
    .references(() => tenants.id, { onDelete: "cascade" }),
  fingerprint: text("fingerprint").notNull(),
  // json, not jsonb: read back byte for byte, so a report written from it sends the model the same text.
  plans: json("plans").notNull(),
  computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
});
