import type { TenantBranding } from "../schema";

export interface TenantSeed {
  slug: string;
  kind: "platform" | "city";
  nameZh: string;
  nameEn: string;
  isDefault: boolean;
  provinceCode: string | null;
  cityCode: string | null;
  branding: TenantBranding;
  embedOrigins: string[];
}

export const PLATFORM_TENANT: TenantSeed = {
  slug: "platform",
  kind: "platform",
  nameZh: "数诊平台",
  nameEn: "Shuzhen platform",
  isDefault: true,
  provinceCode: null,
  cityCode: null,
  branding: { displayName: { "zh-CN": "数诊", en: "Shuzhen" }, primaryColor: "#1d4ed8", accentColor: "#0f766e" },
  embedOrigins: [],
};

/** Demo city portals. The demo portal page (DEMO_PORTAL_PORT on localhost) is added to their embed origins at seed time. */
export const DEMO_CITY_TENANTS: readonly TenantSeed[] = [
  {
    slug: "zhengzhou",
    kind: "city",
    nameZh: "郑州市中小企业数字化转型服务平台（演示）",
    nameEn: "Zhengzhou SME Digital Transformation Portal (demo)",
    isDefault: false,
    provinceCode: "41",
    cityCode: "4101",
    branding: { displayName: { "zh-CN": "郑州数转服务", en: "Zhengzhou Digital Services" }, primaryColor: "#0b5394", accentColor: "#c2410c" },
    embedOrigins: [],
  },
  {
    slug: "taiyuan",
    kind: "city",
    nameZh: "太原市中小企业数字化转型服务平台（演示）",
    nameEn: "Taiyuan SME Digital Transformation Portal (demo)",
    isDefault: false,
    provinceCode: "14",
    cityCode: "1401",
    branding: { displayName: { "zh-CN": "太原数转服务", en: "Taiyuan Digital Services" }, primaryColor: "#9f1239", accentColor: "#1e40af" },
    embedOrigins: [],
  },
];
