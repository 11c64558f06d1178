import { sql } from "drizzle-orm";
import { boolean, check, index, integer, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { recordStatus, sizeClass } from "./enums";
import { tenants } from "./tenants";
import { users } from "./users";

export const enterprises = pgTable(
  "enterprises",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** 统一社会信用代码, normalised; validated with its check character before it is stored. */
    creditCode: text("credit_code"),
    /** GB/T 4754-2017 大类 (two digits) and optional 中类 (three digits). */
    industryCode: text("industry_code").notNull(),
    industrySubCode: text("industry_sub_code"),
    /** A pilot city's named 细分行业, when the firm belongs to one. */
    industrySegment: text("industry_segment"),
    /** GB/T 2260 division codes and names as chosen. */
    provinceCode: text("province_code"),
    cityCode: text("city_code"),
    districtCode: text("district_code"),
    regionName: text("region_name"),
    employees: integer("employees"),
    revenueWan: numeric("revenue_wan", { precision: 16, scale: 2, mode: "number" }),
    assetsWan: numeric("assets_wan", { precision: 16, scale: 2, mode: "number" }),
    /** Derived by the 2011 SME size rules; null when a needed figure is missing. */
    sizeClass: sizeClass("size_class"),
    /** 规上: derived from revenue where a threshold exists, else declared by the firm. */
    aboveScale: boolean("above_scale"),
    aboveScaleDeclared: boolean("above_scale_declared").notNull().default(false),
    ownerUserId: uuid("owner_user_id").references(() => users.id, { onDelete: "set null" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    status: recordStatus("status").notNull().default("active"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Not unique: anonymous self-assessments never attach to an existing firm by its (public) code.
    index("enterprises_tenant_credit_code_idx")
      .on(t.tenantId, t.creditCode)
      .where(sql`${t.creditCode} is not null`),
    index("enterprises_tenant_idx").on(t.tenantId, t.createdAt),
    index("enterprises_owner_idx").on(t.ownerUserId),
    check("enterprises_industry_code_shape", sql`${t.industryCode} ~ '^[0-9]{2}$'`),
    check("enterprises_credit_code_shape", sql`${t.creditCode} is null or ${t.creditCode} ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'`),
    check("enterprises_figures_non_negative", sql`coalesce(${t.employees}, 0) >= 0 and coalesce(${t.revenueWan}, 0) >= 0 and coalesce(${t.assetsWan}, 0) >= 0`),
  ],
);

/** A consultant's client firms. */
export const consultantClients = pgTable(
  "consultant_clients",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    consultantUserId: uuid("consultant_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    status: recordStatus("status").notNull().default("active"),
    note: text("note"),
    /** Who at the firm receives the published report (and an invitation to read it). */
    contactName: text("contact_name"),
    contactEmail: text("contact_email"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("consultant_clients_pair_key").on(t.consultantUserId, t.enterpriseId),
    index("consultant_clients_tenant_idx").on(t.tenantId, t.consultantUserId),
  ],
);

/**
 * A consultant's own brand in a portal (their firm's name, colours, logo): the PDFs of the reports
 * they make carry it instead of the portal's.
 */
export const consultantBrands = pgTable(
  "consultant_brands",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisation: text("organisation").notNull(),
    primaryColor: text("primary_color").notNull(),
    accentColor: text("accent_color").notNull(),
    logoFileId: uuid("logo_file_id"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.userId] })],
);
