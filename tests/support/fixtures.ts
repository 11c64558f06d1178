import { DEMO_AFTER, DEMO_BEFORE } from "@/lib/projects/demo-answers";

/**
 * A complete manufacturing assessment shared by tests and benchmarks: 37.225 points, 一级, 2.775 points
 * short of 二级 (FOUNDATION 17.35, MANAGEMENT 6.375, EFFECT 13.5). The demo projects start from it too.
 */
export const COMPLETE_MANUFACTURING = DEMO_BEFORE;

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

/** The same firm after a transformation project: 42.1 points, 二级 (checked in projects.test.ts). */
export const AFTER_PROJECT_MANUFACTURING = DEMO_AFTER;
