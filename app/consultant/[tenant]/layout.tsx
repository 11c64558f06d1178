import type { ReactNode } from "react";
import { portalAccess } from "@/lib/auth/page-access";

/** Every page of this area: the account and the portal are checked once here (404 for a portal it may not work in). */
export default async function ConsultantPortalLayout({ children, params }: { children: ReactNode; params: Promise<{ tenant: string }> }) {
  await portalAccess("consultant", (await params).tenant);
  return children;
}
