import { sql } from "drizzle-orm";
import { boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { recordStatus, tenantKind } from "./enums";

export interface TenantBranding {
  /** Display name under the tenant's own brand, per language. */
  displayName?: { "zh-CN": string; en?: string };
  logoFileId?: string;
  primaryColor?: string;
  accentColor?: string;
}

/** A city portal, or the one default platform tenant that owns everything not city-specific. */
export const tenants = pgTable(
  "tenants",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    kind: tenantKind("kind").notNull(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
    isDefault: boolean("is_default").notNull().default(false),
    provinceCode: text("province_code"),
    cityCode: text("city_code"),
    branding: jsonb("branding").$type<TenantBranding>().notNull().default({}),
    /** Origins allowed to frame the embed routes (CSP frame-ancestors), e.g. https://sme.zhengzhou.gov.cn */
    embedOrigins: text("embed_origins")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: recordStatus("status").notNull().default("active"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("tenants_slug_key").on(t.slug),
    // At most one default (platform) tenant.
    uniqueIndex("tenants_one_default")
      .on(t.isDefault)
      .where(sql`${t.isDefault}`),
  ],
);

/** Constrained-scene (约束性场景) sets a city defines per 细分行业; the model default applies otherwise. */
export const sceneProfiles = pgTable(
  "scene_profiles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    name: text("name").notNull(),
    industrySegment: text("industry_segment"),
    industryCodes: text("industry_codes")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    constrainedScenes: text("constrained_scenes").array().notNull(),
    status: recordStatus("status").notNull().default("active"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("scene_profiles_tenant_code_key").on(t.tenantId, t.code), index("scene_profiles_tenant_idx").on(t.tenantId)],
);
