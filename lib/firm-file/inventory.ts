import { z } from "zod";
import type { Localized } from "@/lib/i18n/localized";
import { atMostChars, NOT_EMPTY, zodText } from "@/lib/i18n/zod";

/**
 * 一企一档's inventory: the kinds of equipment and of information systems a pilot city asks a firm to
 * list (and checks on site), and the contacts. Pure: the lists and the request schemas.
 */

export const INVENTORY_KINDS = ["equipment", "system"] as const;
export type InventoryKind = (typeof INVENTORY_KINDS)[number];

const L = (zh: string, en: string): Localized => ({ "zh-CN": zh, en });

export const EQUIPMENT_CATEGORIES: Record<string, Localized> = {
  cnc: L("数控机床", "CNC machine tools"),
  robot: L("工业机器人", "Industrial robots"),
  line: L("生产线 / 产线设备", "Production lines"),
  inspection: L("检测与计量设备", "Inspection and metrology"),
  logistics: L("仓储物流设备（AGV、立库）", "Warehouse and logistics (AGV, AS/RS)"),
  sensor: L("传感器与数据采集终端", "Sensors and data collection"),
  it: L("服务器与网络设备", "Servers and network"),
  other_equipment: L("其他设备", "Other equipment"),
};

export const SYSTEM_CATEGORIES: Record<string, Localized> = {
  erp: L("ERP 企业资源计划", "ERP"),
  mes: L("MES 生产执行", "MES"),
  wms: L("WMS 仓储管理", "WMS"),
  plm: L("PLM / PDM 产品数据", "PLM / PDM"),
  crm: L("CRM 客户管理", "CRM"),
  srm: L("SRM / SCM 供应链", "SRM / SCM"),
  qms: L("QMS 质量管理", "QMS"),
  eam: L("EAM 设备管理", "EAM (maintenance)"),
  finance: L("财务软件", "Finance"),
  oa: L("OA 协同办公", "Office collaboration"),
  hr: L("人力资源", "HR"),
  platform: L("工业互联网平台", "Industrial internet platform"),
  other_system: L("其他系统", "Other system"),
};

export const categoriesOf = (kind: InventoryKind) => (kind === "equipment" ? EQUIPMENT_CATEGORIES : SYSTEM_CATEGORIES);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, atMostChars(max))
    .optional()
    .transform((v) => v || null);

export const inventoryLine = z
  .object({
    kind: z.enum(INVENTORY_KINDS, zodText({ "zh-CN": "应为 equipment（设备）或 system（系统）", en: "must be equipment or system" })),
    category: z.string().min(1, NOT_EMPTY),
    name: z.string().trim().min(1, NOT_EMPTY).max(100, atMostChars(100)),
    vendor: optionalText(100),
    model: optionalText(100),
    quantity: z
      .number()
      .int(zodText({ "zh-CN": "应为整数", en: "a whole number" }))
      .min(1, zodText({ "zh-CN": "至少 1", en: "at least 1" }))
      .max(100_000),
    /** Equipment: how many are networked. */
    networked: z.number().int().min(0).max(100_000).nullable().optional(),
    sinceYear: z
      .number()
      .int()
      .min(1950, zodText({ "zh-CN": "年份应在 1950 年之后", en: "a year after 1950" }))
      .max(2100)
      .nullable()
      .optional(),
    note: optionalText(300),
  })
  .strict()
  .superRefine((v, ctx) => {
    // Own keys only: "constructor" or "toString" are no category (and would break the page that names it).
    if (!Object.hasOwn(categoriesOf(v.kind), v.category))
      ctx.addIssue({ code: "custom", path: ["category"], message: zodText({ "zh-CN": "不是这一类台账的类别", en: "not a category of this kind" }) });
    if (v.kind === "system" && v.networked != null)
      ctx.addIssue({ code: "custom", path: ["networked"], message: zodText({ "zh-CN": "联网台数只填设备", en: "networked counts are for equipment" }) });
    if (v.networked != null && v.networked > v.quantity)
      ctx.addIssue({ code: "custom", path: ["networked"], message: zodText({ "zh-CN": "联网台数不能多于数量", en: "cannot exceed the quantity" }) });
  });
export type InventoryLine = z.infer<typeof inventoryLine>;

export const contactLine = z
  .object({
    name: z.string().trim().min(1, NOT_EMPTY).max(40, atMostChars(40)),
    role: optionalText(40),
    phone: z
      .string()
      .trim()
      .max(30, atMostChars(30))
      .regex(/^[0-9+\-() ]*$/, zodText({ "zh-CN": "只能包含数字、+、-、括号和空格", en: "digits, +, -, brackets and spaces only" }))
      .optional()
      .transform((v) => v || null),
    email: z
      .email(zodText({ "zh-CN": "邮箱格式不对", en: "not an email address" }))
      .max(120)
      .optional()
      .or(z.literal("").transform(() => undefined))
      .transform((v) => v?.toLowerCase() ?? null),
    isPrimary: z.boolean().default(false),
  })
  .strict();
export type ContactLine = z.infer<typeof contactLine>;

/** Equipment totals: how many, how many networked (设备联网率 as the file records it). */
export function equipmentTotals(lines: readonly Pick<InventoryLine, "kind" | "quantity" | "networked">[]): {
  units: number;
  networked: number;
  /** Units whose networked count is given; the share is over those only. */
  counted: number;
  share: number | null;
} {
  const equipment = lines.filter((l) => l.kind === "equipment");
  const counted = equipment.filter((l) => l.networked != null);
  const units = equipment.reduce((s, l) => s + l.quantity, 0);
  const known = counted.reduce((s, l) => s + l.quantity, 0);
  const networked = counted.reduce((s, l) => s + (l.networked ?? 0), 0);
  return { units, networked, counted: known, share: known > 0 ? networked / known : null };
}
