/** Answer sets of the demo projects (lib/projects/demo-projects.ts), also the tests' fixtures. Pure data. */

type Answers = Readonly<Record<string, string | string[] | number>>;

/**
 * A complete manufacturing assessment at 一级: 37.225 points, 2.775 short of 二级 (FOUNDATION 17.35,
 * MANAGEMENT 6.375, EFFECT 13.5). The demo firms before their project, and the tests' fixture.
 */
export const DEMO_BEFORE: Answers = {
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

/** The same firm after its project: equipment digitised and networked, rules for systems, production and equipment scenes at 2; 42.1 points, 二级. */
export const DEMO_AFTER: Answers = {
  ...DEMO_BEFORE,
  "F.EQDIG": "p40_60",
  "F.EQNET": "p20_40",
  "M.RULES": ["workflow", "system_operation"],
  "S.PRODUCTION": 2,
  "S.EQUIPMENT": 2,
};
