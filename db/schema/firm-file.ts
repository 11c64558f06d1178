import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { enterprises } from "./enterprises";
import { tenants } from "./tenants";
import { users } from "./users";

/**
 * 一企一档 (lib/firm-file): the parts of a firm's file beyond its profile row — the people to contact
 * and the inventory of equipment and information systems a pilot city asks for (and checks on site).
 */
export const enterpriseContacts = pgTable(
  "enterprise_contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    position: smallint("position").notNull(),
    name: text("name").notNull(),
    /** 职务 / what they answer for (法人, 项目联系人, 财务). */
    role: text("role"),
    phone: text("phone"),
    email: text("email"),
    isPrimary: boolean("is_primary").notNull().default(false),
  },
  (t) => [index("enterprise_contacts_enterprise_idx").on(t.enterpriseId, t.position)],
);

/** One line of the inventory: a kind of equipment (with how many are networked) or an information system. */
export const enterpriseInventory = pgTable(
  "enterprise_inventory",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    enterpriseId: uuid("enterprise_id")
      .notNull()
      .references(() => enterprises.id, { onDelete: "cascade" }),
    position: smallint("position").notNull(),
    kind: text("kind").notNull(),
    /** From lib/firm-file/inventory.ts: 数控机床, 工业机器人… or ERP, MES… */
    category: text("category").notNull(),
    name: text("name").notNull(),
    vendor: text("vendor"),
    model: text("model"),
    quantity: integer("quantity").notNull(),
    /** Equipment: how many of them are networked (设备联网); systems: null. */
    networked: integer("networked"),
    /** The year bought or brought into use. */
    sinceYear: smallint("since_year"),
    note: text("note"),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("enterprise_inventory_enterprise_idx").on(t.enterpriseId, t.position),
    check("enterprise_inventory_kind_known", sql`${t.kind} in ('equipment', 'system')`),
    check("enterprise_inventory_quantity", sql`${t.quantity} >= 1 and (${t.networked} is null or ${t.networked} between 0 and ${t.quantity})`),
  ],
);
