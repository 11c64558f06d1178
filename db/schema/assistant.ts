import { sql } from "drizzle-orm";
import { check, customType, index, integer, jsonb, pgTable, real, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { assessments } from "./assessments";
import { enterprises } from "./enterprises";
import { tenants } from "./tenants";
import { users } from "./users";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * 小镝客服 (lib/assistant): what it can cite, indexed for PostgreSQL full-text search. Passages of the
 * model and the FAQ belong to no portal (tenant_id null); a catalogue row's passages belong to the
 * portal that owns the row and are found only by the portals that see that catalogue. The caller's
 * own result is never stored here: it is ranked with these in the query that asks.
 */
export const assistantPassages = pgTable(
  "assistant_passages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** What the passage was built from, as one key: faq, model:<template>, policy:<row id>, solution:<row id>. */
    source: text("source").notNull(),
    tenantId: uuid("tenant_id").references(() => tenants.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    refId: text("ref_id").notNull(),
    lang: text("lang").notNull(),
    position: smallint("position").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    url: text("url"),
    /** Title terms weighted A, keywords B, body D (lib/assistant/text.ts makes the terms). */
    terms: tsvector("terms").notNull(),
    /** From the configured embeddings endpoint, when there is one (cosine similarity in lib/assistant/retrieve.ts). */
    embedding: real("embedding").array(),
    /** Which model made the vector: one made by another model is made again. */
    embeddingModel: text("embedding_model"),
  },
  (t) => [
    index("assistant_passages_terms_idx").using("gin", t.terms),
    index("assistant_passages_source_idx").on(t.source),
    check("assistant_passages_lang_check", sql`${t.lang} in ('zh-CN', 'en')`),
  ],
);

/** Each source as last indexed: rebuilt when its fingerprint changes (a policy or solution edited, the FAQ or model updated). */
export const assistantSources = pgTable("assistant_sources", {
  source: text("source").primaryKey(),
  tenantId: uuid("tenant_id").references(() => tenants.id, { onDelete: "cascade" }),
  fingerprint: text("fingerprint").notNull(),
  passages: integer("passages").notNull(),
  indexedAt: timestamp("indexed_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One line per question asked, for the dashboard: no text, only what came of it. */
export const assistantQuestions = pgTable(
  "assistant_questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    askedAt: timestamp("asked_at", { withTimezone: true }).notNull().defaultNow(),
    lang: text("lang").notNull(),
    /** answered (from passages), unanswered (nothing relevant found), refused (out of scope), handoff (asked for a person). */
    outcome: text("outcome").notNull(),
    /** The FAQ topic or the kind of the best passage; null when nothing was found. */
    topic: text("topic"),
    /** Who asked: anonymous, token (a firm's resume link), or signed in. */
    callerKind: text("caller_kind").notNull(),
    withLlm: smallint("with_llm").notNull().default(0),
  },
  (t) => [
    index("assistant_questions_tenant_idx").on(t.tenantId, t.askedAt),
    check("assistant_questions_outcome_check", sql`${t.outcome} in ('answered', 'unanswered', 'refused', 'handoff')`),
  ],
);

/**
 * 转人工: a conversation handed to the portal's staff (or the firm's consultant), with the messages
 * that follow. The firm reads replies in the assistant (through its resume link or account) and by mail.
 */
export const assistantTickets = pgTable(
  "assistant_tickets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    assessmentId: uuid("assessment_id").references(() => assessments.id, { onDelete: "set null" }),
    enterpriseId: uuid("enterprise_id").references(() => enterprises.id, { onDelete: "set null" }),
    requesterUserId: uuid("requester_user_id").references(() => users.id, { onDelete: "set null" }),
    /** The consultant the firm works with, who sees the ticket too. */
    consultantUserId: uuid("consultant_user_id").references(() => users.id, { onDelete: "set null" }),
    contactEmail: text("contact_email"),
    /** The asker's key to read the replies (sha-256; the key itself is shown once, kept on the device). */
    accessTokenHash: text("access_token_hash").notNull(),
    status: text("status").notNull().default("open"),
    subject: text("subject").notNull(),
    /** The conversation with the assistant before the hand-over: [{ role, text }]. */
    transcript: jsonb("transcript").$type<{ role: "user" | "assistant"; text: string }[]>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("assistant_tickets_tenant_idx").on(t.tenantId, t.status, t.updatedAt),
    index("assistant_tickets_assessment_idx").on(t.assessmentId),
    check("assistant_tickets_status_check", sql`${t.status} in ('open', 'answered', 'closed')`),
  ],
);

export const assistantTicketMessages = pgTable(
  "assistant_ticket_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => assistantTickets.id, { onDelete: "cascade" }),
    /** firm (the asker) or staff (an officer or the consultant). */
    author: text("author").notNull(),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("assistant_ticket_messages_ticket_idx").on(t.ticketId, t.createdAt),
    check("assistant_ticket_messages_author_check", sql`${t.author} in ('firm', 'staff')`),
  ],
);
