import { sql } from "drizzle-orm";
import { boolean, date, index, jsonb, pgTable, real, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { PolicyEntry } from "../catalogue/policies";
import type { SolutionEntry } from "../catalogue/solutions";
import { policyStatus, recordStatus } from "./enums";
import { storedFiles } from "./files";
import { tenants } from "./tenants";
import { users } from "./users";

/**
 * Solutions (products and services). Rows of the platform tenant form the shared catalogue; a city
 * adds its own. Searchable facts are columns; the validated entry as a whole is `data`.
 */
export const solutions = pgTable(
  "solutions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    category: text("category").notNull(),
    name: text("name").notNull(),
    provider: text("provider").notNull(),
    scenes: text("scenes")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    isDemo: boolean("is_demo").notNull().default(false),
    data: jsonb("data").$type<SolutionEntry>().notNull(),
    status: recordStatus("status").notNull().default("active"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("solutions_tenant_code_key").on(t.tenantId, t.code), index("solutions_tenant_status_idx").on(t.tenantId, t.status)],
);

/**
 * Subsidy policies. Region and window are columns for matching; conditions, each with its quoted
 * clause and confidence, are in `data`. Unknown facts stay null, never invented.
 */
export const policies = pgTable(
  "policies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    title: text("title").notNull(),
    issuer: text("issuer"),
    docNo: text("doc_no"),
    province: text("province"),
    city: text("city"),
    district: text("district"),
    issuedOn: text("issued_on"),
    validUntil: date("valid_until"),
    sourceUrls: text("source_urls")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    confidence: text("confidence"),
    isDemo: boolean("is_demo").notNull().default(false),
    /** As written; older rows may predate a field, so readers parse with policyEntry (catalogue-store). */
    data: jsonb("data").$type<PolicyEntry>().notNull(),
    status: policyStatus("status").notNull().default("active"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("policies_tenant_code_key").on(t.tenantId, t.code), index("policies_tenant_status_idx").on(t.tenantId, t.status)],
);

/** Uploaded policy documents (文档解读) and the structured policy proposed from them. */
export const policyDocuments = pgTable(
  "policy_documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    fileId: uuid("file_id")
      .notNull()
      .references(() => storedFiles.id, { onDelete: "cascade" }),
    extractedText: text("extracted_text"),
    /** Where the text came from: the PDF's text layer (or a text file), or OCR of a scan (errors possible). */
    textSource: text("text_source").notNull().default("text"), // text | ocr
    /** OCR only: the recogniser's mean confidence over the lines, 0–1. */
    ocrConfidence: real("ocr_confidence"),
    status: text("status").notNull().default("uploaded"), // reading (OCR queued) | extracted | proposing | proposed | applied
    proposal: jsonb("proposal").$type<Record<string, unknown>>(),
    error: text("error"),
    policyId: uuid("policy_id").references(() => policies.id, { onDelete: "set null" }),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("policy_documents_tenant_idx").on(t.tenantId, t.createdAt)],
);
