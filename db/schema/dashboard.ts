import { sql } from "drizzle-orm";
import { date, doublePrecision, integer, jsonb, pgTable, primaryKey, smallint, text, uuid } from "drizzle-orm/pg-core";
import { tenants } from "./tenants";

/**
 * The city dashboard's figures kept as results arrive (lib/dashboard/rollup.ts): one cell per portal,
 * scope (0: each firm's latest result, 1: every result), China day, template, and either size class
 * and 规上 (0 no, 1 yes, 2 unknown; grouping dim "") or one grouping — 细分行业, district or 大类 with its
 * value (size "*", 规上 -1) — holding the counts and sums the dashboard's queries add up. A view reads a
 * few thousand cells, not every result.
 */
export const dashboardCells = pgTable(
  "dashboard_cells",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    scope: smallint("scope").notNull(),
    dim: text("dim").notNull(),
    key: text("key").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    templateId: text("template_id").notNull(),
    sizeClass: text("size_class").notNull(),
    above: smallint("above").notNull(),
    n: integer("n").notNull(),
    /** Firms (or results) at level 0…4. */
    levels: integer("levels").array().notNull(),
    sumTotal: doublePrecision("sum_total").notNull(),
    /** Of them 规上, and 规上 at 二级 or above (the pilot target's figures). */
    aboveN: integer("above_n").notNull(),
    aboveAt2: integer("above_at2").notNull(),
    /** Results with a capability vector, and its sum position by position. */
    capN: integer("cap_n").notNull(),
    capSum: doublePrecision("cap_sum").array(),
    /** Latest results of firms assessed before: how their level moved. */
    prevN: integer("prev_n").notNull(),
    up: integer("up").notNull(),
    same: integer("same").notNull(),
    down: integer("down").notNull(),
    reached2: integer("reached2").notNull(),
    sumDelta: doublePrecision("sum_delta").notNull(),
    /** Subsidies matched: results matched, with an eligible policy, with a possible one only, the best estimates' sum, and per policy [eligible, possible]. */
    matched: integer("matched").notNull(),
    eligible: integer("eligible").notNull(),
    possibleOnly: integer("possible_only").notNull(),
    bestYuan: doublePrecision("best_yuan").notNull(),
    policies: jsonb("policies")
      .$type<Record<string, [number, number]>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.scope, t.dim, t.key, t.day, t.templateId, t.sizeClass, t.above] })],
);

/** Days whose cells no longer match the results (a submission, a firm's earlier result superseded, subsidies matched): refreshed before the next read. */
export const dashboardDirtyDays = pgTable(
  "dashboard_dirty_days",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.day] })],
);

/**
 * The usage funnel's steps per portal, China day and kind, counted as the events are written (a
 * trigger on usage_events, migration 0017): the funnel adds up days, not events.
 */
export const usageDaily = pgTable(
  "usage_daily",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    kind: text("kind").notNull(),
    n: integer("n").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.day, t.kind] })],
);
