/**
 * A complete manufacturing assessment shared by tests and benchmarks: 37.225 points, 一级, 2.775 points
 * short of 二级 (FOUNDATION 17.35, MANAGEMENT 6.375, EFFECT 13.5).
 */
export const COMPLETE_MANUFACTURING: Readonly<Record<string, string | string[] | number>> = {
  "F.NET": ["enterprise_network"],
  "F.EQDIG": "p20_40",
  "F.EQNET": "p10_20",
  "F.DATA": ["finance", "marketing", "warehousing"],
  "F.IS": "several",
  "F.NETSEC": ["policy", "products"],
  "F.DATASEC": ["products"],
  "M.PLAN": "planned",
  "M.RULES": ["workflow"],
  "M.TALENT": ["staff"],
  "M.FUND": "p0_10",
  "E.ENERGY": "flat",
  "E.QUALITY": "better",
  "E.REVENUE": "flat",
  "E.COST": "flat",
  "S.PRODUCT_DESIGN": 1,
  "S.PROCESS_DESIGN": 1,
  "S.MARKETING": 2,
  "S.AFTER_SALES": 1,
  "S.PLANNING": 1,
  "S.PRODUCTION": 1,
  "S.QUALITY": 2,
  "S.EQUIPMENT": 1,
  "S.SAFETY": 1,
  "S.ENERGY": 0,
  "S.PURCHASING": 2,
  "S.WAREHOUSING": 2,
  "S.FINANCE": 2,
  "S.HR": 1,
  "S.OFFICE": 2,
  "S.DECISION": 0,
};

/** A small machinery maker in 郑州 金水区 (规上 by revenue), as the start form sends it. */
export const ZHENGZHOU_ENTERPRISE = {
  name: "郑州精工机械有限公司",
  creditCode: "91350100M000100Y43",
  industryCode: "34",
  provinceCode: "41",
  cityCode: "4101",
  districtCode: "410105",
  employees: 120,
  revenueWan: 8000,
} as const;

/**
 * The same firm after a transformation project: more equipment digitised and networked, written rules
 * for systems, production and equipment scenes at level 2. 42.1 points, 二级 (checked in projects.test.ts).
 */
export const AFTER_PROJECT_MANUFACTURING: Readonly<Record<string, string | string[] | number>> = {
  ...COMPLETE_MANUFACTURING,
  "F.EQDIG": "p40_60",
  "F.EQNET": "p20_40",
  "M.RULES": ["workflow", "system_operation"],
  "S.PRODUCTION": 2,
  "S.EQUIPMENT": 2,
};
