import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { enterprises } from "./enterprises";
import { tenants } from "./tenants";
import { users } from "./users";

/**
 * Webhooks (lib/webhooks): endpoints a portal or a consultant registers to be told when something
 * happens. Each event is kept once with a stable id; each endpoint that wants it gets a delivery, sent
 * by the job queue, signed, retried with backoff for a day, every attempt logged.
 */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** portal: every firm of the portal; consultant: the events of its clients only. */
    ownerKind: text("owner_kind").notNull(),
    url: text("url").notNull(),
    description: text("description"),
    events: text("events").array().notNull(),
    /** The signing secret, sealed (lib/auth/sealed.ts): shown once, needed again for every signature. */
    secretSealed: text("secret_sealed").notNull(),
    /** After a rotation the old secret signs too until it expires, so receivers can switch without a gap. */
    previousSecretSealed: text("previous_secret_sealed"),
    previousSecretExpiresAt: timestamp("previous_secret_expires_at", { withTimezone: true }),
    active: boolean("active").notNull().default(true),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    disabledReason: text("disabled_reason"),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("webhook_endpoints_tenant_idx").on(t.tenantId, t.active),
    check("webhook_endpoints_owner_kind_check", sql`${t.ownerKind} in ('portal', 'consultant')`),
  ],
);

/** Something that happened, once: its id is the one every delivery of it carries (receivers de-duplicate by it). */
export const webhookEvents = pgTable(
  "webhook_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** The firm it concerns: a consultant's endpoint hears only of its clients. */
    enterpriseId: uuid("enterprise_id").references(() => enterprises.id, { onDelete: "set null" }),
    type: text("type").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // By firm too: deleting a firm sets its events' firm to null, which would scan the table without it.
  (t) => [index("webhook_events_tenant_idx").on(t.tenantId, t.createdAt), index("webhook_events_enterprise_idx").on(t.enterpriseId)],
);

/** One event to one endpoint: pending until a 2xx answer, failed after a day of retries. */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    endpointId: uuid("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    eventId: uuid("event_id")
      .notNull()
      .references(() => webhookEvents.id, { onDelete: "cascade" }),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    /** A replay starts a new day of retries from here. */
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("webhook_deliveries_pair_key").on(t.endpointId, t.eventId),
    index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.createdAt),
    index("webhook_deliveries_event_idx").on(t.eventId),
    check("webhook_deliveries_status_check", sql`${t.status} in ('pending', 'delivered', 'failed')`),
  ],
);

/** Every attempt, for the delivery log: the answer's status (or why there was none) and how long it took. */
export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    deliveryId: uuid("delivery_id")
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: "cascade" }),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    statusCode: integer("status_code"),
    error: text("error"),
    durationMs: integer("duration_ms").notNull(),
    /** Sent because someone pressed 重新发送, not by the schedule. */
    manual: boolean("manual").notNull().default(false),
  },
  (t) => [index("webhook_attempts_delivery_idx").on(t.deliveryId, t.at)],
);
