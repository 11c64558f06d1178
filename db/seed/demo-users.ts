export type DemoRole = "sme_owner" | "consultant" | "tenant_admin" | "platform_admin";

export interface DemoUser {
  email: string;
  name: string;
  role: DemoRole;
  tenantSlug: string;
}

/** Every demo account's e-mail ends in @ this domain: what they submit is demo data, never a peer. */
export const DEMO_EMAIL_DOMAIN = "demo.shuzhen.cn";

/** Printed by `npm start` and listed in README. Demo data only: never seeded when SEED_DEMO=false. */
export const DEMO_PASSWORD = "Shuzhen-demo-2026";

export const DEMO_USERS: readonly DemoUser[] = [
  { email: "owner@demo.shuzhen.cn", name: "王晓明（企业主）", role: "sme_owner", tenantSlug: "zhengzhou" },
  { email: "consultant@demo.shuzhen.cn", name: "李静（顾问）", role: "consultant", tenantSlug: "zhengzhou" },
  { email: "admin.zhengzhou@demo.shuzhen.cn", name: "郑州门户管理员", role: "tenant_admin", tenantSlug: "zhengzhou" },
  { email: "admin.taiyuan@demo.shuzhen.cn", name: "太原门户管理员", role: "tenant_admin", tenantSlug: "taiyuan" },
  { email: "platform@demo.shuzhen.cn", name: "平台运营方", role: "platform_admin", tenantSlug: "platform" },
  // Files the 太原 demo projects (lib/projects/demo-projects.ts).
  { email: "consultant.taiyuan@demo.shuzhen.cn", name: "赵磊（顾问）", role: "consultant", tenantSlug: "taiyuan" },
];
